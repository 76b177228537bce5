import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../tests/support/test-app';
import { sourceFiles, sourcePlugin } from './source';

describe('the source of what runs (AGPL-3.0 §13)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => {
    await t.close();
  });

  it('is served by the server itself when SOURCE_URL is not set, to anyone', async () => {
    const res = await t.anonymous('GET', '/source');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/gzip');
    const version = JSON.parse(
      execFileSync('npm', ['pkg', 'get', 'version'], { encoding: 'utf8' }),
    );
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="rekindle-${version}-source.tar.gz"`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'source-'));
    writeFileSync(join(dir, 'source.tar.gz'), res.rawPayload);
    const names = execFileSync('tar', ['-tzf', join(dir, 'source.tar.gz')], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
      .trim()
      .split('\n');
    const base = `rekindle-${version}`;
    for (const path of ['package.json', 'src/server/main.ts', 'src/server/plugins/source.ts']) {
      expect(names).toContain(`${base}/${path}`);
    }
    expect(names.some((n) => n.includes('node_modules/') || n.includes('/dist/'))).toBe(false);
    // The same bytes again: built once.
    const again = await t.anonymous('GET', '/source');
    expect(again.rawPayload.equals(res.rawPayload)).toBe(true);
  });

  it('leads to SOURCE_URL when the operator names one', async () => {
    const app = Fastify();
    await app.register(sourcePlugin, { sourceUrl: 'https://code.example/rekindle' });
    const res = await app.inject({ method: 'GET', url: '/source' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('https://code.example/rekindle');
    await app.close();
  });

  it('takes the source files only: no data, builds, dependencies, secrets or local dotfiles', () => {
    const root = mkdtempSync(join(tmpdir(), 'root-'));
    for (const dir of [
      'src/a',
      'node_modules/x',
      'dist',
      'data',
      'tests/e2e/.artifacts',
      'bench/results',
    ]) {
      mkdirSync(join(root, dir), { recursive: true });
    }
    const files: Record<string, string> = {
      'package.json': '{"version":"1.2.3"}',
      'src/a/b.ts': 'code',
      'src/.env': 'SECRET=1',
      '.env': 'SECRET=1',
      'node_modules/x/index.js': 'dep',
      'dist/index.html': 'built',
      'data/rekindle.db': 'data',
      'tests/e2e/.artifacts/shot.png': 'png',
      'bench/results/run.json': '{}',
      'bench/run.ts': 'bench',
      'server.log': 'log',
    };
    for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    expect(sourceFiles(root).sort()).toEqual(['bench/run.ts', 'package.json', 'src/a/b.ts']);
  });
});
