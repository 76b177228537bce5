/**
 * Prometheus metrics: request counts and latency histograms by route.
 *
 * They are not served to the public: main.ts serves them on a separate
 * listener bound to loopback, and GET /metrics on the app's own port exists
 * only when the operator sets a bearer token. Routes whose very use is private
 * (the private screen, the support contacts) say `traceless: true` (declared
 * in access-log.ts) and are not counted at all, so no counter can tell a
 * partner they were used.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { DomainError } from '../lib/errors';
import './access-log';

export interface MetricsOptions {
  defaultMetrics: boolean;
  /** When set, GET /metrics on the app's port answers to `Authorization: Bearer <token>`. */
  token?: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's metrics, for a listener of the operator's choosing. */
    metricsRegistry: Registry;
  }
}

function bearerMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.startsWith('Bearer ') ? header.slice(7) : '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

export const metricsPlugin = fp(
  async (app: FastifyInstance, options: MetricsOptions) => {
    const registry = new Registry();
    if (options.defaultMetrics) collectDefaultMetrics({ register: registry });
    const duration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency in seconds, by method, route and status',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    app.decorate('metricsRegistry', registry);

    // One child per (method, route, status), made once: no label objects per request.
    const children = new Map<string, ReturnType<typeof duration.labels>>();
    app.addHook('onResponse', (request, reply, done) => {
      // One read of routeOptions: Fastify builds a new object on every access.
      const options = request.routeOptions;
      if (options.config.traceless === true) return done();
      const route = options.url ?? 'unmatched';
      const key = `${request.method} ${reply.statusCode} ${route}`;
      let child = children.get(key);
      if (!child) {
        child = duration.labels(request.method, route, String(reply.statusCode));
        children.set(key, child);
      }
      child.observe(reply.elapsedTime / 1000);
      done();
    });

    const token = options.token;
    if (!token) return;
    app.get(
      '/metrics',
      { schema: { hide: true }, config: { public: true, traceless: true } },
      async (request, reply) => {
        if (!bearerMatches(request.headers.authorization, token)) {
          reply.header('www-authenticate', 'Bearer');
          throw new DomainError('unauthenticated', 'Metrics need the operator’s token.');
        }
        reply.header('content-type', registry.contentType).header('cache-control', 'no-store');
        return registry.metrics();
      },
    );
  },
  { name: 'metrics' },
);
