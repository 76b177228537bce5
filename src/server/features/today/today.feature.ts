import type { Feature } from '../feature';
import { todayRoutes } from './today.routes';

/** Today, assembled from every other feature's provider; it owns no table. */
export function todayFeature(features: readonly Feature[]): Feature {
  const providers = features.flatMap((f) => (f.today ? [f.today] : []));
  return {
    id: 'today',
    routes: (app, deps) => todayRoutes(app, deps, providers),
    tables: [],
    textFields: [],
  };
}
