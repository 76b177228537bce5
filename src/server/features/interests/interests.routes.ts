/** HTTP routes of shared hobbies and travel. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  checklistItemBodySchema,
  checklistItemParamsSchema,
  checklistTickBodySchema,
  hobbiesSchema,
  hobbyMatchesSchema,
  hobbyParamsSchema,
  hobbyPickResultSchema,
  pickBodySchema,
  travelIdeaParamsSchema,
  travelIdeaSchema,
  travelMatchesSchema,
  travelPickResultSchema,
  travelSchema,
  travelWishBodySchema,
  tripPlanBodySchema,
  tripPlanSchema,
} from '../../../shared/interests-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import { hobbyMatches, listHobbies, pickHobby } from './hobbies.service';
import {
  addTravelWish,
  listTravel,
  pickTravelIdea,
  removeTravelWish,
  travelMatches,
} from './travel.service';
import {
  addChecklistItem,
  getTripPlan,
  removeChecklistItem,
  setTripPlan,
  tickChecklistItem,
} from './trips.service';

const hobbyTags = ['hobbies'];
const travelTags = ['travel'];
/** A mark is private: no metric or log line counts marks that made no match. */
const traceless = { traceless: true };

export async function interestsRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/hobbies',
    {
      schema: {
        operationId: 'listHobbies',
        summary: 'Every hobby, with my own private mark.',
        tags: hobbyTags,
        response: { 200: hobbiesSchema, ...errorResponses },
      },
    },
    async (request) => listHobbies(deps, requireAuth(request)),
  );

  r.get(
    '/api/hobbies/matches',
    {
      schema: {
        operationId: 'getHobbyMatches',
        summary: 'The hobbies we both marked yes or maybe, and nothing else of my partner’s marks.',
        tags: hobbyTags,
        response: { 200: hobbyMatchesSchema, ...errorResponses },
      },
    },
    async (request) => hobbyMatches(deps, requireAuth(request)),
  );

  r.put(
    '/api/hobbies/:hobbyId/pick',
    {
      config: traceless,
      schema: {
        operationId: 'pickHobby',
        summary: 'Mark a hobby yes, maybe or no, privately.',
        tags: hobbyTags,
        params: hobbyParamsSchema,
        body: pickBodySchema,
        response: { 200: hobbyPickResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      pickHobby(deps, requireAuth(request), request.params.hobbyId, request.body.pick),
  );

  r.get(
    '/api/travel',
    {
      schema: {
        operationId: 'listTravelIdeas',
        summary: 'Every trip idea (the library’s and our own), with my own private mark.',
        tags: travelTags,
        response: { 200: travelSchema, ...errorResponses },
      },
    },
    async (request) => listTravel(deps, requireAuth(request)),
  );

  r.get(
    '/api/travel/matches',
    {
      schema: {
        operationId: 'getTravelMatches',
        summary: 'The trips we both marked yes or maybe, each with its plan in brief.',
        tags: travelTags,
        response: { 200: travelMatchesSchema, ...errorResponses },
      },
    },
    async (request) => travelMatches(deps, requireAuth(request)),
  );

  r.put(
    '/api/travel/:ideaId/pick',
    {
      config: traceless,
      schema: {
        operationId: 'pickTravelIdea',
        summary: 'Mark a trip idea yes, maybe or no, privately.',
        tags: travelTags,
        params: travelIdeaParamsSchema,
        body: pickBodySchema,
        response: { 200: travelPickResultSchema, ...errorResponses },
      },
    },
    async (request) =>
      pickTravelIdea(deps, requireAuth(request), request.params.ideaId, request.body.pick),
  );

  r.post(
    '/api/travel/wishes',
    {
      schema: {
        operationId: 'addTravelWish',
        summary: 'Add a trip idea in our own words; it counts as my “yes”.',
        tags: travelTags,
        body: travelWishBodySchema,
        response: { 201: travelIdeaSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const idea = await addTravelWish(deps, requireAuth(request), request.body);
      return reply.status(201).send(idea);
    },
  );

  r.delete(
    '/api/travel/:ideaId',
    {
      schema: {
        operationId: 'removeTravelWish',
        summary: 'Remove a trip idea I added (never a library idea), with every mark on it.',
        tags: travelTags,
        params: travelIdeaParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeTravelWish(deps, requireAuth(request), request.params.ideaId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/travel/:ideaId/plan',
    {
      schema: {
        operationId: 'getTripPlan',
        summary: 'Our plan for a trip we both want: when, budget and checklist.',
        tags: travelTags,
        params: travelIdeaParamsSchema,
        response: { 200: tripPlanSchema, ...errorResponses },
      },
    },
    async (request) => getTripPlan(deps, requireAuth(request), request.params.ideaId),
  );

  r.put(
    '/api/travel/:ideaId/plan',
    {
      schema: {
        operationId: 'putTripPlan',
        summary: 'Set when a matched trip is to happen, and its budget band.',
        tags: travelTags,
        params: travelIdeaParamsSchema,
        body: tripPlanBodySchema,
        response: { 200: tripPlanSchema, ...errorResponses },
      },
    },
    async (request) => setTripPlan(deps, requireAuth(request), request.params.ideaId, request.body),
  );

  r.post(
    '/api/travel/:ideaId/plan/items',
    {
      schema: {
        operationId: 'addTripChecklistItem',
        summary: 'Add a thing to a matched trip’s checklist.',
        tags: travelTags,
        params: travelIdeaParamsSchema,
        body: checklistItemBodySchema,
        response: { 201: tripPlanSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const plan = await addChecklistItem(
        deps,
        requireAuth(request),
        request.params.ideaId,
        request.body.text,
      );
      return reply.status(201).send(plan);
    },
  );

  r.patch(
    '/api/travel/:ideaId/plan/items/:itemId',
    {
      schema: {
        operationId: 'tickTripChecklistItem',
        summary: 'Tick a checklist item (as done by me), or untick it.',
        tags: travelTags,
        params: checklistItemParamsSchema,
        body: checklistTickBodySchema,
        response: { 200: tripPlanSchema, ...errorResponses },
      },
    },
    async (request) =>
      tickChecklistItem(
        deps,
        requireAuth(request),
        request.params.ideaId,
        request.params.itemId,
        request.body.done,
      ),
  );

  r.delete(
    '/api/travel/:ideaId/plan/items/:itemId',
    {
      schema: {
        operationId: 'removeTripChecklistItem',
        summary: 'Remove an item from a matched trip’s checklist.',
        tags: travelTags,
        params: checklistItemParamsSchema,
        response: { 200: tripPlanSchema, ...errorResponses },
      },
    },
    async (request) =>
      removeChecklistItem(deps, requireAuth(request), request.params.ideaId, request.params.itemId),
  );
}
