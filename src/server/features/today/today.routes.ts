/** HTTP route of Today. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { todaySchema } from '../../../shared/program-api';
import { createPersonalCache } from '../../lib/personal-cache';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { buildToday, createTodaySnapshot, getToday, todayFrame, todayKey } from './today.service';
import type { TodayProvider } from './today.types';

export async function todayRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  providers: readonly TodayProvider[],
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const snapshot = createTodaySnapshot(providers);
  // SQLite: a person's Today is kept until a write concerning them, a new day or its next change in time.
  const kept = createPersonalCache(deps.db);
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
    async (request, reply) => {
      const auth = requireAuth(request);
      if (!kept) return getToday(deps, auth, providers, snapshot);
      const frame = todayFrame(deps, auth);
      return kept.reply(reply, auth.user.id, todayKey(frame), frame.now.getTime(), () =>
        buildToday(deps, frame, providers, snapshot),
      );
    },
  );
}
