/** HTTP routes of active-listening sessions. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  listeningActionBodySchema,
  listeningPromptsSchema,
  listeningRatingBodySchema,
  listeningSessionParamsSchema,
  listeningSessionSchema,
  listeningSummarySchema,
  startListeningBodySchema,
} from '../../../shared/listening-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { actOnSession, getSession, rateTurn, startSession } from './listening.service';
import { getSummary, listPrompts } from './listening.summary';

const tags = ['listening'];

export async function listeningRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/listening/sessions',
    {
      schema: {
        operationId: 'startListeningSession',
        summary:
          'Start a listening session with my partner (201), or get the one already under way (200).',
        tags,
        body: startListeningBodySchema,
        response: { 200: listeningSessionSchema, 201: listeningSessionSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { created, session } = await startSession(deps, requireAuth(request), request.body);
      reply.status(created ? 201 : 200);
      return session;
    },
  );

  r.get(
    '/api/listening/sessions/:sessionId',
    {
      schema: {
        operationId: 'getListeningSession',
        summary: 'A listening session of my couple as I see it: roles, timer, topics, my rating.',
        tags,
        params: listeningSessionParamsSchema,
        response: { 200: listeningSessionSchema, ...errorResponses },
      },
    },
    async (request) => getSession(deps, requireAuth(request), request.params.sessionId),
  );

  r.post(
    '/api/listening/sessions/:sessionId/actions',
    {
      schema: {
        operationId: 'actOnListeningSession',
        summary: 'Move the session along: start, pause, resume, reflect, swap, finish or end.',
        tags,
        params: listeningSessionParamsSchema,
        body: listeningActionBodySchema,
        response: { 200: listeningSessionSchema, ...errorResponses },
      },
    },
    async (request) =>
      actOnSession(deps, requireAuth(request), request.params.sessionId, request.body),
  );

  r.put(
    '/api/listening/sessions/:sessionId/rating',
    {
      schema: {
        operationId: 'rateListeningTurn',
        summary: 'Say how heard I felt in my turn (1–5); private unless I share it.',
        tags,
        params: listeningSessionParamsSchema,
        body: listeningRatingBodySchema,
        response: { 200: listeningSessionSchema, ...errorResponses },
      },
    },
    async (request) => rateTurn(deps, requireAuth(request), request.params.sessionId, request.body),
  );

  r.get(
    '/api/listening/summary',
    {
      schema: {
        operationId: 'getListeningSummary',
        summary:
          'My listening sessions: the one under way, sessions done, my average as listener, history.',
        tags,
        response: { 200: listeningSummarySchema, ...errorResponses },
      },
    },
    async (request) => getSummary(deps, requireAuth(request)),
  );

  r.get(
    '/api/listening/prompts',
    {
      schema: {
        operationId: 'getListeningPrompts',
        summary: 'Topics a speaker can choose from.',
        tags,
        response: { 200: listeningPromptsSchema, ...errorResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      return listPrompts(deps);
    },
  );
}
