import type { Feature } from '../feature';
import { textField } from '../feature';
import { listeningRhythmSource } from './listening.rhythm';
import { listeningRoutes } from './listening.routes';
import { listeningTodayProvider } from './listening.today';

/**
 * Active-listening sessions: speaker and listener turns on a timer, on both
 * devices at once or on one shared device, with the speaker's private
 * "I felt heard" rating.
 */
export const listeningFeature: Feature = {
  id: 'listening',
  routes: listeningRoutes,
  today: listeningTodayProvider,
  rhythm: listeningRhythmSource,
  tables: ['listening_sessions', 'listening_turns', 'listening_ratings'],
  textFields: [textField('listening_turns', 'topic', 'speaker_id')],
};
