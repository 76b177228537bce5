import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** Where the dev server forwards API calls; override to point at another local server. */
const apiTarget = process.env.REKINDLE_API_URL ?? 'http://127.0.0.1:3000';

// The API keeps its own paths; Server-Sent Events stream through unbuffered.
const proxy = {
  '/api': { target: apiTarget, changeOrigin: false, ws: false },
  '/healthz': { target: apiTarget, changeOrigin: false },
};

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Writes `.br` (brotli 11) and `.gz` (gzip 9) next to every text file of the
 * build, for the server to send as they are (@fastify/static `preCompressed`).
 * Files under 1 KB, and encodings that would not save at least 5%, are skipped.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'rekindle-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the files are written (public/ is copied before), and only when the build succeeded.
    writeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(file) || statSync(file).size < 1024) continue;
        const content = readFileSync(file);
        const variants = {
          br: brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
          gz: gzipSync(content, { level: 9 }),
        };
        for (const [extension, compressed] of Object.entries(variants)) {
          if (compressed.length < content.length * 0.95) {
            writeFileSync(`${file}.${extension}`, compressed);
          }
        }
      }
    },
  };
}

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    // Inline nothing: the Content-Security-Policy allows only same-origin files.
    assetsInlineLimit: 0,
  },
  server: { proxy },
  preview: { proxy },
});
