/**
 * The weekly check-in's place on Today: "tomorrow — prepare", "today", "under
 * way — join", a proposed day and time waiting for my answer, and the week's
 * rhythm. Only my own preparation is read: my partner's never shapes my Today.
 */
import {
  type CheckinSchedule,
  checkinIsNear,
  currentCheckin,
  type Weekday,
} from '../../../core/checkin';
import type { TodayItem } from '../../../shared/program-api';
import { countOf, type TodayProvider, textOf } from '../today/today.types';

export const checkinsTodayProvider: TodayProvider = {
  id: 'checkin',
  snapshot: (eb, { userId, couple, day, weekStart, weekEnd }) => {
    if (!couple) return [];
    const schedule = eb.selectFrom('checkin_schedules').where('couple_id', '=', couple.id);
    const checkins = eb.selectFrom('checkins').where('couple_id', '=', couple.id);
    return [
      schedule.select('weekday').as('checkin_weekday'),
      schedule.select('local_time').as('checkin_time'),
      schedule.select('proposed_by').as('checkin_proposed_by'),
      checkins
        .select((e) => e.fn.max('day').as('d'))
        .where('step', '=', 'done')
        .as('checkin_finished'),
      checkins
        .select((e) => e.fn.min('day').as('d'))
        .where('step', 'not in', ['waiting', 'done'])
        .where('day', '>=', day)
        .as('checkin_under_way'),
      // The nearest check-in from today on that I prepared for: mine only.
      eb
        .selectFrom('checkin_preps as p')
        .innerJoin('checkins as c', 'c.id', 'p.checkin_id')
        .select((e) => e.fn.min('c.day').as('d'))
        .where('p.user_id', '=', userId)
        .where('c.couple_id', '=', couple.id)
        .where('c.day', '>=', day)
        .as('checkin_prepared'),
      checkins
        .select((e) => e.fn.countAll().as('n'))
        .where('step', '!=', 'waiting')
        .where('day', '>=', weekStart)
        .where('day', '<=', weekEnd)
        .as('checkin_week'),
    ];
  },
  contribute: (values, frame, { plan }) => {
    const couple = frame.auth.couple;
    if (!couple) return {};
    const week = { 'weekly-checkin': Math.min(1, countOf(values, 'checkin_week')) };
    // Couple activities are not offered to someone the private screen routed elsewhere.
    if (plan.individual) return { week };
    const proposedBy = textOf(values, 'checkin_proposed_by');
    const weekday = countOf(values, 'checkin_weekday');
    const time = textOf(values, 'checkin_time');
    const items: TodayItem[] = [];
    if (proposedBy !== null && proposedBy !== frame.auth.user.id) {
      items.push({
        id: 'checkin-schedule:answer',
        kind: 'checkin-schedule',
        priority: 28,
        status: 'todo',
        href: '/checkin',
        minutes: 1,
        detail: { state: 'answer' },
      });
    } else if (weekday === 0 || time === null) {
      if (proposedBy === null) {
        items.push({
          id: 'checkin-schedule:choose',
          kind: 'checkin-schedule',
          priority: 45,
          status: 'todo',
          href: '/checkin',
          minutes: 2,
          detail: { state: 'choose' },
        });
      }
      return { items, week };
    }
    if (weekday >= 1 && weekday <= 7 && time !== null) {
      const schedule: CheckinSchedule = { weekday: weekday as Weekday, time };
      const current = currentCheckin({
        schedule,
        timeZone: couple.timeZone,
        now: frame.now,
        lastFinishedDay: textOf(values, 'checkin_finished'),
        inProgressDay: textOf(values, 'checkin_under_way'),
      });
      const underWay = textOf(values, 'checkin_under_way') === current.day;
      const near = underWay ? 'now' : checkinIsNear(current.day, frame.day);
      const prepared = textOf(values, 'checkin_prepared') === current.day;
      // Tomorrow and ready: nothing to do until then.
      if (near !== null && !(near === 'tomorrow' && prepared)) {
        items.push({
          id: `checkin:${current.day}`,
          kind: 'checkin',
          priority: near === 'tomorrow' ? 25 : 8,
          status: 'todo',
          href: near === 'now' ? '/checkin/focus' : '/checkin',
          minutes: near === 'now' ? null : prepared ? 20 : 10,
          detail: { when: near, at: current.at.toISOString(), prepared },
        });
      }
    }
    return { items, week };
  },
};
