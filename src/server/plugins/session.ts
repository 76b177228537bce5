/**
 * Server-side sessions. The cookie carries a random token; the database keeps
 * only its keyed hash. Every /api route is private unless its config says
 * `public: true`; private routes answer 401 to anonymous requests.
 */
import cookie from '@fastify/cookie';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  onRequestAsyncHookHandler,
} from 'fastify';
import fp from 'fastify-plugin';
import type { Route } from '../../core/private-screen';
import { DEVICE_ROUTE_HEADER } from '../../shared/limits';
import { createSessionLookup, type SessionContextRow, touchSession } from '../auth/sessions';
import type { Db } from '../db/database';
import type { AuthContext } from '../lib/auth-context';
import type { Clock } from '../lib/clock';
import { DomainError } from '../lib/errors';
import { keyedHash } from '../lib/tokens';
import { hooksOf } from './route-hooks';

export interface SessionOptions {
  db: Db;
  /** See DatabaseHandle.authEpoch: when given, session lookups are cached. */
  authEpoch?: (() => number) | undefined;
  clock: Clock;
  secret: string;
  secure: boolean;
  ttlMs: number;
}

/**
 * A person who chose "keep it on this device only" has their web app send
 * their own route in this header; it shapes only their own responses.
 */
export { DEVICE_ROUTE_HEADER };

const ROUTE_STRENGTH: Record<Route, number> = { together: 0, individual: 1, crisis: 2 };

function isRoute(value: string | null | undefined): value is Route {
  return value === 'together' || value === 'individual' || value === 'crisis';
}

/** The most protective of the routes given; unknown values are ignored. */
export function strongestRoute(values: (string | null | undefined)[]): Route {
  let route: Route = 'together';
  for (const value of values)
    if (isRoute(value) && ROUTE_STRENGTH[value] > ROUTE_STRENGTH[route]) route = value;
  return route;
}

/** The couple a session's person is in now, with a partner; null when alone. */
function coupleOf(row: SessionContextRow): AuthContext['couple'] {
  if (!row.couple_id || !row.partner_id) return null;
  return {
    id: row.couple_id,
    timeZone: row.couple_time_zone ?? row.time_zone,
    since: row.couple_created_at ?? row.user_created_at,
    partnerId: row.partner_id,
    partnerName: row.partner_name ?? '',
  };
}

/** Who is asking, from the identity query's row (and the device's own routing flag, if sent). */
export function authContextOf(row: SessionContextRow, deviceRoute?: string): AuthContext {
  const kept = row.account_route ? 'account' : row.session_route ? 'session' : 'nowhere';
  return {
    sessionId: row.session_id,
    route: strongestRoute([row.account_route, row.session_route, deviceRoute]),
    routeKept: kept,
    user: {
      id: row.user_id,
      email: row.email,
      displayName: row.display_name,
      timeZone: row.time_zone,
      createdAt: row.user_created_at,
    },
    couple: coupleOf(row),
  };
}

/** At most this many token → stored id pairs are remembered; past it the memo starts afresh. */
const HASH_MEMO_LIMIT = 20_000;

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
    /** Whether a session (by its stored id) is still valid, and the couple its person is in now. */
    checkSession(sessionId: string): Promise<{ coupleId: string | null } | null>;
  }
}

export const sessionPlugin = fp(
  async (app: FastifyInstance, options: SessionOptions) => {
    await app.register(cookie);
    const name = options.secure ? '__Host-rekindle' : 'rekindle_session';
    const hashes = new Map<string, string>();
    const cookies: SessionCookies = {
      name,
      hashToken: (token) => {
        // The stored id of a token never changes: remembered, so a request
        // costs no HMAC (a tenth of a cached read's CPU). Bounded like the
        // session cache; what it holds is only as secret as the cookies in
        // flight in this same process.
        let id = hashes.get(token);
        if (id === undefined) {
          id = keyedHash(options.secret, `session:${token}`);
          if (hashes.size >= HASH_MEMO_LIMIT) hashes.clear();
          hashes.set(token, id);
        }
        return id;
      },
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

    const lookup = createSessionLookup(options.db, options.authEpoch);

    async function resolve(
      token: string | undefined,
      deviceRoute?: string,
    ): Promise<AuthContext | null> {
      if (!token || token.length > 128) return null;
      const sessionId = cookies.hashToken(token);
      const now = options.clock.now();
      const row = await lookup.find(sessionId, now);
      if (!row) return null;
      if (now.getTime() - Date.parse(row.last_used_at) > TOUCH_INTERVAL_MS) {
        const expiresAt = new Date(now.getTime() + options.ttlMs).toISOString();
        await touchSession(options.db, sessionId, now.toISOString(), expiresAt);
        lookup.touched(sessionId, now.toISOString(), expiresAt);
      }
      return authContextOf(row, deviceRoute);
    }

    app.decorate('checkSession', async (sessionId: string) => {
      const row = await lookup.find(sessionId, options.clock.now());
      return row ? { coupleId: coupleOf(row)?.id ?? null } : null;
    });

    app.decorate('resolveAuth', async (token: string) => {
      const auth = await resolve(token);
      if (!auth) throw new DomainError('unauthenticated', 'Please log in to continue.');
      return auth;
    });

    // Each /api route carries its own check, made when the route is added: a
    // request pays for no route lookup, and other paths (the app's files, 404s) for nothing.
    // onRequest, not preHandler: an anonymous caller learns nothing about a
    // private route, not even whether its body would validate.
    app.addHook('onRoute', (route) => {
      if (!route.url.startsWith('/api/')) return;
      const isPublic = route.config?.public === true;
      const authenticate: onRequestAsyncHookHandler = async (request) => {
        const device = request.headers[DEVICE_ROUTE_HEADER];
        request.auth = await resolve(
          request.cookies[name],
          typeof device === 'string' ? device : undefined,
        );
        if (!request.auth && !isPublic) {
          throw new DomainError('unauthenticated', 'Please log in to continue.');
        }
      };
      route.onRequest = [authenticate, ...hooksOf(route.onRequest)];
    });
  },
  { name: 'session' },
);

/** The authenticated context of a private route (the preHandler guarantees it). */
export function requireAuth(request: FastifyRequest): AuthContext {
  if (!request.auth) throw new DomainError('unauthenticated', 'Please log in to continue.');
  return request.auth;
}
