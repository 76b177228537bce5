/**
 * The access log: what a request log line costs and what it is worth
 * (docs/decisions/0009-request-logs.md).
 *
 * At the default `LOG_LEVEL=info` a request leaves a line only when it was
 * slow (≥ SLOW_REQUEST_MS, at `warn`); failures are logged by the errors
 * plugin. At `debug` every request leaves one lean line: method, route
 * pattern (never the URL, which can carry an invite code), status and
 * milliseconds. A reverse proxy in front keeps the full access log when an
 * operator wants one.
 *
 * Routes whose very use is private say `traceless: true` and leave no line
 * at any level, as they leave no count in the metrics: on a self-hosted
 * server the operator may be the partner.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, onResponseHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { hooksOf } from './route-hooks';

/** A request slower than this is logged at `warn` whatever the level. */
export const SLOW_REQUEST_MS = 1000;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** True for routes whose use must leave no trace: no metrics, no access log. */
    traceless?: boolean;
  }
}

function line(route: string, request: FastifyRequest, reply: FastifyReply) {
  return {
    method: request.method,
    route,
    status: reply.statusCode,
    ms: Math.round(reply.elapsedTime * 10) / 10,
  };
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

/** Whether a logger at `current` writes lines at `wanted` ('silent' and unknown levels write none). */
function writes(current: string, wanted: string): boolean {
  const at = LEVELS.indexOf(current);
  return at >= 0 && at <= LEVELS.indexOf(wanted);
}

export const accessLogPlugin = fp(
  async (app: FastifyInstance) => {
    const everyRequest = writes(app.log.level, 'debug');
    const slowOnes = writes(app.log.level, 'warn');
    if (!everyRequest && !slowOnes) return;
    /** Writes the line of a request to one route pattern, when one is due. */
    const loggerOf = (route: string) => (request: FastifyRequest, reply: FastifyReply) => {
      if (everyRequest) request.log.debug(line(route, request, reply), 'request');
      else if (reply.elapsedTime >= SLOW_REQUEST_MS)
        request.log.warn(line(route, request, reply), 'slow request');
    };
    // Each route logs its own requests, its pattern in hand (route-hooks.ts).
    app.addHook('onRoute', (route) => {
      if (route.config?.traceless === true) return;
      const log = loggerOf(route.url);
      const hook: onResponseHookHandler = (request, reply, done) => {
        log(request, reply);
        done();
      };
      route.onResponse = [...hooksOf(route.onResponse), hook];
    });
    // What matched no route is logged under one name (never its URL).
    const unmatched = loggerOf('unmatched');
    app.addHook('onResponse', (request, reply, done) => {
      if (request.is404) unmatched(request, reply);
      done();
    });
  },
  { name: 'access-log' },
);
