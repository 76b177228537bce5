/** HTTP routes of the primer. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  primerCardParamsSchema,
  primerProgressBodySchema,
  primerSchema,
} from '../../../shared/program-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { completePrimer, getPrimer, saveCardProgress } from './primer.service';

const tags = ['primer'];

export async function primerRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/primer',
    {
      schema: {
        operationId: 'getPrimer',
        summary: 'The primer cards and the person’s progress.',
        tags,
        response: { 200: primerSchema, ...errorResponses },
      },
    },
    async (request) => getPrimer(deps, requireAuth(request)),
  );
  r.put(
    '/api/primer/:cardId',
    {
      schema: {
        operationId: 'putPrimerCard',
        summary: 'Mark a card as read, with an optional private reflection.',
        tags,
        params: primerCardParamsSchema,
        body: primerProgressBodySchema,
        response: { 200: primerSchema, ...errorResponses },
      },
    },
    async (request) =>
      saveCardProgress(deps, requireAuth(request), request.params.cardId, request.body.reflection),
  );
  r.post(
    '/api/primer/complete',
    {
      schema: {
        operationId: 'completePrimer',
        summary: 'Mark the primer as done.',
        tags,
        response: { 200: primerSchema, ...errorResponses },
      },
    },
    async (request) => completePrimer(deps, requireAuth(request)),
  );
}
