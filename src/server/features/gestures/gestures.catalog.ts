/** The gesture library, read from the content catalog once per catalog. */
import type { Catalog } from '../../../content/load';
import type { GestureItem } from '../../../content/schema';
import type { Gesture } from '../../../shared/gestures-api';

export interface GestureLibrary {
  /** In the order of the content files: the stable order the daily choice draws from. */
  list: readonly GestureItem[];
  byId: ReadonlyMap<string, GestureItem>;
}

const libraries = new WeakMap<Catalog, GestureLibrary>();

export function gesturesOf(catalog: Catalog): GestureLibrary {
  let library = libraries.get(catalog);
  if (!library) {
    // Never offer a sensual gesture as a daily touch suggestion (none ship; this keeps it so).
    const list = catalog.items.filter(
      (item): item is GestureItem => item.type === 'gesture' && !item.sensual,
    );
    library = { list, byId: new Map(list.map((g) => [g.id, g])) };
    libraries.set(catalog, library);
  }
  return library;
}

export function presentGesture(item: GestureItem): Gesture {
  return {
    id: item.id,
    text: item.text,
    why: item.why ?? null,
    kinds: item.kinds,
    effort: item.effort,
    distance: item.distance,
  };
}
