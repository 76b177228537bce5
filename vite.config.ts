import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { buildSync } from 'esbuild';
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

/** Replaces exactly one occurrence of `marker` in a built file, or fails the build. */
function replaceOnce(file: string, text: string, marker: string, replacement: string): string {
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + marker.length) >= 0) {
    throw new Error(`${file}: expected the marker ${JSON.stringify(marker)} exactly once`);
  }
  return text.slice(0, at) + replacement + text.slice(at + marker.length);
}

/**
 * Builds the service worker and tells it what this build is made of: bundles
 * sw/service-worker.ts into dist/web/sw.js with the list of hashed files (and
 * an id for the build, which names its cache), and writes the built stylesheet
 * links into dist/web/offline.html. Runs first among the `writeBundle` hooks,
 * so precompress() compresses the final files.
 */
function serviceWorker(): Plugin {
  let webRoot = '';
  return {
    name: 'rekindle-sw',
    apply: 'build',
    configResolved(config) {
      webRoot = config.root;
    },
    writeBundle: {
      order: 'pre',
      sequential: true,
      handler(options, bundle) {
        const outDir = options.dir ?? '';
        const assets = Object.keys(bundle)
          .filter((name) => name.startsWith('assets/'))
          .sort()
          .map((name) => `/${name}`);
        const index = readFileSync(join(outDir, 'index.html'), 'utf8');
        const styles = [...index.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
        if (styles.length === 0) throw new Error('index.html links no stylesheet');

        const offlineFile = join(outDir, 'offline.html');
        const offline = replaceOnce(
          offlineFile,
          readFileSync(offlineFile, 'utf8'),
          '<!-- rekindle:styles -->',
          styles.join('\n    '),
        );
        writeFileSync(offlineFile, offline);

        const id = createHash('sha256')
          .update(JSON.stringify(assets))
          .update(offline)
          .update(readFileSync(join(outDir, 'offline.js')))
          .digest('hex')
          .slice(0, 12);
        // The worker, bundled from TypeScript into one classic script with this build's list.
        const worker = buildSync({
          entryPoints: [join(webRoot, 'sw/service-worker.ts')],
          bundle: true,
          // No import or export is left: its top-level functions are the worker's globals.
          format: 'esm',
          target: 'es2022',
          write: false,
          legalComments: 'none',
          define: {
            REKINDLE_BUILD_ID: JSON.stringify(id),
            REKINDLE_BUILD_ASSETS: JSON.stringify(assets),
          },
        });
        const [output] = worker.outputFiles;
        if (!output || /^\s*(import|export)\b/m.test(output.text)) {
          throw new Error('the service worker did not bundle into one script');
        }
        writeFileSync(join(outDir, 'sw.js'), output.text);
      },
    },
  };
}

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  // The worker is built with its precache list before the build's files are compressed.
  plugins: [react(), serviceWorker(), precompress()],
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
