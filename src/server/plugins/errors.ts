/**
 * One error shape for every failure: { error: { code, message } }.
 * Domain errors keep their code; framework errors get stable codes; a 5xx
 * never carries internals. Errors Node meets on the socket, before Fastify
 * has a request, are written raw in the same shape (clientErrorHandler).
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type {
  ConnectionError,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import fp from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
import { errorJson } from '../lib/error-reply';
import { DomainError } from '../lib/errors';

interface Mapped {
  status: number;
  code: string;
  message: string;
}

const frameworkCodes: Record<string, Mapped> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is empty.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'The request body is too large.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send JSON with content-type application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'bad_request',
    message: 'The request is malformed.',
  },
  FST_ERR_BAD_URL: {
    status: 400,
    code: 'bad_request',
    message: 'The address is not valid.',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    status: 414,
    code: 'uri_too_long',
    message: 'The address is too long.',
  },
};

const internalError: Mapped = {
  status: 500,
  code: 'internal_error',
  message: 'Something went wrong on our side.',
};

/** Node's socket-level errors (llhttp codes and the request timeout). */
const socketCodes: Record<string, Mapped> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'request_timeout',
    message: 'The request took too long to arrive.',
  },
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: 'headers_too_large',
    message: 'The request headers are too large.',
  },
  HPE_CHUNK_EXTENSIONS_OVERFLOW: {
    status: 413,
    code: 'payload_too_large',
    message: 'The request body is too large.',
  },
};
const malformed: Mapped = {
  status: 400,
  code: 'bad_request',
  message: 'The request is malformed.',
};

const missingHost: Mapped = {
  status: 400,
  code: 'bad_request',
  message: 'The request has no Host header.',
};
const unavailable: Mapped = {
  status: 503,
  code: 'unavailable',
  message: 'The server is restarting. Please try again in a moment.',
};

class MappedError extends Error {
  constructor(readonly mapped: Mapped) {
    super(mapped.message);
    this.name = 'MappedError';
  }
}

function mapError(error: FastifyError): Mapped {
  if (error instanceof MappedError) return error.mapped;
  if (error instanceof DomainError)
    return { status: error.status, code: error.code, message: error.message };
  if (hasZodFastifySchemaValidationErrors(error)) {
    const first = error.validation[0];
    const where = first?.instancePath
      ? ` (${first.instancePath.replace(/^\//, '').replace(/\//g, '.')})`
      : '';
    return {
      status: 400,
      code: 'validation_failed',
      message: `The request is not valid${where}: ${first?.message ?? 'check the fields'}.`,
    };
  }
  if (isResponseSerializationError(error)) return internalError;
  const known = error.code ? frameworkCodes[error.code] : undefined;
  if (known) return known;
  const status = error.statusCode ?? 500;
  if (status === 429)
    return { status, code: 'rate_limited', message: 'Too many attempts. Please wait a moment.' };
  if (status >= 400 && status < 500)
    return { status, code: 'bad_request', message: 'The request is not valid.' };
  return internalError;
}

function shape(mapped: Mapped): { error: { code: string; message: string } } {
  return { error: { code: mapped.code, message: mapped.message } };
}

/** The socket with the response in flight, as Node's own fallback checks it. */
interface ClientSocket extends Socket {
  _httpMessage?: { headersSent: boolean } | null;
}

/**
 * Fastify's clientErrorHandler: answers a request Node could not parse or
 * receive in time, then closes the socket. Nothing is written once a
 * response has begun (as in Node's own fallback).
 */
export function clientErrorHandler(
  this: FastifyInstance,
  error: ConnectionError,
  socket: ClientSocket,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const mapped = socketCodes[error.code] ?? malformed;
  this.log.debug({ code: error.code, status: mapped.status }, 'client error');
  if (socket.writable && !socket._httpMessage?.headersSent) {
    const payload = errorJson(mapped.code, mapped.message);
    socket.write(
      `HTTP/1.1 ${mapped.status} ${STATUS_CODES[mapped.status] ?? ''}\r\n` +
        'content-type: application/json; charset=utf-8\r\n' +
        `content-length: ${Buffer.byteLength(payload)}\r\n` +
        'connection: close\r\n\r\n' +
        payload,
    );
  }
  socket.destroy();
}

/** Fastify's frameworkErrors: a bad URL encoding or an over-long path parameter, before routing. */
export function frameworkErrors(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const mapped = mapError(error);
  reply.status(mapped.status).send(shape(mapped));
}

export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    // Requests that reach a draining server get 503 here (return503OnClosing is off).
    let closing = false;
    app.addHook('preClose', async () => {
      closing = true;
    });
    app.addHook('onRequest', (request, reply, done) => {
      if (closing) {
        reply.header('connection', 'close');
        done(new MappedError(unavailable));
        return;
      }
      // Node's own Host check answers with an empty 400; http-limits.ts turns it off for this one.
      const { httpVersionMajor, httpVersionMinor } = request.raw;
      if (httpVersionMajor === 1 && httpVersionMinor >= 1 && !request.headers.host) {
        done(new MappedError(missingHost));
        return;
      }
      done();
    });
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const mapped = mapError(error);
      if (mapped.status >= 500 && !(error instanceof MappedError)) {
        request.log.error({ err: error }, 'request failed');
      }
      if (error instanceof DomainError && error.retryAfterSeconds !== undefined) {
        reply.header('retry-after', String(error.retryAfterSeconds));
      }
      reply.status(mapped.status).send(shape(mapped));
    });
  },
  { name: 'errors' },
);
