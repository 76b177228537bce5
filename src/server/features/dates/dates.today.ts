/**
 * Dates on Today: a gentle "date today" on the day (in the couple's time
 * zone) until it begins, and "How was it?" the day after, until I write my
 * reflection. The week's `date-or-shared-time` counts dates that happened.
 */
import { addDays } from '../../../core/calendar';
import type { TodayItem } from '../../../shared/program-api';
import { countOf, type TodayProvider, textOf } from '../today/today.types';
import { dateIdeasOf, titleOf } from './dates.present';

export const datesTodayProvider: TodayProvider = {
  id: 'dates',
  snapshot: (eb, { userId, couple, day, weekStart }) => {
    if (!couple) return [];
    const planned = () =>
      eb
        .selectFrom('scheduled_dates')
        .where('couple_id', '=', couple.id)
        .where('status', '=', 'planned');
    const today = () => planned().where('day', '=', day).orderBy('starts_at').limit(1);
    const lastBefore = () =>
      planned().where('day', '<', day).orderBy('starts_at', 'desc').orderBy('id').limit(1);
    return [
      today().select('id').as('dates_today_id'),
      today().select('starts_at').as('dates_today_starts'),
      today().select('time_zone').as('dates_today_zone'),
      today().select('idea_id').as('dates_today_idea'),
      today().select('title').as('dates_today_title'),
      lastBefore().select('id').as('dates_last_id'),
      lastBefore().select('day').as('dates_last_day'),
      lastBefore().select('idea_id').as('dates_last_idea'),
      lastBefore().select('title').as('dates_last_title'),
      eb
        .selectFrom('date_reflections')
        .select((e) => e.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .where('date_id', '=', lastBefore().select('id'))
        .as('dates_last_reflected'),
      planned()
        .select((e) => e.fn.countAll().as('n'))
        .where('day', '>=', weekStart)
        .where('day', '<', day)
        .as('dates_week_before'),
    ];
  },
  contribute: (values, frame, { deps, plan }) => {
    const library = dateIdeasOf(deps.catalog);
    const todayId = textOf(values, 'dates_today_id');
    const todayStarts = textOf(values, 'dates_today_starts');
    const startedToday = todayStarts !== null && frame.now.getTime() >= Date.parse(todayStarts);
    const week = {
      'date-or-shared-time': countOf(values, 'dates_week_before') + (startedToday ? 1 : 0),
    };
    // Couple activities are not offered to someone the private screen routed elsewhere.
    if (plan.individual) return { week };
    const items: TodayItem[] = [];
    if (todayId && todayStarts && !startedToday) {
      items.push({
        id: `date:${todayId}`,
        kind: 'date',
        // A plan the two of you made for today: near the top, after what is private to the person.
        priority: 4,
        status: 'todo',
        href: '/dates?tab=planned',
        minutes: null,
        detail: {
          dateId: todayId,
          title: titleOf(
            {
              idea_id: textOf(values, 'dates_today_idea'),
              title: textOf(values, 'dates_today_title'),
            },
            library,
          ),
          startsAt: new Date(todayStarts).toISOString(),
          timeZone: textOf(values, 'dates_today_zone') ?? frame.auth.user.timeZone,
        },
      });
    }
    const lastId = textOf(values, 'dates_last_id');
    const yesterday = addDays(frame.day, -1);
    if (
      lastId &&
      textOf(values, 'dates_last_day') === yesterday &&
      countOf(values, 'dates_last_reflected') === 0
    ) {
      items.push({
        id: `date-reflection:${lastId}`,
        kind: 'date-reflection',
        priority: 22,
        status: 'todo',
        href: '/dates?tab=past',
        minutes: 3,
        detail: {
          dateId: lastId,
          title: titleOf(
            {
              idea_id: textOf(values, 'dates_last_idea'),
              title: textOf(values, 'dates_last_title'),
            },
            library,
          ),
        },
      });
    }
    return { items, week };
  },
};
