import type { Feature } from '../feature';
import { textField } from '../feature';
import { signalsRoutes } from './signals.routes';
import { signalsTodayProvider } from './signals.today';

/**
 * When to get help, privately: suggestions of professional help from my own
 * data (rules T1–T6, never past the safety routing), my private weekly
 * answers, "we have tried on our own", and my therapist-prep summary.
 */
export const signalsFeature: Feature = {
  id: 'signals',
  routes: signalsRoutes,
  today: signalsTodayProvider,
  tables: ['signal_suggestions', 'signal_answers'],
  textFields: [textField('signal_answers', 'answers', 'user_id')],
};
