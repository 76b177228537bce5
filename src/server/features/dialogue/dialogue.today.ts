/** The daily question's place on Today. */
import type { TodayItem } from '../../../shared/program-api';
import { countOf, type TodayProvider, textOf } from '../today/today.types';
import { presentQuestion } from './dialogue.present';
import { getTodayQuestion } from './dialogue.service';

export const dialogueTodayProvider: TodayProvider = {
  id: 'question',
  snapshot: (eb, { userId, couple, scope, day, weekStart, weekEnd }) => {
    const answersToday = (userId: string) =>
      eb
        .selectFrom('answers')
        .select((e) => e.fn.countAll().as('n'))
        .where('scope', '=', scope)
        .where('day', '=', day)
        .where('user_id', '=', userId);
    return [
      eb
        .selectFrom('daily_questions')
        .select('question_id')
        .where('scope', '=', scope)
        .where('day', '=', day)
        .as('question_id'),
      answersToday(userId).as('question_mine'),
      answersToday(couple?.partnerId ?? userId).as('question_partner'),
      eb
        .selectFrom('answers')
        .select((e) => e.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .where('day', '>=', weekStart)
        .where('day', '<=', weekEnd)
        .as('question_week'),
      // My own "not now" only: a partner's Today never reads mine.
      eb
        .selectFrom('question_skips')
        .select((e) => e.fn.countAll().as('n'))
        .where('user_id', '=', userId)
        .where('scope', '=', scope)
        .where('day', '=', day)
        .as('question_skipped'),
    ];
  },
  contribute: async (values, frame, { deps, plan }) => {
    const week = { 'daily-question': countOf(values, 'question_week') };
    const linked = frame.auth.couple !== null;
    // Couple exercises are not offered to someone the private screen routed elsewhere.
    if (plan.individual && linked) return { week };
    let questionId = textOf(values, 'question_id');
    let mine = countOf(values, 'question_mine') > 0;
    let partner = linked && countOf(values, 'question_partner') > 0;
    if (!questionId) {
      const today = await getTodayQuestion(deps, frame.auth);
      questionId = today.question.id;
      mine = today.mine !== null;
      partner = today.partnerAnswered;
    }
    // Set aside for today: no more asking about it until tomorrow (answering it still counts).
    if (!mine && countOf(values, 'question_skipped') > 0) return { week };
    const known = deps.catalog.questions.get(questionId);
    const question = known ? presentQuestion(deps, questionId, !linked) : undefined;
    const item: TodayItem = {
      id: `question:${frame.day}`,
      kind: 'question',
      priority: 20,
      status: !mine ? 'todo' : linked && !partner ? 'waiting' : 'done',
      href: '/question',
      minutes: 5,
      detail: {
        questionId,
        text: question?.text ?? null,
        depth: question?.depth ?? null,
        kind: question?.kinds[0] ?? null,
        partnerAnswered: partner,
        withPartner: linked,
      },
    };
    return { items: [item], week };
  },
};
