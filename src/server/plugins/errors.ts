/**
 * One error shape for every failure: { error: { code, message } }.
 * Domain errors keep their code; framework errors get stable codes; a 5xx
 * never carries internals.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  hasZodFastifySchemaValidationErrors,
  isResponseSerializationError,
} from 'fastify-type-provider-zod';
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
};

function mapError(error: FastifyError): Mapped {
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
  if (isResponseSerializationError(error)) {
    return { status: 500, code: 'internal_error', message: 'Something went wrong on our side.' };
  }
  const known = error.code ? frameworkCodes[error.code] : undefined;
  if (known) return known;
  const status = error.statusCode ?? 500;
  if (status === 429)
    return { status, code: 'rate_limited', message: 'Too many attempts. Please wait a moment.' };
  if (status >= 400 && status < 500)
    return { status, code: 'bad_request', message: 'The request is not valid.' };
  return { status: 500, code: 'internal_error', message: 'Something went wrong on our side.' };
}

export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const mapped = mapError(error);
      if (mapped.status >= 500) request.log.error({ err: error }, 'request failed');
      if (error instanceof DomainError && error.retryAfterSeconds !== undefined) {
        reply.header('retry-after', String(error.retryAfterSeconds));
      }
      reply.status(mapped.status).send({ error: { code: mapped.code, message: mapped.message } });
    });
  },
  { name: 'errors' },
);
