/**
 * HTTP routes of the private screen. Paths and names stay neutral ("for you"):
 * nothing in a URL, title or log hints at what the questions are about.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  privateScreenAnswersBodySchema,
  privateScreenResultSchema,
  privateScreenViewSchema,
} from '../../../shared/program-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import { forgetScreenRoute, getScreen, submitScreen } from './personal.service';

const tags = ['for you'];
// Their use must leave no trace in the metrics or the logs (plugins/access-log.ts).
const config = { traceless: true, ownWrites: true };

export async function personalRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/for-you',
    {
      config,
      schema: {
        operationId: 'getForYou',
        summary: 'The questions for you.',
        tags,
        response: { 200: privateScreenViewSchema, ...errorResponses },
      },
    },
    async (request) => getScreen(deps, requireAuth(request)),
  );
  r.post(
    '/api/for-you/answers',
    {
      config,
      schema: {
        operationId: 'submitForYouAnswers',
        summary: 'Send your answers; only where they lead is kept, where you choose.',
        tags,
        body: privateScreenAnswersBodySchema,
        response: { 200: privateScreenResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      submitScreen(deps, requireAuth(request), request.body.answers, request.body.remember),
  );
  r.delete(
    '/api/for-you/flag',
    {
      config,
      schema: {
        operationId: 'forgetForYouFlag',
        summary: 'Forget where your answers led.',
        tags,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await forgetScreenRoute(deps, requireAuth(request));
      return reply.status(204).send(null);
    },
  );
}
