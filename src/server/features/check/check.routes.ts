/** HTTP routes of the intimacy check and of sharing opt-ins. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  checkDefinitionSchema,
  checkResponseBodySchema,
  checkResultSchema,
  checkResultsSchema,
  comparisonSchema,
  sharingBodySchema,
  sharingParamsSchema,
  sharingSchema,
} from '../../../shared/program-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { getCheckDefinition, getComparison, getMyResults, submitCheck } from './check.service';
import { getMutualSharing, getMySharing, updateMySharing } from './sharing.service';

const tags = ['check'];

export async function checkRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/check',
    {
      schema: {
        operationId: 'getCheck',
        summary: 'The check’s questions.',
        tags,
        response: { 200: checkDefinitionSchema, ...errorResponses },
      },
    },
    async () => getCheckDefinition(deps),
  );
  r.post(
    '/api/check/responses',
    {
      schema: {
        operationId: 'submitCheck',
        summary: 'Submit the check and get the scored result.',
        tags,
        body: checkResponseBodySchema,
        response: { 201: checkResultSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      reply.status(201);
      return submitCheck(deps, requireAuth(request), request.body);
    },
  );
  r.get(
    '/api/check/results',
    {
      schema: {
        operationId: 'listCheckResults',
        summary: 'The person’s own check results.',
        tags,
        response: { 200: checkResultsSchema, ...errorResponses },
      },
    },
    async (request) => getMyResults(deps, requireAuth(request)),
  );
  r.get(
    '/api/check/comparison',
    {
      schema: {
        operationId: 'getCheckComparison',
        summary: 'Both partners’ results side by side, when both opted in.',
        tags,
        response: { 200: comparisonSchema, ...errorResponses },
      },
    },
    async (request) => getComparison(deps, requireAuth(request)),
  );
  r.get(
    '/api/sharing',
    {
      schema: {
        operationId: 'getSharing',
        summary: 'What the person shows their partner.',
        tags: ['sharing'],
        response: { 200: sharingSchema, ...errorResponses },
      },
    },
    async (request) => getMySharing(deps, requireAuth(request)),
  );
  r.get(
    '/api/sharing/mutual',
    {
      schema: {
        operationId: 'getMutualSharing',
        summary: 'What the partner sees now: the topics both partners opted in to.',
        tags: ['sharing'],
        response: { 200: sharingSchema, ...errorResponses },
      },
    },
    async (request) => getMutualSharing(deps, requireAuth(request)),
  );
  r.put(
    '/api/sharing/:topic',
    {
      schema: {
        operationId: 'putSharing',
        summary: 'Opt in or out of showing a topic to the partner.',
        tags: ['sharing'],
        params: sharingParamsSchema,
        body: sharingBodySchema,
        response: { 200: sharingSchema, ...errorResponses },
      },
    },
    async (request) =>
      updateMySharing(deps, requireAuth(request), request.params.topic, request.body.share),
  );
}
