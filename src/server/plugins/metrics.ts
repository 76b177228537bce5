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
import type { FastifyInstance, FastifyReply, onResponseHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { DomainError } from '../lib/errors';
import './access-log';
import { hooksOf } from './route-hooks';

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
    type Child = ReturnType<typeof duration.labels>;
    /** Observes the requests of one route pattern, keeping its children by method and status. */
    const counterOf = (route: string) => {
      const children = new Map<string, Map<number, Child>>();
      return (method: string, reply: FastifyReply) => {
        let byStatus = children.get(method);
        if (!byStatus) {
          byStatus = new Map();
          children.set(method, byStatus);
        }
        let child = byStatus.get(reply.statusCode);
        if (!child) {
          child = duration.labels(method, route, String(reply.statusCode));
          byStatus.set(reply.statusCode, child);
        }
        child.observe(reply.elapsedTime / 1000);
      };
    };
    // Each route counts its own requests, its pattern in hand (route-hooks.ts).
    app.addHook('onRoute', (route) => {
      if (route.config?.traceless === true) return;
      const count = counterOf(route.url);
      const hook: onResponseHookHandler = (request, reply, done) => {
        count(request.method, reply);
        done();
      };
      route.onResponse = [...hooksOf(route.onResponse), hook];
    });
    // What matched no route is counted too, under one name (never its URL).
    const unmatched = counterOf('unmatched');
    app.addHook('onResponse', (request, reply, done) => {
      if (request.is404) unmatched(request.method, reply);
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
