import type { Feature } from '../feature';
import { textField } from '../feature';
import { challengesRhythmSource } from './challenges.rhythm';
import { challengesRoutes } from './challenges.routes';
import { challengesTodayProvider } from './challenges.today';

/**
 * The weekly novelty challenge (track 6): one something-new per couple and
 * week, accepted together, done together, with a short reflection each.
 */
export const challengesFeature: Feature = {
  id: 'challenges',
  routes: challengesRoutes,
  today: challengesTodayProvider,
  rhythm: challengesRhythmSource,
  tables: ['challenge_weeks', 'challenge_responses', 'challenge_settings'],
  textFields: [textField('challenge_responses', 'reflection', 'user_id')],
};
