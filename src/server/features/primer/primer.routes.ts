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
    { schema: { tags, response: { 200: primerSchema, ...errorResponses } } },
    async (request) => getPrimer(deps, requireAuth(request)),
  );
  r.put(
    '/api/primer/:cardId',
    {
      schema: {
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
    { schema: { tags, response: { 200: primerSchema, ...errorResponses } } },
    async (request) => completePrimer(deps, requireAuth(request)),
  );
}
