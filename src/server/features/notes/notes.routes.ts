/** HTTP routes of appreciation notes. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  noteBodySchema,
  noteParamsSchema,
  notesQuerySchema,
  receivedNoteSchema,
  receivedNotesSchema,
  sentNoteSchema,
  sentNotesSchema,
} from '../../../shared/notes-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { startNoteDelivery } from './notes.delivery';
import { getReceivedNotes, getSentNotes, markNoteRead, sendNote } from './notes.service';

const tags = ['appreciation notes'];
const PAGE = 20;

export async function notesRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const delivery = startNoteDelivery(deps, (error) =>
    app.log.error({ err: error }, 'note delivery failed; retrying within a minute'),
  );
  app.addHook('onClose', () => delivery.stop());

  r.post(
    '/api/notes',
    {
      // A note left to be found stays a surprise even for a partner who runs the server:
      // no metric and no log line says a note was written.
      config: { traceless: true },
      schema: {
        operationId: 'sendNote',
        summary: 'Send my partner a note, now or hidden until a chosen time.',
        tags,
        body: noteBodySchema,
        response: { 201: sentNoteSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const sent = await sendNote(deps, requireAuth(request), request.body, delivery.wake);
      return reply.code(201).send(sent);
    },
  );

  r.get(
    '/api/notes',
    {
      schema: {
        operationId: 'listReceivedNotes',
        summary: 'The notes my partner left me whose time has come, newest first.',
        tags,
        querystring: notesQuerySchema,
        response: { 200: receivedNotesSchema, ...errorResponses },
      },
    },
    async (request) =>
      getReceivedNotes(deps, requireAuth(request), {
        before: request.query.before,
        limit: request.query.limit ?? PAGE,
      }),
  );

  r.get(
    '/api/notes/sent',
    {
      schema: {
        operationId: 'listSentNotes',
        summary: 'The notes I wrote, newest first, with those still waiting to be found.',
        tags,
        querystring: notesQuerySchema,
        response: { 200: sentNotesSchema, ...errorResponses },
      },
    },
    async (request) =>
      getSentNotes(deps, requireAuth(request), {
        before: request.query.before,
        limit: request.query.limit ?? PAGE,
      }),
  );

  r.put(
    '/api/notes/:noteId/read',
    {
      // Whether a note was opened is the recipient's alone: no read receipt, not even in the logs.
      config: { traceless: true },
      schema: {
        operationId: 'markNoteRead',
        summary: 'Mark a note I received as read (seen by nobody else).',
        tags,
        params: noteParamsSchema,
        response: { 200: receivedNoteSchema, ...errorResponses },
      },
    },
    async (request) => markNoteRead(deps, requireAuth(request), request.params.noteId),
  );
}
