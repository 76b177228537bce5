/** HTTP routes of the guided exercises and their runs. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  currentRunSchema,
  exerciseListQuerySchema,
  exerciseListSchema,
  exerciseParamsSchema,
  exerciseSchema,
  runParamsSchema,
  runSchema,
  startRunBodySchema,
} from '../../../shared/exercises-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import {
  consentToRun,
  finishRun,
  getCurrentRun,
  getExercise,
  getRun,
  listExercises,
  startRun,
  stopRun,
} from './exercises.service';

const tags = ['exercises'];

export async function exercisesRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/exercises',
    {
      schema: {
        operationId: 'listExercises',
        summary: 'The guided exercises for two, by sort and length.',
        tags,
        querystring: exerciseListQuerySchema,
        response: { 200: exerciseListSchema, ...errorResponses },
      },
    },
    async (request) => listExercises(deps, requireAuth(request), request.query),
  );

  r.get(
    '/api/exercises/:exerciseId',
    {
      schema: {
        operationId: 'getExercise',
        summary: 'One exercise: its consent, steps and timings, pacer and songs.',
        tags,
        params: exerciseParamsSchema,
        response: { 200: exerciseSchema, ...errorResponses },
      },
    },
    async (request) => getExercise(deps, requireAuth(request), request.params.exerciseId),
  );

  r.post(
    '/api/exercises/:exerciseId/runs',
    {
      schema: {
        operationId: 'startExerciseRun',
        summary:
          'Start a run, saying “I’m ready” (on one device: “we’re both ready”); a run already under way is the answer instead.',
        tags,
        params: exerciseParamsSchema,
        body: startRunBodySchema,
        response: { 200: runSchema, ...errorResponses },
      },
    },
    async (request) =>
      startRun(deps, requireAuth(request), request.params.exerciseId, {
        mode: request.body.mode,
        pace: request.body.pace,
      }),
  );

  r.get(
    '/api/exercise-runs/current',
    {
      schema: {
        operationId: 'getCurrentExerciseRun',
        summary: 'The couple’s run under way (invited, starting or running), if any.',
        tags,
        response: { 200: currentRunSchema, ...errorResponses },
      },
    },
    async (request) => getCurrentRun(deps, requireAuth(request)),
  );

  r.get(
    '/api/exercise-runs/:runId',
    {
      schema: {
        operationId: 'getExerciseRun',
        summary:
          'A run’s live state: where it stands, and its start time to keep both phones in step.',
        tags,
        params: runParamsSchema,
        response: { 200: runSchema, ...errorResponses },
      },
    },
    async (request) => getRun(deps, requireAuth(request), request.params.runId),
  );

  r.post(
    '/api/exercise-runs/:runId/consent',
    {
      schema: {
        operationId: 'consentToExerciseRun',
        summary: 'Join an invitation with “I’m ready”: it starts for both after a short count-in.',
        tags,
        params: runParamsSchema,
        response: { 200: runSchema, ...errorResponses },
      },
    },
    async (request) => consentToRun(deps, requireAuth(request), request.params.runId),
  );

  r.post(
    '/api/exercise-runs/:runId/stop',
    {
      schema: {
        operationId: 'stopExerciseRun',
        summary: 'Stop the run, at any moment and for any reason; it ends for both.',
        tags,
        params: runParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await stopRun(deps, requireAuth(request), request.params.runId);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/exercise-runs/:runId/finish',
    {
      schema: {
        operationId: 'finishExerciseRun',
        summary: '“We’re done”: end a run under way as finished.',
        tags,
        params: runParamsSchema,
        response: { 200: runSchema, ...errorResponses },
      },
    },
    async (request) => finishRun(deps, requireAuth(request), request.params.runId),
  );
}
