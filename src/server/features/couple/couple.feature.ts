import type { Feature } from '../feature';
import { coupleRoutes } from './couple.routes';
import { coupleTodayProvider } from './couple.today';

/** Invite, join, couple settings, unlinking, and the notes that tell the other partner. */
export const coupleFeature: Feature = {
  id: 'couple',
  routes: coupleRoutes,
  today: coupleTodayProvider,
  tables: ['couples', 'invites', 'couple_notices'],
  textFields: [],
};
