/** HTTP routes of the weekly pulse and progress. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  progressSchema,
  pulseBodySchema,
  pulseDefinitionSchema,
  pulseSchema,
} from '../../../shared/program-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { getProgress, getPulseForm, savePulse } from './progress.service';

const tags = ['progress'];

export async function progressRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/pulse',
    {
      schema: {
        operationId: 'getPulse',
        summary: 'This week’s pulse questions and the person’s answers.',
        tags,
        response: { 200: pulseDefinitionSchema, ...errorResponses },
      },
    },
    async (request) => getPulseForm(deps, requireAuth(request)),
  );
  r.post(
    '/api/pulse',
    {
      schema: {
        operationId: 'savePulse',
        summary: 'Save this week’s pulse.',
        tags,
        body: pulseBodySchema,
        response: { 200: pulseSchema, ...errorResponses },
      },
    },
    async (request) => savePulse(deps, requireAuth(request), request.body),
  );
  r.get(
    '/api/progress',
    {
      schema: {
        operationId: 'getProgress',
        summary: 'Progress over the weeks; the partner’s only when both opted in.',
        tags,
        response: { 200: progressSchema, ...errorResponses },
      },
    },
    async (request) => getProgress(deps, requireAuth(request)),
  );
}
