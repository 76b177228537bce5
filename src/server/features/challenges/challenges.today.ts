/** The week's challenge on Today, and the novelty rhythm's progress. */
import { todayPlaceOf } from '../../../core/challenges';
import type { ChallengeAnswer } from '../../../shared/play-limits';
import type { TodayItem } from '../../../shared/program-api';
import { countOf, type TodayProvider, textOf } from '../today/today.types';
import { challengesOf } from './challenges.catalog';
import { getCurrentChallenge } from './challenges.service';

function answerOf(value: string | null): ChallengeAnswer | null {
  return value === 'in' || value === 'not-now' ? value : null;
}

export const challengesTodayProvider: TodayProvider = {
  id: 'challenge',
  snapshot: (eb, { userId, couple, week }) => {
    if (!couple) return [];
    const thisWeek = () =>
      eb.selectFrom('challenge_weeks').where('couple_id', '=', couple.id).where('week', '=', week);
    return [
      thisWeek().select('id').as('challenge_week_id'),
      thisWeek().select('challenge_id').as('challenge_id'),
      thisWeek().select('done_at').as('challenge_done_at'),
      eb
        .selectFrom('challenge_responses')
        .select('answer')
        .where('week_id', '=', thisWeek().select('id'))
        .where('user_id', '=', userId)
        .as('challenge_mine'),
      // Only whether my partner is in: their "not this week" reads the same as no answer.
      eb
        .selectFrom('challenge_responses')
        .select((e) => e.fn.countAll().as('n'))
        .where('week_id', '=', thisWeek().select('id'))
        .where('user_id', '=', couple.partnerId)
        .where('answer', '=', 'in')
        .as('challenge_partner_in'),
    ];
  },
  contribute: async (values, frame, { deps, plan }) => {
    // The challenge is for two: nothing for someone alone.
    if (!frame.auth.couple) return {};
    const done = textOf(values, 'challenge_done_at') !== null;
    const week = { 'novelty-challenge': done ? 1 : 0 };
    // Couple activities are not offered to someone the private screen routed elsewhere.
    if (plan.individual) return { week };
    const inPlan = plan.rhythm.some((entry) => entry.id === 'novelty-challenge');
    let weekId = textOf(values, 'challenge_week_id');
    let challengeId = textOf(values, 'challenge_id');
    let mine = answerOf(textOf(values, 'challenge_mine'));
    let partnerIn = countOf(values, 'challenge_partner_in') > 0;
    if (!weekId || !challengeId) {
      // A week nobody opened yet: drawn now only when novelty is part of my plan.
      if (!inPlan) return { week };
      const current = (await getCurrentChallenge(deps, frame.auth)).current;
      if (!current) return { week };
      weekId = current.id;
      challengeId = current.challenge.id;
      mine = current.mine;
      partnerIn = current.partnerIn;
    }
    const place = todayPlaceOf({ mine, partnerIn, done, inPlan });
    const challenge = challengesOf(deps.catalog).byId.get(challengeId);
    if (!place || !challenge) return { week };
    const item: TodayItem = {
      id: `challenge:${frame.week}`,
      kind: 'challenge',
      priority: place.priority,
      status: place.status,
      href: '/challenge',
      minutes: challenge.minutes,
      detail: { weekId, title: challenge.title, on: mine === 'in' && partnerIn, partnerIn },
    };
    return { items: [item], week };
  },
};
