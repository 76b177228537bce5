/** HTTP routes of "forgot password": whether links can be sent, asking for one, using it. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { describeDevice } from '../../../core/device-label';
import { meSchema } from '../../../shared/api';
import {
  resetAvailabilitySchema,
  resetBodySchema,
  resetRequestBodySchema,
} from '../../../shared/notifications-api';
import type { ServiceDeps } from '../deps';
import { errorResponses, noContent } from '../http';
import {
  canSendResetLinks,
  RESET_MAIL_JOB,
  requestReset,
  resetMailJobSchema,
  resetMailSender,
  resetPassword,
} from './accounts.reset';
import { logOut, presentMe } from './accounts.service';

const tags = ['accounts'];

export async function resetRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const cookies = app.sessionCookies;
  deps.jobs.handle(RESET_MAIL_JOB, resetMailJobSchema, resetMailSender(deps));

  r.get(
    '/api/auth/reset',
    {
      config: { public: true },
      schema: {
        operationId: 'getPasswordReset',
        summary: 'Whether this server can email a link to choose a new password.',
        tags,
        response: { 200: resetAvailabilitySchema, ...errorResponses },
      },
    },
    async () => ({ email: canSendResetLinks(deps) }),
  );

  r.post(
    '/api/auth/reset-requests',
    {
      config: { public: true },
      schema: {
        operationId: 'requestPasswordReset',
        summary:
          'Ask for a link to choose a new password; the same answer whether or not the email has an account.',
        tags,
        body: resetRequestBodySchema,
        response: { 202: noContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await requestReset(deps, { email: request.body.email, ip: request.ip });
      return reply.status(202).send(null);
    },
  );

  r.post(
    '/api/auth/reset',
    {
      config: { public: true },
      schema: {
        operationId: 'resetPassword',
        summary:
          'Choose a new password with a link (once, within 30 minutes): every session ends, and this browser is logged in.',
        tags,
        body: resetBodySchema,
        response: { 200: meSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const session = await resetPassword(deps, cookies.hashToken, {
        token: request.body.token,
        password: request.body.password,
        device: describeDevice(request.headers['user-agent']),
      });
      // Whatever session this browser had (even someone else's) ends with the old password's.
      if (request.auth) await logOut(deps, request.auth);
      cookies.set(reply, session.token);
      return presentMe(await app.resolveAuth(session.token));
    },
  );
}
