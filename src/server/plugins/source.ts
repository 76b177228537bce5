/**
 * AGPL-3.0 §13: everyone who uses Rekindle over the network may have its
 * source. The app's footer links to GET /source, which leads to SOURCE_URL
 * when the operator names one (their repository, with their changes), and
 * otherwise hands out the source this very server runs from, as a tar.gz:
 * always the version that is running, changes included.
 */
import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { type TarFile, writeTar } from '../lib/tar';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** What the source is made of; anything else in the folder (data, builds, node_modules, secrets) is not. */
const TOP_FILES = [
  'package.json',
  'package-lock.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'Dockerfile',
  'compose.example.yaml',
  '.dockerignore',
  '.env.example',
  '.gitignore',
  'biome.json',
  'tsconfig.json',
  'vite.config.ts',
  'vitest.config.ts',
];
const FOLDERS = ['src', 'scripts', 'docs', 'tests', 'bench'];
/** Generated or local things inside those folders. */
const SKIPPED = new Set(['node_modules', 'bench/results', 'coverage']);

function listFiles(root: string, folder: string): string[] {
  const files: string[] = [];
  let entries: Dirent[];
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return files;
  }
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    // Dotfiles hold local settings, test artefacts or secrets (.env).
    if (entry.name.startsWith('.') || SKIPPED.has(path) || SKIPPED.has(entry.name)) continue;
    if (entry.isDirectory()) files.push(...listFiles(root, path));
    else if (entry.isFile() && !entry.name.endsWith('.log')) files.push(path);
  }
  return files;
}

/** The paths of the source, relative to the install folder. */
export function sourceFiles(root: string = ROOT): string[] {
  const top = TOP_FILES.filter((name) => {
    try {
      return statSync(join(root, name)).isFile();
    } catch {
      return false;
    }
  });
  return [...top, ...FOLDERS.flatMap((folder) => listFiles(root, folder))];
}

function version(root: string): string {
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    if (typeof parsed === 'object' && parsed && 'version' in parsed) return String(parsed.version);
  } catch {
    // An install without package.json still has its source.
  }
  return 'unknown';
}

/** The source as one tar.gz, every path under `rekindle-<version>/`. */
export async function sourceArchive(root: string = ROOT): Promise<{ name: string; bytes: Buffer }> {
  const base = `rekindle-${version(root)}`;
  const files: TarFile[] = sourceFiles(root).map((path) => {
    const body = readFileSync(join(root, path));
    const stat = statSync(join(root, path));
    return {
      name: `${base}/${path}`,
      size: body.length,
      mode: stat.mode & 0o755,
      mtime: stat.mtime,
      body,
    };
  });
  const parts: Buffer[] = [];
  for await (const chunk of writeTar(files)) parts.push(chunk);
  return { name: `${base}-source.tar.gz`, bytes: await promisify(gzip)(Buffer.concat(parts)) };
}

export const sourcePlugin = fp(
  async (app: FastifyInstance, options: { sourceUrl?: string | undefined; root?: string }) => {
    // Built once, on the first request, then served from memory (about 1 MB).
    let archive: Promise<{ name: string; bytes: Buffer }> | undefined;
    app.get(
      '/source',
      { schema: { hide: true }, config: { public: true } },
      async (request, reply) => {
        if (options.sourceUrl) return reply.redirect(options.sourceUrl, 302);
        archive ??= sourceArchive(options.root).catch((error: unknown) => {
          archive = undefined;
          throw error;
        });
        const { name, bytes } = await archive;
        request.log.debug({ bytes: bytes.length }, 'source archive served');
        return reply
          .header('content-type', 'application/gzip')
          .header('content-disposition', `attachment; filename="${name}"`)
          .header('cache-control', 'no-cache')
          .send(bytes);
      },
    );
  },
  { name: 'source' },
);
