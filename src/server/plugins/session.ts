/**
 * Server-side sessions. The cookie carries a random token; the database keeps
 * only its keyed hash. Every /api route is private unless its config says
 * `public: true`; private routes answer 401 to anonymous requests.
 */
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Db } from '../db/database';
import { findSessionContext, touchSession } from '../features/accounts/session.repository';
import type { AuthContext } from '../lib/auth-context';
import type { Clock } from '../lib/clock';
import { DomainError } from '../lib/errors';
import { keyedHash } from '../lib/tokens';

export interface SessionOptions {
  db: Db;
  clock: Clock;
  secret: string;
  secure: boolean;
  ttlMs: number;
}

/** last_used_at is refreshed at most this often, so reads stay reads. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface SessionCookies {
  name: string;
  hashToken(token: string): string;
  set(reply: FastifyReply, token: string): void;
  clear(reply: FastifyReply): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    sessionCookies: SessionCookies;
    /** The auth context of a session token that was just issued. */
    resolveAuth(token: string): Promise<AuthContext>;
  }
}

export const sessionPlugin = fp(
  async (app: FastifyInstance, options: SessionOptions) => {
    await app.register(cookie);
    const name = options.secure ? '__Host-rekindle' : 'rekindle_session';
    const cookies: SessionCookies = {
      name,
      hashToken: (token) => keyedHash(options.secret, `session:${token}`),
      set: (reply, token) => {
        reply.setCookie(name, token, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: options.secure,
          maxAge: Math.floor(options.ttlMs / 1000),
        });
      },
      clear: (reply) => {
        reply.clearCookie(name, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: options.secure,
        });
      },
    };
    app.decorate('sessionCookies', cookies);
    app.decorateRequest('auth', null);

    async function resolve(token: string | undefined): Promise<AuthContext | null> {
      if (!token || token.length > 128) return null;
      const sessionId = cookies.hashToken(token);
      const now = options.clock.now();
      const row = await findSessionContext(options.db, sessionId, now.toISOString());
      if (!row) return null;
      if (now.getTime() - Date.parse(row.last_used_at) > TOUCH_INTERVAL_MS) {
        await touchSession(
          options.db,
          sessionId,
          now.toISOString(),
          new Date(now.getTime() + options.ttlMs).toISOString(),
        );
      }
      return {
        sessionId,
        user: {
          id: row.user_id,
          email: row.email,
          displayName: row.display_name,
          timeZone: row.time_zone,
          createdAt: row.user_created_at,
        },
        couple:
          row.couple_id && row.partner_id
            ? {
                id: row.couple_id,
                timeZone: row.couple_time_zone ?? row.time_zone,
                since: row.couple_created_at ?? row.user_created_at,
                partnerId: row.partner_id,
                partnerName: row.partner_name ?? '',
              }
            : null,
      };
    }

    // onRequest, not preHandler: an anonymous caller learns nothing about a
    // private route, not even whether its body would validate.
    app.decorate('resolveAuth', async (token: string) => {
      const auth = await resolve(token);
      if (!auth) throw new DomainError('unauthenticated', 'Please log in to continue.');
      return auth;
    });

    app.addHook('onRequest', async (request) => {
      if (request.is404 || !request.url.startsWith('/api/')) return;
      request.auth = await resolve(request.cookies[name]);
      if (!request.auth && request.routeOptions.config.public !== true) {
        throw new DomainError('unauthenticated', 'Please log in to continue.');
      }
    });
  },
  { name: 'session' },
);

/** The authenticated context of a private route (the preHandler guarantees it). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new DomainError('unauthenticated', 'Please log in to continue.');
  return request.auth;
}
