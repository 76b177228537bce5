/**
 * Dates on Today: a gentle "date today" on the day (in the couple's time
 * zone) until it begins, and "How was it?" the day after, until I write my
 * reflection. The week's `date-or-shared-time` counts dates that happened.
 */
import { addDays } from '../../../core/calendar';
import type { TodayItem } from '../../../shared/program-api';
import { countOf, nextChange, type TodayProvider, textOf } from '../today/today.types';
import { dateIdeasOf, titleOf } from './dates.present';
import { type DateRow, findNextOnDay } from './dates.repository';

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
    const lastToday = () => planned().where('day', '=', day).orderBy('starts_at', 'desc').limit(1);
    const lastBefore = () =>
      planned().where('day', '<', day).orderBy('starts_at', 'desc').orderBy('id').limit(1);
    return [
      today().select('id').as('dates_today_id'),
      today().select('starts_at').as('dates_today_starts'),
      today().select('time_zone').as('dates_today_zone'),
      today().select('idea_id').as('dates_today_idea'),
      today().select('title').as('dates_today_title'),
      lastToday().select('starts_at').as('dates_today_last_starts'),
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
  contribute: async (values, frame, { deps, plan }) => {
    const library = dateIdeasOf(deps.catalog);
    const firstStarts = textOf(values, 'dates_today_starts');
    const lastStarts = textOf(values, 'dates_today_last_starts');
    const hasBegun = (iso: string | null) => iso !== null && frame.now.getTime() >= Date.parse(iso);
    const week = {
      'date-or-shared-time': countOf(values, 'dates_week_before') + (hasBegun(firstStarts) ? 1 : 0),
    };
    const startOf = (iso: string | null) => (iso === null ? null : Date.parse(iso));
    // The week's count moves when the day's first date begins.
    const firstBegins = nextChange(frame, startOf(firstStarts));
    // Couple activities are not offered to someone the private screen routed elsewhere.
    if (plan.individual) return { week, changesAt: firstBegins };
    const items: TodayItem[] = [];
    // The day's next date that has not begun: the first one, or (on a day with several,
    // once the first has begun) the next one, looked up only then.
    let next: Pick<DateRow, 'id' | 'starts_at' | 'time_zone' | 'idea_id' | 'title'> | undefined;
    const firstId = textOf(values, 'dates_today_id');
    if (firstId && firstStarts && !hasBegun(firstStarts))
      next = {
        id: firstId,
        starts_at: firstStarts,
        time_zone: textOf(values, 'dates_today_zone') ?? frame.auth.user.timeZone,
        idea_id: textOf(values, 'dates_today_idea'),
        title: textOf(values, 'dates_today_title'),
      };
    else if (frame.auth.couple && lastStarts && !hasBegun(lastStarts))
      next = await findNextOnDay(deps.db, {
        coupleId: frame.auth.couple.id,
        day: frame.day,
        afterIso: frame.now.toISOString(),
      });
    if (next) {
      items.push({
        id: `date:${next.id}`,
        kind: 'date',
        // A plan the two of you made for today: near the top, after what is private to the person.
        priority: 4,
        status: 'todo',
        href: '/dates?tab=planned',
        minutes: null,
        detail: {
          dateId: next.id,
          title: titleOf(next, library),
          startsAt: new Date(next.starts_at).toISOString(),
          timeZone: next.time_zone,
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
    // The next date's item goes as it begins; the one after is looked up until the day's last begins.
    const changesAt = nextChange(
      frame,
      firstBegins,
      next ? Date.parse(next.starts_at) : null,
      startOf(lastStarts),
    );
    return { items, week, changesAt };
  },
};
