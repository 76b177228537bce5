/**
 * Serves the built web app from dist/web with a single-page fallback.
 * Hashed assets are cached for a year; the shell and service worker are never
 * stored (no-store), so no cache can give back a page after a quick exit.
 * The build writes `.br` and `.gz` next to each text file (vite.config.ts);
 * they are sent as they are to browsers that accept them, the shell included.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { notFound } from '../lib/errors';

export const staticPlugin = fp(
  async (app: FastifyInstance, options: { root: string }) => {
    const hasBuild = existsSync(join(options.root, 'index.html'));
    if (hasBuild) {
      await app.register(fastifyStatic, {
        root: options.root,
        // Wildcard: files built after start are served too; misses fall through to the handler below.
        wildcard: true,
        index: ['index.html'],
        // Brotli, then gzip, then the file itself, by Accept-Encoding; always `Vary: Accept-Encoding`.
        preCompressed: true,
        setHeaders: (res, path) => {
          const immutable = path.includes(`${join(options.root, 'assets')}`);
          res.header(
            'cache-control',
            immutable ? 'public, max-age=31536000, immutable' : 'no-store',
          );
        },
      });
    }

    // The same answer as for any record that does not exist.
    const missing = notFound();
    app.setNotFoundHandler((request, reply) => {
      const isApi = request.url.startsWith('/api/') || request.url === '/api';
      const wantsPage =
        request.method === 'GET' &&
        !isApi &&
        !/\.[a-z0-9]+$/i.test(request.url.split('?')[0] ?? '');
      if (wantsPage && hasBuild) {
        reply.header('cache-control', 'no-store');
        // sendFile follows the plugin's options: the compressed shell when accepted.
        return reply.sendFile('index.html');
      }
      return reply.status(404).send({ error: { code: missing.code, message: missing.message } });
    });
  },
  { name: 'static' },
);
