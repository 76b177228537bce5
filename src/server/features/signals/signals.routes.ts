/**
 * HTTP routes of "Get support": my own suggestion of help, my private weekly
 * answers, "we have tried on our own", and my therapist-prep summary. Each
 * answers only about the person asking; none leaves a trace in the metrics
 * or the access log, so not even a partner who runs the server can count them.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  privateWeekBodySchema,
  privateWeekSchema,
  signalParamsSchema,
  signalsSchema,
  summaryQuerySchema,
  summarySchema,
} from '../../../shared/signals-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';
import {
  currentSuggestion,
  dismissSuggestion,
  getPrivateWeek,
  savePrivateWeek,
  sayWeTried,
  signalSettingsOf,
  snoozeSuggestion,
} from './signals.service';
import { renderSummaryPdf } from './summary.pdf';
import { buildSummary } from './summary.service';

const tags = ['for you'];
// Only the person ever sees these, not even as a change in the partner's timing.
const config = { traceless: true, ownWrites: true };

/** The PDF's bytes, sent as they are (documented as a binary string). */
const pdfBytes = z
  .custom<Buffer>((value) => Buffer.isBuffer(value))
  .meta({ type: 'string', format: 'binary' });

const pdfResponse = {
  description: 'A PDF document (A4) of my own summary.',
  content: { 'application/pdf': { schema: pdfBytes } },
};

export async function signalsRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/support/signals',
    {
      config,
      schema: {
        operationId: 'getSupportSignal',
        summary: 'My own suggestion of professional help, if there is one now.',
        tags,
        response: { 200: signalsSchema, ...errorResponses },
      },
    },
    async (request) => currentSuggestion(deps, requireAuth(request)),
  );

  r.post(
    '/api/support/signals/:id/dismiss',
    {
      config,
      schema: {
        operationId: 'dismissSupportSignal',
        summary: 'Set my suggestion aside ("Not now").',
        tags,
        params: signalParamsSchema,
        response: { 200: signalsSchema, ...errorResponses },
      },
    },
    async (request) => dismissSuggestion(deps, requireAuth(request), request.params.id),
  );

  r.post(
    '/api/support/signals/:id/snooze',
    {
      config,
      schema: {
        operationId: 'snoozeSupportSignal',
        summary: 'Bring my suggestion back in four weeks ("Remind me in a month").',
        tags,
        params: signalParamsSchema,
        response: { 200: signalsSchema, ...errorResponses },
      },
    },
    async (request) => snoozeSuggestion(deps, requireAuth(request), request.params.id),
  );

  r.post(
    '/api/support/tried',
    {
      config,
      schema: {
        operationId: 'sayWeTried',
        summary: 'Say "we have tried on our own and it is not improving"; returns the help for me.',
        tags,
        response: { 200: signalsSchema, ...errorResponses },
      },
    },
    async (request) => sayWeTried(deps, requireAuth(request)),
  );

  r.get(
    '/api/support/week',
    {
      config,
      schema: {
        operationId: 'getPrivateWeek',
        summary: 'My private answers for this week ("how have things been"), if any.',
        tags,
        response: { 200: privateWeekSchema, ...errorResponses },
      },
    },
    async (request) => getPrivateWeek(deps, requireAuth(request)),
  );

  r.put(
    '/api/support/week',
    {
      config,
      schema: {
        operationId: 'putPrivateWeek',
        summary: 'Save my private answers for this week; only I and the help rules read them.',
        tags,
        body: privateWeekBodySchema,
        response: { 200: privateWeekSchema, ...errorResponses },
      },
    },
    async (request) => savePrivateWeek(deps, requireAuth(request), request.body),
  );

  r.get(
    '/api/me/summary',
    {
      config,
      schema: {
        operationId: 'getMySummary',
        summary: 'My therapist-prep summary: my own data only, for the print page.',
        tags,
        querystring: summaryQuerySchema,
        response: { 200: summarySchema, ...errorResponses },
      },
    },
    async (request) => buildSummary(deps, requireAuth(request), request.query.sections),
  );

  r.get(
    '/api/me/summary.pdf',
    {
      config,
      schema: {
        operationId: 'getMySummaryPdf',
        summary: 'My therapist-prep summary as a PDF: my own data only.',
        tags,
        querystring: summaryQuerySchema,
        response: { 200: pdfResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const summary = await buildSummary(deps, requireAuth(request), request.query.sections);
      const pdf = await renderSummaryPdf(summary, signalSettingsOf(deps.catalog).reliability.pulse);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="rekindle-notes-${summary.preparedOn}.pdf"`,
        )
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );
}
