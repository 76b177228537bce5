import type { Feature } from '../feature';
import { exportRoutes } from './export.routes';

/**
 * Your data: everything a person wrote, gathered from every feature's
 * person-written columns (`textFields`) and own rows, as JSON or a readable
 * page. It owns no table; it is given the list of features, as Today is.
 */
export function exportFeature(features: readonly Feature[]): Feature {
  return {
    id: 'export',
    routes: (app, deps) => exportRoutes(app, deps, features),
    tables: [],
    textFields: [],
  };
}
