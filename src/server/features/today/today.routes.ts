/** HTTP route of Today. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todaySchema } from '../../../shared/program-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { createTodaySnapshot, getToday } from './today.service';
import type { TodayProvider } from './today.types';

export async function todayRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  providers: readonly TodayProvider[],
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const snapshot = createTodaySnapshot(providers);
  r.get(
    '/api/today',
    {
      schema: {
        operationId: 'getToday',
        summary: 'Today’s screen.',
        tags: ['today'],
        response: { 200: todaySchema, ...errorResponses },
      },
    },
    async (request) => getToday(deps, requireAuth(request), providers, snapshot),
  );
}
