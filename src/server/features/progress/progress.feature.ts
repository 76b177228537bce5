import type { Feature } from '../feature';
import { progressRoutes } from './progress.routes';
import { pulseTodayProvider } from './pulse.today';

/** The weekly pulse and progress over time. */
export const progressFeature: Feature = {
  id: 'progress',
  routes: progressRoutes,
  today: pulseTodayProvider,
  tables: ['pulses'],
  textFields: [],
};
