import type { Feature } from '../feature';
import { textField } from '../feature';
import { primerRoutes } from './primer.routes';
import { primerTodayProvider } from './primer.today';

/** Understand: the primer cards, each with a private reflection. */
export const primerFeature: Feature = {
  id: 'primer',
  routes: primerRoutes,
  today: primerTodayProvider,
  tables: ['primer_progress'],
  textFields: [textField('primer_progress', 'reflection', 'user_id')],
};
