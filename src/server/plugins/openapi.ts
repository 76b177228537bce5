/**
 * The OpenAPI document, generated from the route schemas, at GET /api/openapi.json.
 *
 * Routes give their own operationId, summary and tag. What holds for every
 * route is added here, from the route's config: the session requirement (or
 * `security: []` for `config.public` routes), the 401 of private routes, and
 * the one error shape as a shared component.
 */
import swagger, { type SwaggerTransform } from '@fastify/swagger';
import type { FastifyInstance, FastifySchema } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponseSchema } from '../../shared/api';

export interface OpenapiOptions {
  /** Served over HTTPS: the session cookie is then `__Host-rekindle` (see session.ts). */
  secure: boolean;
}

/** Name of the session cookie security scheme in the document. */
export const SESSION_SCHEME = 'session';
export const ERROR_SCHEMA_REF = '#/components/schemas/Error';

/** Every tag an operation may use; the document declares them all. */
export const OPENAPI_TAGS = [
  { name: 'accounts', description: 'Sign-up, log-in and log-out, the account and its sessions.' },
  { name: 'couple', description: 'Invites, joining a partner, the couple’s settings, unlinking.' },
  { name: 'daily question', description: 'Today’s question, answering it, and past answers.' },
  { name: 'primer', description: 'The primer cards and the reflections written on them.' },
  { name: 'for you', description: 'Questions for you alone; nothing here reaches your partner.' },
  { name: 'support', description: 'Support contacts by country; open without logging in.' },
  { name: 'check', description: 'The intimacy check, its results and the comparison.' },
  { name: 'sharing', description: 'What each person chooses to show their partner.' },
  { name: 'plan', description: 'The plan built from the check results one may see.' },
  { name: 'progress', description: 'The weekly pulse and progress over the weeks.' },
  { name: 'today', description: 'Today’s screen, assembled from every feature.' },
  {
    name: 'decks',
    description:
      'Open-dialogue decks: draw a card, answer privately, reveal together, react, own questions.',
  },
  {
    name: 'listening',
    description:
      'Active-listening sessions: turns on a timer on both devices, and the private “felt heard”.',
  },
  {
    name: 'dates',
    description:
      'Date nights: the idea library, private picks and mutual matches, planned dates, reflections, the calendar feed.',
  },
  {
    name: 'exercises',
    description:
      'Guided exercises for two: consent first, timed steps, runs in step on both phones or on one; either can stop.',
  },
  {
    name: 'challenges',
    description:
      'The weekly novelty challenge: accepted together (a “not this week” stays private), one swap, done, reflections.',
  },
  {
    name: 'hobbies',
    description: 'Shared hobbies: private yes/maybe/no marks; only mutual ones are shown.',
  },
  {
    name: 'travel',
    description:
      'Travel and adventure: private marks on trip ideas (and our own), mutual matches, trip plans with a checklist.',
  },
  {
    name: 'weekly check-in',
    description:
      'The weekly check-in: an agreed day and time, private preparation, focus mode step by step, agreements and their review.',
  },
  {
    name: 'small gestures',
    description:
      'A daily small gesture for each person, marked done and thanked by the partner; “not for us” stays private.',
  },
  {
    name: 'appreciation notes',
    description:
      'Notes to the partner, delivered live or hidden until a chosen time; the gallery of notes received.',
  },
  {
    name: 'vulnerability',
    description:
      'Prompts about fears, dreams and insecurities: written privately, shared only by choice, answered with care; “not now” stays private.',
  },
  {
    name: 'shared projects',
    description: 'A couple’s small shared goals, with steps either partner can tick.',
  },
  {
    name: 'single sign-on',
    description:
      'Sign-in with the practice’s OpenID Connect provider, beside passwords; accounts link by verified email only.',
  },
  {
    name: 'library',
    description:
      'Short articles with my own read marks (never anyone else’s), answers to common questions with a search, and the couple’s “what we learned” notebook.',
  },
  {
    name: 'reminders',
    description:
      'My reminders (one switch, channels, nudge time and quiet hours in my own zone) and the emails’ unsubscribe link.',
  },
  { name: 'events', description: 'Live partner events as Server-Sent Events (ids only).' },
];

const ERROR_DESCRIPTIONS: Record<string, string> = {
  '401': 'Not logged in, or the session has ended (`error.code` is `unauthenticated`).',
  '4xx': 'The request was refused; `error.code` says why.',
  '5xx': 'The server could not answer; no internals are included.',
};

function errorResponse(status: string): object {
  return {
    description: ERROR_DESCRIPTIONS[status] ?? 'Error',
    content: { 'application/json': { schema: { $ref: ERROR_SCHEMA_REF } } },
  };
}

/** The error shape as a JSON Schema component (`$schema` is not allowed inside OpenAPI). */
function errorComponent(): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(errorResponseSchema, {
    target: 'draft-2020-12',
    io: 'output',
  });
  return { ...schema, description: 'The one error shape of every 4xx and 5xx answer.' };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Wraps the zod transform: error responses become references to the Error
 * component, and each operation gets its security requirement (and a 401 when
 * private) from `config.public`. Hidden routes pass through unchanged.
 */
const transform: SwaggerTransform = (document) => {
  const schema: FastifySchema & { hide?: boolean } = document.schema;
  if (schema.hide) return jsonSchemaTransform(document);
  const isPublic = document.route.config?.public === true;
  const zodResponses: Record<string, unknown> = {};
  const errorStatuses: string[] = isPublic ? [] : ['401'];
  for (const [status, value] of Object.entries(isRecord(schema.response) ? schema.response : {})) {
    if (value === errorResponseSchema) errorStatuses.push(status);
    else zodResponses[status] = value;
  }
  const result = jsonSchemaTransform({
    ...document,
    schema: {
      ...schema,
      response: zodResponses,
      security: isPublic ? [] : [{ [SESSION_SCHEME]: [] }],
    },
  });
  const response: Record<string, unknown> = isRecord(result.schema.response)
    ? { ...result.schema.response }
    : {};
  for (const status of errorStatuses) response[status] = errorResponse(status);
  return { ...result, schema: { ...result.schema, response } };
};

export const openapiPlugin = fp(
  async (app: FastifyInstance, options: OpenapiOptions) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Rekindle API',
          version: '0.1.0',
          description: 'Private by default: every route filters what it returns by who is asking.',
          license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
        },
        // Relative: the API is served from the same origin as this document.
        servers: [{ url: '/' }],
        tags: OPENAPI_TAGS,
        components: {
          securitySchemes: {
            [SESSION_SCHEME]: {
              type: 'apiKey',
              in: 'cookie',
              // The same names as the session plugin (session.ts).
              name: options.secure ? '__Host-rekindle' : 'rekindle_session',
              description: 'The session cookie set by sign-up and log-in.',
            },
          },
          schemas: { Error: errorComponent() },
        },
      },
      transform,
    });
    app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
      app.swagger(),
    );
  },
  { name: 'openapi' },
);
