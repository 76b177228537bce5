#!/usr/bin/env node
// `npm test`: every tier. Unit and SQLite tiers always run; PostgreSQL runs when
// TEST_DATABASE_URL is set, and the browser tier when Chromium is installed.
// With CI=true both are required: a missing one fails the run instead of skipping.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildWebIfNeeded } from './build-web.mjs';

const root = new URL('..', import.meta.url).pathname;
const ci = process.env.CI === 'true';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (ci && !process.env.TEST_DATABASE_URL) {
  process.stderr.write(
    'CI=true: TEST_DATABASE_URL must point at PostgreSQL; the PostgreSQL tier may not skip.\n',
  );
  process.exit(1);
}
if (ci && !existsSync(chromium)) {
  process.stderr.write(
    `CI=true: Chromium is required at ${chromium}; the browser tier may not skip.\n`,
  );
  process.exit(1);
}
if (!process.env.TEST_DATABASE_URL)
  process.stdout.write('Note: TEST_DATABASE_URL is not set, so the PostgreSQL tier is skipped.\n');
if (!existsSync(chromium))
  process.stdout.write(`Note: no Chromium at ${chromium}, so the browser tier is skipped.\n`);

buildWebIfNeeded();
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TZ: 'UTC' },
  },
);
process.exit(result.status ?? 1);
