/** HTTP routes of the weekly rhythm view and of life events. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  lifeEventListSchema,
  lifeEventParamsSchema,
  lifeEventSchema,
  newLifeEventBodySchema,
  rhythmQuerySchema,
  rhythmViewSchema,
} from '../../../shared/rhythm-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import {
  addLifeEvent,
  endLifeEventNow,
  getLifeEvents,
  removeLifeEvent,
} from './life-events.service';
import { getRhythm } from './rhythm.service';
import type { RhythmSource } from './rhythm.types';

export async function rhythmRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  sources: readonly RhythmSource[],
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/rhythm',
    {
      schema: {
        operationId: 'getRhythm',
        summary: 'The weekly rhythm, week by week: what the plan asked, what was done, weeks kept.',
        tags: ['progress'],
        querystring: rhythmQuerySchema,
        response: { 200: rhythmViewSchema, ...errorResponses },
      },
    },
    async (request) => getRhythm(deps, requireAuth(request), sources, request.query.weeks),
  );

  const tags = ['plan'];

  r.get(
    '/api/life-events',
    {
      schema: {
        operationId: 'listLifeEvents',
        summary: 'The couple’s life events (mine when alone), those that hold first.',
        tags,
        response: { 200: lifeEventListSchema, ...errorResponses },
      },
    },
    async (request) => getLifeEvents(deps, requireAuth(request)),
  );

  r.post(
    '/api/life-events',
    {
      schema: {
        operationId: 'addLifeEvent',
        summary: 'Name a life event (a new baby, a move, an illness…): it reshapes the plan.',
        tags,
        body: newLifeEventBodySchema,
        response: { 201: lifeEventSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const event = await addLifeEvent(deps, requireAuth(request), request.body);
      return reply.status(201).send(event);
    },
  );

  r.post(
    '/api/life-events/:eventId/end',
    {
      schema: {
        operationId: 'endLifeEvent',
        summary: 'Say a life event is over: from today it no longer shapes the plan.',
        tags,
        params: lifeEventParamsSchema,
        response: { 200: lifeEventSchema, ...errorResponses },
      },
    },
    async (request) => endLifeEventNow(deps, requireAuth(request), request.params.eventId),
  );

  r.delete(
    '/api/life-events/:eventId',
    {
      schema: {
        operationId: 'removeLifeEvent',
        summary: 'Take a life event away altogether (added by mistake, say).',
        tags,
        params: lifeEventParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeLifeEvent(deps, requireAuth(request), request.params.eventId);
      return reply.status(204).send(null);
    },
  );
}
