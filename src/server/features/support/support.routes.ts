/**
 * Support contacts by country, from the bundled (or operator's) table, with
 * the professional directories of that country and the "Get support" guide
 * (kinds of therapy, a first session, questions to ask, workshops, books,
 * courses). Public, so someone who is not logged in can reach them too;
 * nothing is looked up elsewhere at view time, and the country asked for is
 * not logged.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Resources, resourcesQuerySchema } from '../../../shared/program-api';
import { type SupportResourcesView, supportResourcesViewSchema } from '../../../shared/signals-api';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';

/** The contacts for a country, with international fallbacks always included. */
export function resourcesFor(
  deps: Pick<ServiceDeps, 'catalog'>,
  countryCode: string | undefined,
): Resources {
  const table = deps.catalog.supportResources;
  const country = countryCode ? table.countries[countryCode] : undefined;
  return {
    country: country && countryCode ? { code: countryCode, name: country.name } : null,
    emergency: country?.emergency ?? null,
    emergencyNote: table.fallback.emergencyNote,
    abuse: country?.abuse ?? [],
    crisis: country?.crisis ?? [],
    fallback: { abuse: table.fallback.abuse, crisis: table.fallback.crisis },
    countries: Object.entries(table.countries)
      .map(([code, c]) => ({ code, name: c.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

/** The contacts, plus where to find a therapist in that country (and anywhere) and the guide. */
export function supportResourcesFor(
  deps: Pick<ServiceDeps, 'catalog'>,
  countryCode: string | undefined,
): SupportResourcesView {
  const table = deps.catalog.supportResources;
  const country = countryCode ? table.countries[countryCode] : undefined;
  return {
    ...resourcesFor(deps, countryCode),
    directories: {
      country: country?.directories ?? [],
      international: table.fallback.directories ?? [],
    },
    guide: deps.catalog.resourceGuide,
  };
}

export async function supportRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/support/resources',
    {
      // Public, and its use leaves no trace in the metrics or the logs.
      config: { public: true, traceless: true },
      schema: {
        operationId: 'getSupportResources',
        summary: 'Support contacts and therapist directories for a country, and the support guide.',
        tags: ['support'],
        querystring: resourcesQuerySchema,
        response: { 200: supportResourcesViewSchema, ...errorResponses },
      },
    },
    async (request) => supportResourcesFor(deps, request.query.country),
  );
}
