import type { Feature } from '../feature';
import { supportRoutes } from './support.routes';

/** Support contacts by country, public. */
export const supportFeature: Feature = {
  id: 'support',
  routes: supportRoutes,
  tables: [],
  textFields: [],
};
