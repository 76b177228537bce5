import type { Feature } from '../feature';
import { planRoutes } from './plan.routes';

/** The personal plan, computed from what the person may see; it owns no table. */
export const planFeature: Feature = {
  id: 'plan',
  routes: planRoutes,
  tables: [],
  textFields: [],
};
