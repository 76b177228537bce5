import type { Feature } from '../feature';
import { progressRoutes } from './progress.routes';
import { pulseRhythmSource } from './pulse.rhythm';
import { pulseTodayProvider } from './pulse.today';

/** The weekly pulse and progress over time. */
export const progressFeature: Feature = {
  id: 'progress',
  routes: progressRoutes,
  today: pulseTodayProvider,
  rhythm: pulseRhythmSource,
  tables: ['pulses'],
  textFields: [],
};
