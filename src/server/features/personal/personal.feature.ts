import type { Feature } from '../feature';
import { personalRoutes } from './personal.routes';
import { personalTodayProvider } from './personal.today';

/** The private screen ("just for you"): its answers are never stored, only the routing flag. */
export const personalFeature: Feature = {
  id: 'personal',
  routes: personalRoutes,
  today: personalTodayProvider,
  tables: ['screen_flags'],
  textFields: [],
};
