import type { Feature } from '../feature';
import { textField } from '../feature';
import { datesReminders } from './dates.reminders';
import { datesRhythmSource } from './dates.rhythm';
import { datesRoutes } from './dates.routes';
import { datesTodayProvider } from './dates.today';

/**
 * Date nights and shared experiences: an idea library with private picks
 * where only mutual ones show, planned dates in a calendar file and feed, a
 * reminder on the day and a reflection afterwards, private unless shared.
 */
export const datesFeature: Feature = {
  id: 'dates',
  routes: datesRoutes,
  today: datesTodayProvider,
  rhythm: datesRhythmSource,
  reminders: datesReminders,
  tables: ['date_picks', 'scheduled_dates', 'date_reflections', 'date_feeds'],
  textFields: [
    textField('scheduled_dates', 'title', 'title_by'),
    textField('scheduled_dates', 'place', 'place_by'),
    textField('scheduled_dates', 'notes', 'notes_by'),
    textField('date_reflections', 'text', 'user_id'),
  ],
};
