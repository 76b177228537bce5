/**
 * The private screen's place on Today, in neutral words: offered before
 * anything joint, then every six weeks. Someone it routed elsewhere sees
 * their own support first. Only ever about the person asking.
 */
import { nextScreenDue } from '../../../core/private-screen';
import type { TodayItem } from '../../../shared/program-api';
import { milestoneAt } from '../../tables/milestones';
import { nextChange, type TodayProvider, textOf } from '../today/today.types';
import { isScreenDue, SCREEN_TAKEN } from './personal.service';

export const personalTodayProvider: TodayProvider = {
  id: 'personal',
  snapshot: (eb, { userId }) => [milestoneAt(eb, userId, SCREEN_TAKEN).as('personal_taken_at')],
  contribute: (values, frame) => {
    const takenAt = textOf(values, 'personal_taken_at');
    const items: TodayItem[] = [];
    if (frame.auth.route !== 'together') {
      items.push({
        id: 'support',
        kind: 'support',
        priority: 0,
        status: 'todo',
        href: '/for-you/support',
        minutes: null,
        detail: { crisis: frame.auth.route === 'crisis' },
      });
    }
    if (isScreenDue(takenAt ?? undefined, frame.now)) {
      items.push({
        id: 'private-screen',
        kind: 'private-screen',
        // Before any couple exercise the first time; gently later on.
        priority: takenAt ? 35 : 1,
        status: 'todo',
        href: '/for-you',
        minutes: 1,
        detail: { first: takenAt === null },
      });
    }
    const due = takenAt === null ? null : nextScreenDue(new Date(takenAt)).getTime();
    return { items, changesAt: nextChange(frame, due) };
  },
};
