import type { Feature } from '../feature';
import { coupleRoutes } from './couple.routes';
import { coupleTodayProvider } from './couple.today';

/** Invite, join, couple settings and unlinking. */
export const coupleFeature: Feature = {
  id: 'couple',
  routes: coupleRoutes,
  today: coupleTodayProvider,
  tables: ['couples', 'invites'],
  textFields: [],
};
