/**
 * HTTP routes of the learning library. Reading, marking and searching are
 * traceless (no metrics, no access-log line): which articles a person opens
 * or marks, and what they search for, is theirs alone — even from an
 * operator who is also their partner.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  articleListQuerySchema,
  articleListSchema,
  articleParamsSchema,
  articleSchema,
  createNotebookEntryBodySchema,
  faqListSchema,
  faqQuerySchema,
  notebookEntryParamsSchema,
  notebookEntrySchema,
  notebookSchema,
  updateNotebookEntryBodySchema,
} from '../../../shared/library-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import {
  getArticle,
  listArticles,
  listFaq,
  markArticleRead,
  unmarkArticleRead,
} from './articles.service';
import { addEntry, editEntry, getNotebook, removeEntry } from './notebook.service';

const tags = ['library'];
const traceless = { traceless: true };

export async function libraryRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/articles',
    {
      config: traceless,
      schema: {
        operationId: 'listArticles',
        summary: 'The library’s articles (all, or one track’s), with my own read marks.',
        tags,
        querystring: articleListQuerySchema,
        response: { 200: articleListSchema, ...errorResponses },
      },
    },
    async (request) => listArticles(deps, requireAuth(request), request.query.track),
  );

  r.get(
    '/api/articles/:articleId',
    {
      config: traceless,
      schema: {
        operationId: 'getArticle',
        summary: 'One article, with the pages that act on it and what to read next.',
        tags,
        params: articleParamsSchema,
        response: { 200: articleSchema, ...errorResponses },
      },
    },
    async (request) => getArticle(deps, requireAuth(request), request.params.articleId),
  );

  r.put(
    '/api/articles/:articleId/read',
    {
      config: traceless,
      schema: {
        operationId: 'markArticleRead',
        summary: 'Mark an article read: for me only, never seen by my partner.',
        tags,
        params: articleParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await markArticleRead(deps, requireAuth(request), request.params.articleId);
      return reply.status(204).send(null);
    },
  );

  r.delete(
    '/api/articles/:articleId/read',
    {
      config: traceless,
      schema: {
        operationId: 'unmarkArticleRead',
        summary: 'Take my read mark off an article.',
        tags,
        params: articleParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await unmarkArticleRead(deps, requireAuth(request), request.params.articleId);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/faq',
    {
      config: traceless,
      schema: {
        operationId: 'listFaq',
        summary: 'Answers to the common questions; with `q`, those matching it, best first.',
        tags,
        querystring: faqQuerySchema,
        response: { 200: faqListSchema, ...errorResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      return listFaq(deps, request.query.q);
    },
  );

  r.get(
    '/api/notebook',
    {
      schema: {
        operationId: 'getNotebook',
        summary: 'Our “what we learned” notebook (or my own while alone), newest first.',
        tags,
        response: { 200: notebookSchema, ...errorResponses },
      },
    },
    async (request) => getNotebook(deps, requireAuth(request)),
  );

  r.post(
    '/api/notebook',
    {
      schema: {
        operationId: 'addNotebookEntry',
        summary: 'Add what we learned, optionally from an article.',
        tags,
        body: createNotebookEntryBodySchema,
        response: { 201: notebookEntrySchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const entry = await addEntry(deps, requireAuth(request), request.body);
      return reply.status(201).send(entry);
    },
  );

  r.patch(
    '/api/notebook/:entryId',
    {
      schema: {
        operationId: 'updateNotebookEntry',
        summary: 'Reword an entry I wrote.',
        tags,
        params: notebookEntryParamsSchema,
        body: updateNotebookEntryBodySchema,
        response: { 200: notebookEntrySchema, ...errorResponses },
      },
    },
    async (request) =>
      editEntry(deps, requireAuth(request), request.params.entryId, request.body.text),
  );

  r.delete(
    '/api/notebook/:entryId',
    {
      schema: {
        operationId: 'deleteNotebookEntry',
        summary: 'Remove an entry I wrote, for both of us.',
        tags,
        params: notebookEntryParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await removeEntry(deps, requireAuth(request), request.params.entryId);
      return reply.status(204).send(null);
    },
  );
}
