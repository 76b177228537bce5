/**
 * HTTP routes for what follows a reveal (reactions and "let's talk", on deck
 * cards and on the daily question) and for a couple's own questions.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  cardParamsSchema,
  cardSchema,
  dayParamsSchema,
  dayReactionsSchema,
  ownQuestionBodySchema,
  ownQuestionParamsSchema,
  ownQuestionsSchema,
  reactionBodySchema,
  talkBodySchema,
  talkListSchema,
} from '../../../shared/decks-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { addOwnQuestion, getOwnQuestions, removeOwnQuestion } from './own-questions.service';
import {
  changeCardReaction,
  changeDayReaction,
  getDayReactions,
  getTalkList,
} from './reactions.service';

const tags = ['decks'];

export async function reactionsRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const card = { params: cardParamsSchema, response: { 200: cardSchema, ...errorResponses } };
  const day = { params: dayParamsSchema, response: { 200: dayReactionsSchema, ...errorResponses } };

  r.put(
    '/api/deck-cards/:cardId/reaction',
    {
      schema: {
        operationId: 'putCardReaction',
        summary: 'React to a revealed card (or take the reaction back with null).',
        tags,
        body: reactionBodySchema,
        ...card,
      },
    },
    async (request) =>
      changeCardReaction(deps, requireAuth(request), request.params.cardId, {
        reaction: request.body.reaction,
      }),
  );

  r.put(
    '/api/deck-cards/:cardId/talk',
    {
      schema: {
        operationId: 'putCardTalk',
        summary: 'Mark a revealed card “let’s talk about this in person”, or unmark it.',
        tags,
        body: talkBodySchema,
        ...card,
      },
    },
    async (request) =>
      changeCardReaction(deps, requireAuth(request), request.params.cardId, {
        talk: request.body.talk,
      }),
  );

  r.delete(
    '/api/deck-cards/:cardId/talk',
    {
      schema: {
        operationId: 'clearCardTalk',
        summary: 'We talked about it: clears both partners’ “let’s talk” marks on a card.',
        tags,
        ...card,
      },
    },
    async (request) =>
      changeCardReaction(deps, requireAuth(request), request.params.cardId, { clearTalk: true }),
  );

  r.get(
    '/api/questions/days/:day/reactions',
    {
      schema: {
        operationId: 'getDayReactions',
        summary: 'Reactions and “let’s talk” marks on a revealed daily question of the couple.',
        tags,
        ...day,
      },
    },
    async (request) => getDayReactions(deps, requireAuth(request), request.params.day),
  );

  r.put(
    '/api/questions/days/:day/reaction',
    {
      schema: {
        operationId: 'putDayReaction',
        summary: 'React to a revealed daily question (or take the reaction back with null).',
        tags,
        body: reactionBodySchema,
        ...day,
      },
    },
    async (request) =>
      changeDayReaction(deps, requireAuth(request), request.params.day, {
        reaction: request.body.reaction,
      }),
  );

  r.put(
    '/api/questions/days/:day/talk',
    {
      schema: {
        operationId: 'putDayTalk',
        summary: 'Mark a revealed daily question “let’s talk about this in person”, or unmark it.',
        tags,
        body: talkBodySchema,
        ...day,
      },
    },
    async (request) =>
      changeDayReaction(deps, requireAuth(request), request.params.day, {
        talk: request.body.talk,
      }),
  );

  r.delete(
    '/api/questions/days/:day/talk',
    {
      schema: {
        operationId: 'clearDayTalk',
        summary:
          'We talked about it: clears both partners’ “let’s talk” marks on a daily question.',
        tags,
        ...day,
      },
    },
    async (request) =>
      changeDayReaction(deps, requireAuth(request), request.params.day, { clearTalk: true }),
  );

  r.get(
    '/api/decks/talk',
    {
      schema: {
        operationId: 'getTalkList',
        summary:
          'What either partner wants to talk about in person, until one marks it talked about.',
        tags,
        response: { 200: talkListSchema, ...errorResponses },
      },
    },
    async (request) => getTalkList(deps, requireAuth(request)),
  );

  r.get(
    '/api/decks/own/questions',
    {
      schema: {
        operationId: 'listOwnQuestions',
        summary: 'The couple’s own questions (the person’s own, alone).',
        tags,
        response: { 200: ownQuestionsSchema, ...errorResponses },
      },
    },
    async (request) => getOwnQuestions(deps, requireAuth(request)),
  );

  r.post(
    '/api/decks/own/questions',
    {
      schema: {
        operationId: 'addOwnQuestion',
        summary: 'Add a question to the couple’s own deck.',
        tags,
        body: ownQuestionBodySchema,
        response: { 201: ownQuestionsSchema, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addOwnQuestion(deps, requireAuth(request), request.body.text)),
  );

  r.delete(
    '/api/decks/own/questions/:ownQuestionId',
    {
      schema: {
        operationId: 'removeOwnQuestion',
        summary: 'Remove an own question the person wrote.',
        tags,
        params: ownQuestionParamsSchema,
        response: { 200: ownQuestionsSchema, ...errorResponses },
      },
    },
    async (request) => removeOwnQuestion(deps, requireAuth(request), request.params.ownQuestionId),
  );
}
