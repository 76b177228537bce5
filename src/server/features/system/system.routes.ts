/** Health check: answers 200 only when the database answers. */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../db/database';

export const systemRoutes = fp(
  async (app: FastifyInstance, options: { database: DatabaseHandle }) => {
    app.get(
      '/healthz',
      { schema: { hide: true }, config: { public: true } },
      async (request, reply) => {
        try {
          await sql`select 1`.execute(options.database.db);
          return reply
            .header('cache-control', 'no-store')
            .send({ status: 'ok', database: options.database.dialect });
        } catch (error) {
          request.log.error({ err: error }, 'health check failed');
          return reply
            .status(503)
            .send({ error: { code: 'unavailable', message: 'The database is not answering.' } });
        }
      },
    );
  },
  { name: 'system' },
);
