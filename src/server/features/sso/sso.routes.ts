/**
 * Single sign-on routes. Both steps are browser navigations answered with
 * redirects; without OIDC settings they answer 404, as an unknown path does.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { describeDevice } from '../../../core/device-label';
import {
  knownTimeZone,
  type SsoFailure,
  ssoCallbackQuerySchema,
  ssoSettingsSchema,
  ssoStartQuerySchema,
} from '../../../shared/sso-api';
import { notFound } from '../../lib/errors';
import { logOut } from '../accounts/accounts.queries';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { createSsoClient } from './sso.client';
import { FLOW_TTL_MS, openFlow, sealFlow } from './sso.cookie';
import { signInWithIdentity } from './sso.service';

const tags = ['single sign-on'];
const FLOW_PATH = '/api/auth/sso';
const redirect = z.null().describe('A redirect (see the Location header)');
/** Where an account made by this sign-in lands first: the web's "What should we call you?" step. */
const NEW_ACCOUNT_PATH = '/welcome/name';

export async function ssoRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sso = deps.sso ?? null;
  const redirectUri = `${deps.publicUrl}${FLOW_PATH}/callback`;
  const client = sso ? createSsoClient(sso, redirectUri) : null;
  const secure = deps.publicUrl.startsWith('https://');
  const flowCookie = secure ? '__Secure-rekindle_sso' : 'rekindle_sso';
  const cookieOptions = { path: FLOW_PATH, httpOnly: true, sameSite: 'lax', secure } as const;
  // Checked before the query is: without settings, these paths do not exist.
  const onlyWhenConfigured = async (): Promise<void> => {
    if (!client) throw notFound();
  };
  const backToLogin = (reply: FastifyReply, reason: SsoFailure) =>
    reply.clearCookie(flowCookie, cookieOptions).redirect(`/login?sso=${reason}`, 303);
  const device = (request: FastifyRequest) => describeDevice(request.headers['user-agent']);

  r.get(
    FLOW_PATH,
    {
      config: { public: true },
      schema: {
        operationId: 'getSsoSettings',
        summary: 'Whether single sign-on is offered, and the name on its button.',
        tags,
        response: { 200: ssoSettingsSchema, ...errorResponses },
      },
    },
    async () => ({ sso: sso ? { name: sso.name } : null }),
  );

  r.get(
    `${FLOW_PATH}/start`,
    {
      config: { public: true },
      onRequest: onlyWhenConfigured,
      schema: {
        operationId: 'startSso',
        summary: 'Send the browser to the single sign-on provider (PKCE, state and nonce).',
        tags,
        querystring: ssoStartQuerySchema,
        response: { 303: redirect, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!client) throw notFound();
      let begun: Awaited<ReturnType<typeof client.begin>>;
      try {
        begun = await client.begin();
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on provider unreachable');
        return backToLogin(reply, 'unavailable');
      }
      const { url, ...checks } = begun;
      const sealed = sealFlow(deps.secret, {
        ...checks,
        timeZone: knownTimeZone(request.query.timeZone),
        expiresAt: deps.clock.now().getTime() + FLOW_TTL_MS,
      });
      reply.setCookie(flowCookie, sealed, {
        ...cookieOptions,
        maxAge: Math.floor(FLOW_TTL_MS / 1000),
      });
      return reply.header('cache-control', 'no-store').redirect(url, 303);
    },
  );

  r.get(
    `${FLOW_PATH}/callback`,
    {
      config: { public: true },
      onRequest: onlyWhenConfigured,
      schema: {
        operationId: 'finishSso',
        summary:
          'Where the provider sends the browser back: checks its answer, links or creates the account by verified email, and logs in. A new account goes on to choose its name; any other to the app.',
        tags,
        querystring: ssoCallbackQuerySchema,
        response: { 303: redirect, ...errorResponses },
      },
    },
    async (request, reply) => {
      if (!client) throw notFound();
      reply.header('cache-control', 'no-store');
      const flow = openFlow(deps.secret, request.cookies[flowCookie], deps.clock.now());
      if (!flow) return backToLogin(reply, 'expired');
      if (request.query.error !== undefined) return backToLogin(reply, 'failed');
      const callbackUrl = new URL(redirectUri);
      callbackUrl.search = new URL(request.url, 'http://callback.invalid').search;
      let identity: Awaited<ReturnType<typeof client.finish>>;
      try {
        identity = await client.finish(callbackUrl, flow);
      } catch (error) {
        request.log.warn({ err: error }, 'single sign-on answer refused');
        return backToLogin(reply, 'failed');
      }
      const outcome = await signInWithIdentity(deps, app.sessionCookies.hashToken, identity, {
        timeZone: flow.timeZone,
        device: device(request),
      });
      if (!outcome.ok) return backToLogin(reply, outcome.reason);
      // As at log-in: whatever session this browser had before is ended.
      if (request.auth) await logOut(deps, request.auth);
      app.sessionCookies.set(reply, outcome.session.token);
      return reply
        .clearCookie(flowCookie, cookieOptions)
        .redirect(outcome.created ? NEW_ACCOUNT_PATH : '/', 303);
    },
  );
}
