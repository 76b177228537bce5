import type { Feature } from '../feature';
import { exercisesRoutes } from './exercises.routes';
import { exercisesTodayProvider } from './exercises.today';

/**
 * Guided exercises for two (track 4): breathing with a pacer, eye contact,
 * massage, dancing, stillness, stretches and conversation sets. Consent
 * first; either partner can stop any run at any moment. Not offered to a
 * person the private screen routed to the individual track, unseen by the partner.
 */
export const exercisesFeature: Feature = {
  id: 'exercises',
  routes: exercisesRoutes,
  today: exercisesTodayProvider,
  tables: ['exercise_runs'],
  // A run keeps no one's words: only which exercise, the pace and its times.
  textFields: [],
};
