import type { Feature } from '../feature';
import { textField } from '../feature';
import { dialogueReminders } from './dialogue.reminders';
import { dialogueRhythmSource } from './dialogue.rhythm';
import { dialogueRoutes } from './dialogue.routes';
import { dialogueTodayProvider } from './dialogue.today';

/**
 * The daily question: answer privately, reveal together; alone, a journal.
 * Questions fit the moment (light first, deeper with use or by choice), and
 * any day's question can be set aside without the partner ever knowing.
 */
export const dialogueFeature: Feature = {
  id: 'dialogue',
  routes: dialogueRoutes,
  today: dialogueTodayProvider,
  reminders: dialogueReminders,
  rhythm: dialogueRhythmSource,
  tables: ['daily_questions', 'answers', 'question_skips', 'question_choices'],
  textFields: [textField('answers', 'text', 'user_id')],
};
