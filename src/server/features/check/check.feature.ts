import type { Feature } from '../feature';
import { textField } from '../feature';
import { checkReminders } from './check.reminders';
import { checkRoutes } from './check.routes';
import { checkTodayProvider } from './check.today';

/** The intimacy check and the opt-ins to share results with the partner. */
export const checkFeature: Feature = {
  id: 'check',
  routes: checkRoutes,
  today: checkTodayProvider,
  reminders: checkReminders,
  tables: ['check_results', 'sharing'],
  textFields: [textField('check_results', 'answers', 'user_id')],
};
