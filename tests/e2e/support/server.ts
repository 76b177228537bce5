/**
 * The browser tier's server: the real app, built in-process on a fresh SQLite
 * file, listening on a free local port, serving the web app built into dist/web.
 * Real time (systemClock) and a local event bus, so live updates are the real ones.
 *
 * It serves a private copy of dist/web taken at start: a rebuild during the run
 * (by someone else on this machine, or by the next test file) empties dist/web
 * and renames every hashed chunk, which would break screens loaded lazily later.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { loadCatalog } from '../../../src/content/load';
import { buildApp } from '../../../src/server/app';
import { openDatabase } from '../../../src/server/db/database';
import { migrateToLatest } from '../../../src/server/db/migrate';
import type { RateLimits } from '../../../src/server/features/deps';
import { type Clock, systemClock } from '../../../src/server/lib/clock';
import { newVapidKeys } from '../../../src/server/lib/vapid';
import type { MailConfig } from '../../../src/server/mail/mailer';
import { createLocalEventBus } from '../../../src/server/plugins/events';
import { cheapPasswordHasher } from '../../support/cheap-password-hasher';

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const WEB_ROOT = join(root, 'dist/web');

const relaxedLimits: RateLimits = {
  loginPerIp: { max: 10_000, windowMs: 60_000 },
  loginPerIpAndAccount: { max: 10_000, windowMs: 60_000 },
  loginPerAccount: { max: 10_000, windowMs: 60_000 },
  signupPerIp: { max: 10_000, windowMs: 60_000 },
};

/** Builds dist/web when it is missing or older than its sources (scripts/build-web.mjs). */
export function buildWebIfNeeded(): void {
  execFileSync(process.execPath, [join(root, 'scripts/build-web.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** Files under assets/ that the copied build refers to but lacks (a build was half-written). */
function missingAssets(webRoot: string): string[] {
  const assets = join(webRoot, 'assets');
  if (!existsSync(join(webRoot, 'index.html')) || !existsSync(assets)) return ['index.html'];
  const present = new Set(readdirSync(assets));
  const texts = [
    readFileSync(join(webRoot, 'index.html'), 'utf8'),
    ...[...present]
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(assets, file), 'utf8')),
  ];
  const wanted = new Set(
    texts.flatMap((text) =>
      [...text.matchAll(/(?:assets\/|"\.\/)([\w.-]+\.(?:js|css))/g)].map((m) => m[1] ?? ''),
    ),
  );
  return [...wanted].filter((file) => !present.has(file));
}

/** Copies dist/web into `target`, retrying while a concurrent build is still writing it. */
export async function snapshotWeb(target: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    rmSync(target, { recursive: true, force: true });
    cpSync(WEB_ROOT, target, { recursive: true });
    const missing = missingAssets(target);
    if (missing.length === 0) return;
    if (attempt >= 20) {
      throw new Error(`dist/web is incomplete (missing ${missing.join(', ')}); rebuild it.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A port that was free a moment ago (buildApp needs publicUrl before it listens). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface E2eServer {
  app: FastifyInstance;
  /** e.g. http://127.0.0.1:41234 (no trailing slash) */
  baseUrl: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** A clock of the journey's own (say, real time moved by whole weeks); real time by default. */
  clock?: Clock;
  /** Email through this SMTP server (tests/support/mail-capture.ts); off by default. */
  mail?: MailConfig;
}

export async function startServer(options: ServerOptions = {}): Promise<E2eServer> {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-e2e-'));
  const webRoot = join(dir, 'web');
  await snapshotWeb(webRoot);
  const database = openDatabase({ sqliteFile: join(dir, 'rekindle.sqlite') });
  await migrateToLatest(database.db);
  const bus = createLocalEventBus();
  const catalog = loadCatalog();

  // Another process may take the port between probing and listening: try again then.
  for (let attempt = 1; ; attempt += 1) {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const app = await buildApp({
      config: {
        publicUrl: baseUrl,
        secure: false,
        sessionSecret: 'e2e-secret-that-is-long-enough-0123456789',
        sessionTtlMs: 24 * 3600 * 1000,
        trustProxy: false,
        logLevel: 'silent',
        mail: options.mail ?? null,
      },
      database,
      catalog,
      bus,
      clock: options.clock ?? systemClock,
      rateLimits: relaxedLimits,
      webRoot,
      logger: false,
      passwordHasher: cheapPasswordHasher,
      // As a real server, which generates its push keys at first start.
      push: { keys: newVapidKeys(), subject: 'mailto:rekindle@example.org' },
    });
    try {
      await app.listen({ host: '127.0.0.1', port });
    } catch (error) {
      await app.close();
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE' && attempt < 5) continue;
      await bus.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    return {
      app,
      baseUrl,
      close: async () => {
        await app.close();
        await bus.close();
        await database.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
}
