/** The novelty challenges, read from the content catalog once per catalog. */
import type { Catalog } from '../../../content/load';
import type { NoveltyChallengeItem } from '../../../content/schema';
import type { ChallengeCard } from '../../../core/challenges';
import type { NoveltyChallenge } from '../../../shared/challenges-api';

export interface ChallengeLibrary {
  list: readonly NoveltyChallengeItem[];
  byId: ReadonlyMap<string, NoveltyChallengeItem>;
  /** What choosing a week's challenge needs to know of each. */
  cards: readonly ChallengeCard[];
}

const libraries = new WeakMap<Catalog, ChallengeLibrary>();

export function challengesOf(catalog: Catalog): ChallengeLibrary {
  let library = libraries.get(catalog);
  if (!library) {
    const list = catalog.items.filter(
      (item): item is NoveltyChallengeItem => item.type === 'novelty-challenge',
    );
    library = {
      list,
      byId: new Map(list.map((c) => [c.id, c])),
      cards: list.map((c) => ({ id: c.id, cost: c.cost, distance: c.distance })),
    };
    libraries.set(catalog, library);
  }
  return library;
}

export function presentChallenge(item: NoveltyChallengeItem): NoveltyChallenge {
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    setting: item.setting,
    cost: item.cost,
    minutes: item.minutes,
    distance: item.distance,
    kinds: item.kinds,
  };
}
