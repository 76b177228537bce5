/**
 * Authorization-matrix entries for the daily question: one per route this
 * feature registers. Run by tests/http/authorization-matrix.test.ts; only
 * tests import this file.
 */
import { type FeatureMatrix, noLeak, none, own } from '../../../../tests/support/matrix';

export const dialogueMatrix: FeatureMatrix = {
  'GET /api/questions/today': {
    call: none,
    expect: own,
    check: noLeak,
  },
  'PUT /api/questions/:questionId/answer': {
    call: (w) => ({ url: `/api/questions/${w.questionId}/answer`, body: { text: 'An answer' } }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({
        url: '/api/questions/no-such-question/answer',
        body: { text: 'An answer' },
      }),
    },
    check: (res, actor) => {
      // The partner's answer completes the pair: the reveal is now legitimate.
      if (actor === 'stranger') noLeak(res, actor);
    },
    reveals: { partner: ['answer'] },
    // After the partner answers, the owner's answer is locked.
    worldPerCall: true,
  },
  'GET /api/questions/history': { call: none, expect: own, check: noLeak },
  // Setting a question aside acts on my own deck only; a stranger's call finds nothing.
  'PUT /api/questions/:questionId/skip': {
    call: (w) => ({ url: `/api/questions/${w.questionId}/skip` }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: '/api/questions/no-such-question/skip' }),
    },
    check: noLeak,
  },
  'DELETE /api/questions/:questionId/skip': {
    call: (w) => ({ url: `/api/questions/${w.questionId}/skip` }),
    expect: { owner: 200, partner: 200, stranger: 404, anonymous: 401 },
    sameAsMissing: {
      actors: ['stranger'],
      missing: () => ({ url: '/api/questions/no-such-question/skip' }),
    },
    check: noLeak,
  },
  // The depth choice belongs to the caller's own deck (a couple's is shared by design).
  'PUT /api/questions/depth': {
    call: () => ({ body: { choice: 'lighter' } }),
    expect: own,
    check: noLeak,
  },
};
