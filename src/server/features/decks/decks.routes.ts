/** HTTP routes of the decks: browsing, drawing, one card, and keeping answers from sitting together. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  cardAnswerBodySchema,
  cardParamsSchema,
  cardSchema,
  deckDetailSchema,
  deckPageQuerySchema,
  deckParamsSchema,
  decksSchema,
  drawBodySchema,
  nextQuestionQuerySchema,
  nextQuestionSchema,
  togetherBodySchema,
} from '../../../shared/decks-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import { answerCard, getCard, putBackCard, skipCard, unskipCard } from './card.service';
import { drawCard, getDeck, listDecks, proposeQuestion } from './decks.service';
import { keepTogether } from './together.service';

const tags = ['decks'];

export async function decksRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/decks',
    {
      schema: {
        operationId: 'listDecks',
        summary: 'The decks with the couple’s shared activity in each, and the cards still open.',
        tags,
        response: { 200: decksSchema, ...errorResponses },
      },
    },
    async (request) => listDecks(deps, requireAuth(request)),
  );

  r.get(
    '/api/decks/:deckId',
    {
      schema: {
        operationId: 'getDeck',
        summary: 'One deck and the cards drawn from it, newest first, a page at a time.',
        tags,
        params: deckParamsSchema,
        querystring: deckPageQuerySchema,
        response: { 200: deckDetailSchema, ...errorResponses },
      },
    },
    async (request) =>
      getDeck(deps, requireAuth(request), request.params.deckId, {
        before: request.query.before,
        limit: request.query.limit,
      }),
  );

  r.post(
    '/api/decks/:deckId/draw',
    {
      schema: {
        operationId: 'drawCard',
        summary: 'Draw the next card of a deck, of the chosen depth or any; both partners see it.',
        tags,
        params: deckParamsSchema,
        body: drawBodySchema.optional(),
        response: { 201: cardSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const card = await drawCard(
        deps,
        requireAuth(request),
        request.params.deckId,
        request.body?.depth ?? null,
      );
      return reply.status(201).send(card);
    },
  );

  r.get(
    '/api/decks/:deckId/next',
    {
      schema: {
        operationId: 'proposeQuestion',
        summary: 'A question to talk about side by side, without drawing it; nothing is stored.',
        tags,
        params: deckParamsSchema,
        querystring: nextQuestionQuerySchema,
        response: { 200: nextQuestionSchema, ...errorResponses },
      },
    },
    async (request) =>
      proposeQuestion(
        deps,
        requireAuth(request),
        request.params.deckId,
        request.query.depth ?? null,
        request.query.offset ?? 0,
      ),
  );

  r.post(
    '/api/deck-cards/together',
    {
      schema: {
        operationId: 'keepTogetherCard',
        summary:
          'Keep answers written side by side on this device, once both partners agreed, as a revealed card.',
        tags,
        body: togetherBodySchema,
        response: { 201: cardSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await keepTogether(deps, requireAuth(request), request.body)),
  );

  r.get(
    '/api/deck-cards/:cardId',
    {
      schema: {
        operationId: 'getCard',
        summary: 'One card and the answers the person may see.',
        tags,
        params: cardParamsSchema,
        response: { 200: cardSchema, ...errorResponses },
      },
    },
    async (request) => getCard(deps, requireAuth(request), request.params.cardId),
  );

  r.delete(
    '/api/deck-cards/:cardId',
    {
      schema: {
        operationId: 'putBackCard',
        summary: 'Put a card back into its deck, while nobody has answered it.',
        tags,
        params: cardParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await putBackCard(deps, requireAuth(request), request.params.cardId);
      return reply.status(204).send(null);
    },
  );

  r.put(
    '/api/deck-cards/:cardId/answer',
    {
      schema: {
        operationId: 'putCardAnswer',
        summary: 'Write or replace the person’s answer to a card (locked once both have answered).',
        tags,
        params: cardParamsSchema,
        body: cardAnswerBodySchema,
        response: { 200: cardSchema, ...errorResponses },
      },
    },
    async (request) =>
      answerCard(deps, requireAuth(request), request.params.cardId, request.body.text),
  );

  r.put(
    '/api/deck-cards/:cardId/skip',
    {
      // A skip is never observable by the partner, even one who runs the server: no metrics, no log line.
      config: { traceless: true },
      schema: {
        operationId: 'skipCard',
        summary: 'Set a card aside (“not now”); only the person ever knows.',
        tags,
        params: cardParamsSchema,
        response: { 200: cardSchema, ...errorResponses },
      },
    },
    async (request) => skipCard(deps, requireAuth(request), request.params.cardId),
  );

  r.delete(
    '/api/deck-cards/:cardId/skip',
    {
      // A skip is never observable by the partner, even one who runs the server: no metrics, no log line.
      config: { traceless: true },
      schema: {
        operationId: 'unskipCard',
        summary: 'Take back a “not now” on a card.',
        tags,
        params: cardParamsSchema,
        response: { 200: cardSchema, ...errorResponses },
      },
    },
    async (request) => unskipCard(deps, requireAuth(request), request.params.cardId),
  );
}
