import type { Feature } from '../feature';
import { textField } from '../feature';
import { dialogueRoutes } from './dialogue.routes';
import { dialogueTodayProvider } from './dialogue.today';

/** The daily question: answer privately, reveal together; alone, a journal. */
export const dialogueFeature: Feature = {
  id: 'dialogue',
  routes: dialogueRoutes,
  today: dialogueTodayProvider,
  tables: ['daily_questions', 'answers'],
  textFields: [textField('answers', 'text', 'user_id')],
};
