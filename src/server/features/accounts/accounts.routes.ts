/** HTTP routes of accounts and sessions: schema in, service call, presenter out. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeDevice } from '../../../core/device-label';
import {
  changePasswordBodySchema,
  deleteMeBodySchema,
  loginBodySchema,
  meSchema,
  sessionListSchema,
  sessionStateSchema,
  signupBodySchema,
  updateMeBodySchema,
} from '../../../shared/api';
import { CLEAR_SITE_DATA } from '../../plugins/security';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import {
  changePassword,
  deleteAccount,
  endOtherSessions,
  endSession,
  getSessions,
  joinAfterSignUp,
  logIn,
  logOut,
  presentMe,
  signUp,
  updateMe,
} from './accounts.service';

const sessionIdParams = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a valid id'),
});
const tags = ['accounts'];

function device(request: FastifyRequest): string {
  return describeDevice(request.headers['user-agent']);
}

export async function accountsRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookies = app.sessionCookies;

  r.post(
    '/api/auth/signup',
    {
      config: { public: true },
      schema: {
        operationId: 'signUp',
        summary:
          'Create an account and log in; with an invite code that still works, join the inviter too.',
        tags,
        body: signupBodySchema,
        response: { 201: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { inviteCode, ...body } = request.body;
      const timeZone = body.timeZone ?? 'UTC';
      const session = await signUp(deps, cookies.hashToken, {
        ...body,
        timeZone,
        ip: request.ip,
        device: device(request),
      });
      cookies.set(reply, session.token);
      reply.status(201);
      const auth = await app.resolveAuth(session.token);
      if (inviteCode === undefined) return presentMe(auth);
      // Linked when the invite still works; otherwise the account is simply on its own
      // (`couple: null` tells the web to say so kindly). The account exists and is
      // logged in either way: a join that failed for another reason is logged, and
      // the person can try again from the join page.
      const joined = await joinAfterSignUp(deps, auth, inviteCode).catch((error: unknown) => {
        request.log.error({ err: error }, 'joining after sign-up failed');
        return false;
      });
      return presentMe(joined ? await app.resolveAuth(session.token) : auth);
    },
  );

  r.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        operationId: 'logIn',
        summary: 'Log in with email and password, ending any session this browser had.',
        tags,
        body: loginBodySchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = await logIn(deps, cookies.hashToken, {
        ...request.body,
        ip: request.ip,
        device: device(request),
      });
      // Rotation: whatever session this browser had before is ended.
      if (request.auth) await logOut(deps, request.auth);
      cookies.set(reply, session.token);
      const me = await app.resolveAuth(session.token);
      return presentMe(me);
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { public: true },
      schema: {
        operationId: 'logOut',
        summary: 'Log out of this session.',
        tags,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (request.auth) await logOut(deps, request.auth);
      cookies.clear(reply);
      reply.header('clear-site-data', CLEAR_SITE_DATA);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/session',
    {
      // Every visitor's first question ("am I logged in?"): answered, not refused.
      config: { public: true },
      schema: {
        operationId: 'getSession',
        summary: 'Who this browser is logged in as: the person and their couple, or null.',
        tags,
        response: { 200: sessionStateSchema, ...errorResponses },
      },
    },
    async (request) => ({ me: request.auth ? presentMe(request.auth) : null }),
  );

  r.get(
    '/api/me',
    {
      schema: {
        operationId: 'getMe',
        summary: 'The logged-in person and their couple.',
        tags,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => presentMe(requireAuth(request)),
  );

  r.patch(
    '/api/me',
    {
      schema: {
        operationId: 'updateMe',
        summary: 'Change the display name or time zone.',
        tags,
        body: updateMeBodySchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request) => presentMe(await updateMe(deps, requireAuth(request), request.body)),
  );

  r.delete(
    '/api/me',
    {
      schema: {
        operationId: 'deleteMe',
        summary: 'Delete the account (needs the password).',
        tags,
        body: deleteMeBodySchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await deleteAccount(deps, requireAuth(request), request.body.password, request.ip);
      cookies.clear(reply);
      reply.header('clear-site-data', CLEAR_SITE_DATA);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/password',
    {
      schema: {
        operationId: 'changePassword',
        summary: 'Change the password.',
        tags,
        body: changePasswordBodySchema,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await changePassword(deps, requireAuth(request), { ...request.body, ip: request.ip });
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/auth/sessions',
    {
      schema: {
        operationId: 'listSessions',
        summary: 'The account’s open sessions.',
        tags,
        response: { 200: sessionListSchema, ...errorResponses },
      },
    },
    async (request) => ({ sessions: await getSessions(deps, requireAuth(request)) }),
  );

  r.delete(
    '/api/auth/sessions/:id',
    {
      schema: {
        operationId: 'endSession',
        summary: 'End one of the account’s sessions.',
        tags,
        params: sessionIdParams,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      await endSession(deps, auth, request.params.id);
      if (request.params.id === auth.sessionId) {
        cookies.clear(reply);
        reply.header('clear-site-data', CLEAR_SITE_DATA);
      }
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/sessions/revoke-others',
    {
      schema: {
        operationId: 'endOtherSessions',
        summary: 'End every session but this one.',
        tags,
        response: { 204: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await endOtherSessions(deps, requireAuth(request));
      return reply.status(204).send(null);
    },
  );
}
