/** HTTP routes of the couple: invite, join, settings, unlink. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  coupleNoticeParamsSchema,
  coupleNoticeResponseSchema,
  coupleSchema,
  invitePreviewBodySchema,
  invitePreviewSchema,
  inviteSchema,
  joinBodySchema,
  updateCoupleBodySchema,
} from '../../../shared/api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import {
  createInvite,
  dismissOwnNotice,
  getNotice,
  joinWithInvite,
  presentCouple,
  previewInvite,
  requireCouple,
  setCoupleTimeZone,
  unlinkCouple,
} from './couple.service';

const tags = ['couple'];

export async function coupleRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/couple/invites',
    {
      schema: {
        operationId: 'createInvite',
        summary: 'Create an invite code for a partner.',
        tags,
        response: { 201: inviteSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return createInvite(deps, requireAuth(request));
    },
  );

  // A POST, not a GET with the code in the path: an invite code never lands in
  // an access log or a browser history entry of its own.
  r.post(
    '/api/couple/invites/preview',
    {
      config: { public: true },
      schema: {
        operationId: 'previewInvite',
        summary: 'Who sent an invite (their display name only), before accepting it.',
        tags,
        body: invitePreviewBodySchema,
        response: { 200: invitePreviewSchema, ...errorResponses },
      },
    },
    async (request) =>
      previewInvite(
        deps,
        request.auth ? { userId: request.auth.user.id } : { ip: request.ip },
        request.body.code,
      ),
  );

  r.post(
    '/api/couple/join',
    {
      schema: {
        operationId: 'joinCouple',
        summary: 'Join a partner with their invite code.',
        tags,
        body: joinBodySchema,
        response: { 200: coupleSchema, ...errorResponses },
      },
    },
    async (request) => joinWithInvite(deps, requireAuth(request), request.body.code),
  );

  r.get(
    '/api/couple',
    {
      schema: {
        operationId: 'getCouple',
        summary: 'The couple the person is in.',
        tags,
        response: { 200: coupleSchema, ...errorResponses },
      },
    },
    async (request) => presentCouple(requireCouple(requireAuth(request))),
  );

  r.patch(
    '/api/couple',
    {
      schema: {
        operationId: 'updateCouple',
        summary: 'Change the couple’s time zone.',
        tags,
        body: updateCoupleBodySchema,
        response: { 200: coupleSchema, ...errorResponses },
      },
    },
    async (request) => setCoupleTimeZone(deps, requireAuth(request), request.body.timeZone),
  );

  r.post(
    '/api/couple/unlink',
    {
      schema: {
        operationId: 'unlinkCouple',
        summary: 'Leave the couple.',
        tags,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await unlinkCouple(deps, requireAuth(request));
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/couple/notice',
    {
      schema: {
        operationId: 'getCoupleNotice',
        summary: 'The note waiting for this person: they were linked, or their partner unlinked.',
        tags,
        response: { 200: coupleNoticeResponseSchema, ...errorResponses },
      },
    },
    async (request) => getNotice(deps, requireAuth(request)),
  );

  r.delete(
    '/api/couple/notice/:kind',
    {
      schema: {
        operationId: 'dismissCoupleNotice',
        summary: 'Dismiss this person’s own note of this kind.',
        tags,
        params: coupleNoticeParamsSchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await dismissOwnNotice(deps, requireAuth(request), request.params.kind);
      return reply.status(204).send(null);
    },
  );
}
