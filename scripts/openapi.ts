/**
 * The OpenAPI document of an in-process app, and its lint by Redocly CLI
 * (recommended rules) in a child process. Used by `npm run lint:openapi` and
 * tests/http/openapi.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCatalog } from '../src/content/load';
import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db/database';
import { migrateToLatest } from '../src/server/db/migrate';
import { createLocalEventBus } from '../src/server/plugins/events';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const REDOCLY = join(
  dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')),
  'bin/cli.js',
);

/** Builds the app on an in-memory SQLite database and returns its OpenAPI document. */
export async function buildOpenapiDocument(options: { secure: boolean }): Promise<unknown> {
  const database = openDatabase({ sqliteFile: ':memory:' });
  const bus = createLocalEventBus();
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({
      config: {
        publicUrl: options.secure ? 'https://localhost' : 'http://localhost:3000',
        secure: options.secure,
        // Only builds the document: no request is served with it.
        sessionSecret: 'openapi-document-secret-long-enough-0123456789',
        sessionTtlMs: 24 * 3600 * 1000,
        trustProxy: false,
        logLevel: 'silent',
      },
      database,
      catalog: loadCatalog(),
      bus,
      logger: false,
    });
    try {
      await app.ready();
      return app.swagger();
    } finally {
      await app.close();
    }
  } finally {
    await bus.close();
    await database.close();
  }
}

export interface LintRun {
  /** Exit status of `redocly lint`: non-zero when it found errors. */
  status: number;
  stdout: string;
  stderr: string;
}

/**
 * Writes the document to a temporary file and runs `redocly lint
 * --extends=recommended` on it. `format: 'json'` makes stdout parseable.
 */
export function lintOpenapiDocument(
  document: unknown,
  options: { format?: 'codeframe' | 'json'; inherit?: boolean } = {},
): LintRun {
  const dir = mkdtempSync(join(tmpdir(), 'rekindle-openapi-'));
  const file = join(dir, 'openapi.json');
  try {
    writeFileSync(file, JSON.stringify(document, null, 2));
    const result = spawnSync(
      process.execPath,
      [
        REDOCLY,
        'lint',
        '--extends=recommended',
        `--format=${options.format ?? 'codeframe'}`,
        '--max-problems=1000',
        file,
      ],
      {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: options.inherit ? 'inherit' : 'pipe',
        // No usage telemetry and no update check from a lint run.
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    if (result.error) throw result.error;
    return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface LintProblem {
  ruleId: string;
  severity: string;
  message: string;
  location?: { pointer?: string }[];
}

export interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: LintProblem[];
}

/** Lints with `--format=json` and returns Redocly's report. */
export function lintOpenapiReport(document: unknown): LintReport {
  const run = lintOpenapiDocument(document, { format: 'json' });
  try {
    return JSON.parse(run.stdout) as LintReport;
  } catch {
    throw new Error(`redocly lint gave no JSON report (status ${run.status}):\n${run.stderr}`);
  }
}
