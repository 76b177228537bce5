/**
 * How long and how much the HTTP server accepts from one client, in one place.
 * The live event stream (GET /api/events, a heartbeat every 25 s) must outlive
 * every timeout here: requestTimeout and headersTimeout end once a request has
 * been received, and connectionTimeout is an idle timer that the heartbeat resets.
 */
import { createServer, type Server } from 'node:http';
import type { FastifyServerFactoryHandler } from 'fastify';
import { sendErrorResponse } from './error-reply';

export interface HttpLimits {
  /** Time to receive a whole request, headers and body; a slower one gets 408. */
  requestTimeoutMs: number;
  /** Time to receive the headers; capped at requestTimeoutMs (Node refuses more). */
  headersTimeoutMs: number;
  /** How often Node looks for requests past those two timeouts. */
  timeoutCheckIntervalMs: number;
  /** An idle socket (nothing read or written) is closed; must exceed the SSE heartbeat. */
  connectionTimeoutMs: number;
  /** An idle keep-alive socket between requests is closed; above a proxy's usual 60 s. */
  keepAliveTimeoutMs: number;
  /** Open sockets at once; further ones are closed on accept. */
  maxConnections: number;
  /** Request line plus headers, in bytes; more is 431. */
  maxHeaderSize: number;
  /** Longest path parameter; more is 414. Ids are at most 64 characters. */
  maxParamLength: number;
}

export const defaultHttpLimits: Readonly<HttpLimits> = {
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 20_000,
  timeoutCheckIntervalMs: 1_000,
  connectionTimeoutMs: 60_000,
  keepAliveTimeoutMs: 72_000,
  maxConnections: 1_000,
  maxHeaderSize: 16 * 1024,
  maxParamLength: 100,
};

/** The limits, with any overrides (tests shorten the timeouts). */
export function httpLimits(overrides: Partial<HttpLimits> = {}): HttpLimits {
  const limits = { ...defaultHttpLimits, ...overrides };
  return {
    ...limits,
    headersTimeoutMs: Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs),
  };
}

/** The Fastify options that apply the limits; the server factory sets what Fastify has no option for. */
export function httpServerOptions(limits: HttpLimits) {
  return {
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.connectionTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    routerOptions: { maxParamLength: limits.maxParamLength },
    // With a factory Fastify applies none of the timeouts above itself, so it is done here.
    serverFactory: (handler: FastifyServerFactoryHandler): Server => {
      const server = createServer(
        {
          requestTimeout: limits.requestTimeoutMs,
          headersTimeout: limits.headersTimeoutMs,
          connectionsCheckingInterval: limits.timeoutCheckIntervalMs,
          keepAliveTimeout: limits.keepAliveTimeoutMs,
          maxHeaderSize: limits.maxHeaderSize,
          // Node answers a missing Host with an empty 400; the errors plugin answers in the one shape.
          requireHostHeader: false,
        },
        handler,
      );
      server.setTimeout(limits.connectionTimeoutMs);
      server.maxConnections = limits.maxConnections;
      // An `Expect:` other than 100-continue: Node would answer an empty 417.
      server.on('checkExpectation', (_request, response) =>
        sendErrorResponse(
          response,
          417,
          'expectation_failed',
          'The Expect header is not supported.',
          { connection: 'close' },
        ),
      );
      return server;
    },
  };
}
