#!/usr/bin/env node
// `npm start`: builds the web app when its sources changed, then starts the
// server (which migrates the database before it listens).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildWebIfNeeded } from './build-web.mjs';

const root = new URL('..', import.meta.url).pathname;
buildWebIfNeeded();

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
