/** HTTP routes of the couple's agreements: listed, added in a check-in, reviewed in the next. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  agreementBodySchema,
  agreementParamsSchema,
  agreementsSchema,
  checkinStateSchema,
  reviewBodySchema,
} from '../../../shared/checkins-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import {
  addAgreement,
  getAgreements,
  removeAgreement,
  reviewAgreement,
} from './agreements.service';

const tags = ['weekly check-in'];
const state = { 200: checkinStateSchema, ...errorResponses };

export async function agreementsRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/agreements',
    {
      schema: {
        operationId: 'getAgreements',
        summary:
          'The couple’s agreements from their check-ins, newest first, with where each stands.',
        tags,
        response: { 200: agreementsSchema, ...errorResponses },
      },
    },
    async (request) => getAgreements(deps, requireAuth(request)),
  );

  r.post(
    '/api/agreements',
    {
      schema: {
        operationId: 'addAgreement',
        summary: 'Add a shared agreement to this week’s check-in.',
        tags,
        body: agreementBodySchema,
        response: state,
      },
    },
    async (request) => addAgreement(deps, requireAuth(request), request.body.text),
  );

  r.put(
    '/api/agreements/:agreementId/review',
    {
      schema: {
        operationId: 'reviewAgreement',
        summary: 'Say how an earlier agreement went: kept, partly, or not yet.',
        tags,
        params: agreementParamsSchema,
        body: reviewBodySchema,
        response: state,
      },
    },
    async (request) =>
      reviewAgreement(deps, requireAuth(request), request.params.agreementId, request.body.outcome),
  );

  r.delete(
    '/api/agreements/:agreementId',
    {
      schema: {
        operationId: 'removeAgreement',
        summary: 'Take back an agreement made in this week’s check-in.',
        tags,
        params: agreementParamsSchema,
        response: state,
      },
    },
    async (request) => removeAgreement(deps, requireAuth(request), request.params.agreementId),
  );
}
