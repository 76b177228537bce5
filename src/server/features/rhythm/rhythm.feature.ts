import type { Feature } from '../feature';
import { textField } from '../feature';
import { rhythmRoutes } from './rhythm.routes';

/**
 * Keep it going (track 8): the weekly rhythm view, counted from every
 * feature's rhythm source (as Today is assembled from their providers), and
 * life events, which reshape the plan. A life event's own words are the
 * note its author gave it.
 */
export function rhythmFeature(features: readonly Feature[]): Feature {
  const sources = features.flatMap((f) => (f.rhythm ? [f.rhythm] : []));
  return {
    id: 'rhythm',
    routes: (app, deps) => rhythmRoutes(app, deps, sources),
    tables: ['life_events'],
    textFields: [textField('life_events', 'note', 'created_by')],
  };
}
