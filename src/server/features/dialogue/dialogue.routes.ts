/** HTTP routes of the daily question. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answerBodySchema,
  depthChoiceBodySchema,
  historyQuerySchema,
  historySchema,
  questionIdSchema,
  todayQuestionSchema,
} from '../../../shared/api';
import { createPersonalCache } from '../../lib/personal-cache';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import {
  answerQuestion,
  chooseDepth,
  getHistory,
  getTodayQuestion,
  skipQuestion,
  todayQuestionKey,
  unskipQuestion,
} from './dialogue.service';

const tags = ['daily question'];
const questionParams = z.strictObject({ questionId: questionIdSchema });

export async function dialogueRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // SQLite: the day's question is kept per person until a write concerning them or a new day.
  const kept = createPersonalCache(deps.db);

  r.get(
    '/api/questions/today',
    {
      schema: {
        operationId: 'getTodayQuestion',
        summary: 'Today’s question and the answers the person may see.',
        tags,
        response: { 200: todayQuestionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!kept) return getTodayQuestion(deps, auth);
      const key = todayQuestionKey(deps, auth);
      return kept.reply(reply, auth.user.id, key, deps.clock.now().getTime(), async () => ({
        value: await getTodayQuestion(deps, auth),
        until: Number.POSITIVE_INFINITY,
      }));
    },
  );

  r.put(
    '/api/questions/:questionId/answer',
    {
      schema: {
        operationId: 'putAnswer',
        summary: 'Write or replace the person’s answer to a question.',
        tags,
        params: questionParams,
        body: answerBodySchema,
        response: { 200: todayQuestionSchema, ...errorResponses },
      },
    },
    async (request) =>
      answerQuestion(deps, requireAuth(request), request.params.questionId, request.body.text),
  );

  r.put(
    '/api/questions/:questionId/skip',
    {
      // A skip is never observable by the partner, even one who runs the server: no metrics, no log line.
      config: { traceless: true, ownWrites: true },
      schema: {
        operationId: 'skipQuestion',
        summary: 'Set a question aside for today (“not now”); only the person ever knows.',
        tags,
        params: questionParams,
        response: { 200: todayQuestionSchema, ...errorResponses },
      },
    },
    async (request) => skipQuestion(deps, requireAuth(request), request.params.questionId),
  );

  r.delete(
    '/api/questions/:questionId/skip',
    {
      // A skip is never observable by the partner, even one who runs the server: no metrics, no log line.
      config: { traceless: true, ownWrites: true },
      schema: {
        operationId: 'unskipQuestion',
        summary: 'Take back a “not now”: the question is on Today again.',
        tags,
        params: questionParams,
        response: { 200: todayQuestionSchema, ...errorResponses },
      },
    },
    async (request) => unskipQuestion(deps, requireAuth(request), request.params.questionId),
  );

  r.put(
    '/api/questions/depth',
    {
      schema: {
        operationId: 'putQuestionDepth',
        summary:
          'Ask for lighter or deeper questions to come (one choice per couple, or per person alone).',
        tags,
        body: depthChoiceBodySchema,
        response: { 200: todayQuestionSchema, ...errorResponses },
      },
    },
    async (request) => chooseDepth(deps, requireAuth(request), request.body.choice),
  );

  r.get(
    '/api/questions/history',
    {
      schema: {
        operationId: 'getQuestionHistory',
        summary: 'Past questions and answers, a page at a time.',
        tags,
        querystring: historyQuerySchema,
        response: { 200: historySchema, ...errorResponses },
      },
    },
    async (request) =>
      getHistory(deps, requireAuth(request), {
        before: request.query.before,
        limit: request.query.limit ?? 30,
      }),
  );
}
