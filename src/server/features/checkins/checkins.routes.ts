/** HTTP routes of the weekly check-in: schedule, preparation, focus mode, concerns, history. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  checkinHistoryQuerySchema,
  checkinHistorySchema,
  checkinStateSchema,
  concernParamsSchema,
  concernStatusBodySchema,
  prepBodySchema,
  proposalBodySchema,
  stepBodySchema,
} from '../../../shared/checkins-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import { dismissNudge, moveFocusStep, savePrep, setConcernResolved } from './checkins.service';
import { getCheckinState } from './checkins.state';
import { getCheckinHistory } from './history.service';
import { acceptProposal, clearProposal, proposeSchedule } from './schedule.service';

const tags = ['weekly check-in'];
const state = { 200: checkinStateSchema, ...errorResponses };
/** Whether a person prepares or looks after a concern is theirs alone: no metric, no log line. */
const traceless = { traceless: true };

export async function checkinsRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/checkins/current',
    {
      schema: {
        operationId: 'getCurrentCheckin',
        summary: 'This week’s check-in as the person may see it, with the schedule.',
        tags,
        response: state,
      },
    },
    async (request) => getCheckinState(deps, requireAuth(request)),
  );

  r.put(
    '/api/checkins/current/prep',
    {
      config: traceless,
      schema: {
        operationId: 'putCheckinPrep',
        summary: 'Save part or all of the person’s private preparation (and their weekly pulse).',
        tags,
        body: prepBodySchema,
        response: state,
      },
    },
    async (request) => savePrep(deps, requireAuth(request), request.body),
  );

  r.post(
    '/api/checkins/current/step',
    {
      schema: {
        operationId: 'moveCheckinStep',
        summary: 'Begin focus mode, or move it a step on or back, for both partners.',
        tags,
        body: stepBodySchema,
        response: state,
      },
    },
    async (request) => moveFocusStep(deps, requireAuth(request), request.body),
  );

  r.put(
    '/api/checkins/schedule/proposal',
    {
      schema: {
        operationId: 'proposeCheckinSchedule',
        summary: 'Propose a day and time; it becomes the schedule once the partner accepts.',
        tags,
        body: proposalBodySchema,
        response: state,
      },
    },
    async (request) => proposeSchedule(deps, requireAuth(request), request.body),
  );

  r.post(
    '/api/checkins/schedule/proposal/accept',
    {
      schema: {
        operationId: 'acceptCheckinSchedule',
        summary: 'Accept the partner’s proposed day and time.',
        tags,
        response: state,
      },
    },
    async (request) => acceptProposal(deps, requireAuth(request)),
  );

  r.delete(
    '/api/checkins/schedule/proposal',
    {
      schema: {
        operationId: 'clearCheckinProposal',
        summary: 'Withdraw one’s own proposal, or decline the partner’s.',
        tags,
        response: state,
      },
    },
    async (request) => clearProposal(deps, requireAuth(request)),
  );

  r.put(
    '/api/checkins/concerns/:concernId',
    {
      config: traceless,
      schema: {
        operationId: 'putCheckinConcernStatus',
        summary: 'Call one’s own concern resolved, or still open.',
        tags,
        params: concernParamsSchema,
        body: concernStatusBodySchema,
        response: state,
      },
    },
    async (request) =>
      setConcernResolved(
        deps,
        requireAuth(request),
        request.params.concernId,
        request.body.resolved,
      ),
  );

  r.delete(
    '/api/checkins/concerns/:concernId/nudge',
    {
      config: traceless,
      schema: {
        operationId: 'dismissCheckinConcernNudge',
        summary: 'Set aside the gentle note about a concern left open for weeks.',
        tags,
        params: concernParamsSchema,
        response: state,
      },
    },
    async (request) => dismissNudge(deps, requireAuth(request), request.params.concernId),
  );

  r.get(
    '/api/checkins/history',
    {
      schema: {
        operationId: 'getCheckinHistory',
        summary: 'Past check-ins: the person’s own notes, and the couple’s agreements.',
        tags,
        querystring: checkinHistoryQuerySchema,
        response: { 200: checkinHistorySchema, ...errorResponses },
      },
    },
    async (request) =>
      getCheckinHistory(deps, requireAuth(request), {
        before: request.query.before,
        limit: request.query.limit ?? 12,
      }),
  );
}
