/** The exercise library, read from the content catalog once per catalog. */
import type { Catalog } from '../../../content/load';
import type { ExerciseItem } from '../../../content/schema';
import type { Exercise, ExerciseSummary } from '../../../shared/exercises-api';

export interface ExerciseLibrary {
  /** In the order of the content files. */
  list: readonly Exercise[];
  byId: ReadonlyMap<string, Exercise>;
}

const libraries = new WeakMap<Catalog, ExerciseLibrary>();

function present(item: ExerciseItem): Exercise {
  return {
    id: item.id,
    title: item.title,
    summary: item.summary,
    category: item.category,
    kinds: item.kinds,
    minutes: item.minutes,
    distance: item.distance,
    paced: item.pacer !== undefined,
    consent: item.consent,
    adapt: item.adapt,
    steps: item.steps.map((s) => ({ text: s.text, seconds: s.seconds, paced: s.paced })),
    pacer: item.pacer ?? null,
    songs: item.songs ?? [],
  };
}

export function exercisesOf(catalog: Catalog): ExerciseLibrary {
  let library = libraries.get(catalog);
  if (!library) {
    const list = catalog.items
      .filter((item): item is ExerciseItem => item.type === 'exercise')
      .map(present);
    library = { list, byId: new Map(list.map((e) => [e.id, e])) };
    libraries.set(catalog, library);
  }
  return library;
}

/** The list's card of an exercise: what it is, without its steps. */
export function summaryOf(exercise: Exercise): ExerciseSummary {
  return {
    id: exercise.id,
    title: exercise.title,
    summary: exercise.summary,
    category: exercise.category,
    kinds: exercise.kinds,
    minutes: exercise.minutes,
    distance: exercise.distance,
    paced: exercise.paced,
  };
}
