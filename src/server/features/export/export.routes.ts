/** HTTP routes of "your data": a ticket for the password, then the download. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  exportDocumentSchema,
  exportQuerySchema,
  exportTicketBodySchema,
  exportTicketSchema,
} from '../../../shared/export-api';
import { requireAuth } from '../../plugins/session';
import type { ServiceDeps } from '../deps';
import type { Feature } from '../feature';
import { errorResponses } from '../http';
import { renderExportHtml } from './export.html';
import {
  contentLabeler,
  createExportTicket,
  gatherExport,
  requireExportTicket,
} from './export.service';

const tags = ['accounts'];

/** Downloading one's data is nobody else's business: no metrics, no log line. */
const traceless = { traceless: true };

const exportResponse = {
  description:
    'Everything you wrote: JSON (this schema, documented in docs/data-export.md) or a readable HTML page.',
  content: {
    'application/json': { schema: exportDocumentSchema },
    'text/html': { schema: z.string() },
  },
};

export async function exportRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  features: readonly Feature[],
): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/me/export/ticket',
    {
      config: traceless,
      schema: {
        operationId: 'createExportTicket',
        summary: 'Enter the password again to get a ticket for downloading your data (10 minutes).',
        tags,
        body: exportTicketBodySchema,
        response: { 201: exportTicketSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const ticket = await createExportTicket(
        deps,
        requireAuth(request),
        request.body.password,
        request.ip,
      );
      return reply.status(201).header('cache-control', 'no-store').send(ticket);
    },
  );

  r.get(
    '/api/me/export',
    {
      config: traceless,
      schema: {
        operationId: 'downloadMyData',
        summary: 'Everything you wrote, as JSON or a readable page; needs a fresh export ticket.',
        tags,
        querystring: exportQuerySchema,
        response: { 200: exportResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      requireExportTicket(deps, auth, request.query.ticket);
      const doc = await gatherExport(deps, auth, features);
      const format = request.query.format ?? 'json';
      const stamp = doc.exportedAt.slice(0, 10);
      reply
        .header('content-disposition', `attachment; filename="rekindle-${stamp}.${format}"`)
        .header('cache-control', 'private, no-store')
        .header('x-robots-tag', 'noindex, nofollow');
      if (format === 'html')
        return reply
          .type('text/html; charset=utf-8')
          .send(renderExportHtml(doc, contentLabeler(deps.catalog)));
      return reply.type('application/json; charset=utf-8').send(doc);
    },
  );
}
