/** HTTP route of the plan. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { planSchema } from '../../../shared/program-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { getPlan } from './plan.service';

export async function planRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/plan',
    {
      schema: {
        operationId: 'getPlan',
        summary: 'The plan built from the check results the person may see.',
        tags: ['plan'],
        response: { 200: planSchema, ...errorResponses },
      },
    },
    async (request) => getPlan(deps, requireAuth(request)),
  );
}
