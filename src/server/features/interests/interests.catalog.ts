/** Hobbies and travel ideas, read from the content catalog once per catalog. */
import type { Catalog } from '../../../content/load';
import type { HobbyItem, TravelIdeaItem } from '../../../content/schema';
import type { Hobby, TravelIdea } from '../../../shared/interests-api';

export interface InterestLibrary {
  hobbies: readonly HobbyItem[];
  hobbyById: ReadonlyMap<string, HobbyItem>;
  ideas: readonly TravelIdeaItem[];
  ideaById: ReadonlyMap<string, TravelIdeaItem>;
}

const libraries = new WeakMap<Catalog, InterestLibrary>();

export function interestsOf(catalog: Catalog): InterestLibrary {
  let library = libraries.get(catalog);
  if (!library) {
    const hobbies = catalog.items.filter((item): item is HobbyItem => item.type === 'hobby');
    const ideas = catalog.items.filter(
      (item): item is TravelIdeaItem => item.type === 'travel-idea',
    );
    library = {
      hobbies,
      hobbyById: new Map(hobbies.map((h) => [h.id, h])),
      ideas,
      ideaById: new Map(ideas.map((i) => [i.id, i])),
    };
    libraries.set(catalog, library);
  }
  return library;
}

export function presentHobby(item: HobbyItem): Hobby {
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    category: item.category,
    kinds: item.kinds,
  };
}

export function presentLibraryIdea(item: TravelIdeaItem): TravelIdea {
  return {
    id: item.id,
    source: 'library',
    title: item.title,
    description: item.description,
    scale: item.scale,
    budget: item.budget,
    pace: item.pace,
    seasons: item.seasons,
    kinds: item.kinds,
    addedBy: null,
  };
}
