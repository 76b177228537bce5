/** HTTP routes of the weekly novelty challenge. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  challengeAnswerBodySchema,
  challengeReflectionBodySchema,
  challengeSettingsBodySchema,
  challengeWeekParamsSchema,
  challengeWeekSchema,
  currentChallengeSchema,
  pastChallengesSchema,
} from '../../../shared/challenges-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import {
  answerChallenge,
  getCurrentChallenge,
  getPastChallenges,
  markChallengeDone,
  reflectOnChallenge,
  setChallengeSettings,
  swapChallenge,
} from './challenges.service';

const tags = ['challenges'];

export async function challengesRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/challenges/current',
    {
      schema: {
        operationId: 'getCurrentChallenge',
        summary: 'This week’s novelty challenge for the couple, and where both of you stand.',
        tags,
        response: { 200: currentChallengeSchema, ...errorResponses },
      },
    },
    async (request) => getCurrentChallenge(deps, requireAuth(request)),
  );

  r.get(
    '/api/challenges/past',
    {
      schema: {
        operationId: 'getPastChallenges',
        summary: 'The challenges the couple did, newest first, with the reflections one may read.',
        tags,
        response: { 200: pastChallengesSchema, ...errorResponses },
      },
    },
    async (request) => getPastChallenges(deps, requireAuth(request)),
  );

  r.put(
    '/api/challenges/settings',
    {
      schema: {
        operationId: 'putChallengeSettings',
        summary:
          'What fits the couple’s challenges now: living apart, and the most a week may cost.',
        tags,
        body: challengeSettingsBodySchema,
        response: { 200: currentChallengeSchema, ...errorResponses },
      },
    },
    async (request) => setChallengeSettings(deps, requireAuth(request), request.body),
  );

  r.put(
    '/api/challenges/:weekId/answer',
    {
      // "Not this week" is never observable by the partner, even one who runs the server.
      config: { traceless: true },
      schema: {
        operationId: 'answerChallenge',
        summary: 'Say “I’m in” to the week’s challenge, or a private “not this week”.',
        tags,
        params: challengeWeekParamsSchema,
        body: challengeAnswerBodySchema,
        response: { 200: challengeWeekSchema, ...errorResponses },
      },
    },
    async (request) =>
      answerChallenge(deps, requireAuth(request), request.params.weekId, request.body),
  );

  r.post(
    '/api/challenges/:weekId/swap',
    {
      schema: {
        operationId: 'swapChallenge',
        summary: 'Swap the week’s challenge for another (once a week, before both are in).',
        tags,
        params: challengeWeekParamsSchema,
        response: { 200: challengeWeekSchema, ...errorResponses },
      },
    },
    async (request) => swapChallenge(deps, requireAuth(request), request.params.weekId),
  );

  r.post(
    '/api/challenges/:weekId/done',
    {
      schema: {
        operationId: 'markChallengeDone',
        summary: 'Mark the week’s challenge done (once both are in).',
        tags,
        params: challengeWeekParamsSchema,
        response: { 200: challengeWeekSchema, ...errorResponses },
      },
    },
    async (request) => markChallengeDone(deps, requireAuth(request), request.params.weekId),
  );

  r.put(
    '/api/challenges/:weekId/reflection',
    {
      // A private reflection leaves no trace the partner could count.
      config: { traceless: true },
      schema: {
        operationId: 'putChallengeReflection',
        summary: 'Write or change my reflection on a done challenge, private or shared.',
        tags,
        params: challengeWeekParamsSchema,
        body: challengeReflectionBodySchema,
        response: { 200: challengeWeekSchema, ...errorResponses },
      },
    },
    async (request) =>
      reflectOnChallenge(deps, requireAuth(request), request.params.weekId, request.body),
  );
}
