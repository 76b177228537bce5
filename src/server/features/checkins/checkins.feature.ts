import type { FastifyInstance } from 'fastify';
import type { ServiceDeps } from '../deps';
import type { Feature } from '../feature';
import { textField } from '../feature';
import { agreementsRoutes } from './agreements.routes';
import { checkinsReminders } from './checkins.reminders';
import { checkinsRhythmSource } from './checkins.rhythm';
import { checkinsRoutes } from './checkins.routes';
import { checkinsTodayProvider } from './checkins.today';

async function routes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  await checkinsRoutes(app, deps);
  await agreementsRoutes(app, deps);
}

/**
 * The weekly check-in: an agreed day and time, a private preparation
 * (appreciation, concern, success, goals and the weekly pulse), focus mode
 * that reveals each note only when its step comes, agreements carried into
 * the next week for review, and a gentle, private word to a person whose
 * concern has stayed open for weeks.
 */
export const checkinsFeature: Feature = {
  id: 'checkins',
  routes,
  today: checkinsTodayProvider,
  rhythm: checkinsRhythmSource,
  reminders: checkinsReminders,
  tables: [
    'checkin_schedules',
    'checkins',
    'checkin_concerns',
    'checkin_preps',
    'checkin_agreements',
    'checkin_agreement_reviews',
  ],
  textFields: [
    textField('checkin_preps', 'appreciation', 'user_id'),
    textField('checkin_preps', 'success', 'user_id'),
    textField('checkin_preps', 'concern', 'user_id'),
    textField('checkin_preps', 'goals', 'user_id'),
    textField('checkin_agreements', 'text', 'author_id'),
  ],
};
