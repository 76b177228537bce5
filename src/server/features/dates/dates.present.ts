/** Shapes date ideas and planned dates for the one who asks. */
import type { Catalog } from '../../../content/load';
import type { DateIdeaItem } from '../../../content/schema';
import { canReflect, datePhase, timeNeededOf } from '../../../core/dates';
import { wallTimeOf } from '../../../core/wall-clock';
import type { DateIdea, PlannedDate } from '../../../shared/dates-api';
import type { DateRow, ReflectionRow } from './dates.repository';

export interface IdeaLibrary {
  /** In a fixed, mixed order (see `dateIdeasOf`). */
  list: readonly DateIdea[];
  byId: ReadonlyMap<string, DateIdea>;
}

const libraries = new WeakMap<Catalog, IdeaLibrary>();

function toIdea(item: DateIdeaItem): DateIdea {
  return {
    id: item.id,
    title: item.title,
    description: item.description,
    kinds: item.kinds,
    setting: item.setting,
    cost: item.cost,
    minutes: item.minutes,
    timeNeeded: timeNeededOf(item.minutes),
    energy: item.energy,
    seasons: item.seasons,
    distance: item.distance === true,
  };
}

/** A stable number for an id (FNV-1a), to mix the library's order the same way every time. */
function mixKey(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The catalog's date ideas, built once per catalog. They come mixed (home
 * and out, free and treats side by side) in an order that never changes, so
 * the first page of the library is varied and the same for both partners.
 */
export function dateIdeasOf(catalog: Catalog): IdeaLibrary {
  let library = libraries.get(catalog);
  if (!library) {
    const list = catalog.items
      .filter((item): item is DateIdeaItem => item.type === 'date-idea')
      .map(toIdea)
      .sort((a, b) => mixKey(a.id) - mixKey(b.id) || (a.id < b.id ? -1 : 1));
    library = { list, byId: new Map(list.map((idea) => [idea.id, idea])) };
    libraries.set(catalog, library);
  }
  return library;
}

/** The words shown for a planned date: its idea's title, or the couple's own. */
export function titleOf(row: Pick<DateRow, 'idea_id' | 'title'>, library: IdeaLibrary): string {
  if (row.title) return row.title;
  return (row.idea_id && library.byId.get(row.idea_id)?.title) || '';
}

/** A planned date as one partner sees it: my reflection, and my partner's only if shared. */
export function presentDate(
  row: DateRow,
  context: {
    library: IdeaLibrary;
    now: Date;
    userId: string;
    reflections: readonly ReflectionRow[];
  },
): PlannedDate {
  const startsAt = new Date(row.starts_at);
  const mine = context.reflections.find(
    (r) => r.date_id === row.id && r.user_id === context.userId,
  );
  const partner = context.reflections.find(
    (r) => r.date_id === row.id && r.user_id !== context.userId && r.shared === 1,
  );
  return {
    id: row.id,
    ideaId: row.idea_id,
    title: titleOf(row, context.library),
    startsAt: startsAt.toISOString(),
    timeZone: row.time_zone,
    start: wallTimeOf(startsAt, row.time_zone),
    durationMinutes: Number(row.duration_minutes),
    place: row.place,
    notes: row.notes,
    phase: datePhase(startsAt, Number(row.duration_minutes), context.now),
    canReflect: canReflect(startsAt, context.now),
    myReflection: mine ? { text: mine.text, shared: Number(mine.shared) === 1 } : null,
    partnerReflection: partner ? { text: partner.text } : null,
  };
}
