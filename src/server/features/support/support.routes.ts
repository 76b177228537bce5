/**
 * Support contacts by country, from the bundled (or operator's) table. Public,
 * so someone who is not logged in can reach them too; nothing is looked up
 * elsewhere at view time, and the country asked for is not logged.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { type Resources, resourcesQuerySchema, resourcesSchema } from '../../../shared/program-api';
import type { ServiceDeps } from '../deps';
import { errorResponses } from '../http';

/** The resources for a country, with international fallbacks always included. */
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

export async function supportRoutes(app: FastifyInstance, deps: ServiceDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/support/resources',
    {
      // Public, and its use leaves no trace in the metrics or the logs.
      config: { public: true, traceless: true },
      schema: {
        operationId: 'getSupportResources',
        summary: 'Support contacts for a country, with international ones.',
        tags: ['support'],
        querystring: resourcesQuerySchema,
        response: { 200: resourcesSchema, ...errorResponses },
      },
    },
    async (request) => resourcesFor(deps, request.query.country),
  );
}
