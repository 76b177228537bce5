/** The real entry point: starts on a fresh data directory, migrates, serves, and drains on SIGTERM. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;

function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = output.match(/Server listening at (http:\/\/127\.0\.0\.1:\d+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${output}`)));
  });
}

describe('server lifecycle', () => {
  it('starts with nothing configured, keeps data under DATA_DIR, and exits cleanly on SIGTERM', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rekindle-life-'));
    const { child, url } = await startServer(dataDir);
    try {
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      expect(existsSync(join(dataDir, 'rekindle.db'))).toBe(true);
      expect(existsSync(join(dataDir, 'session-secret'))).toBe(true);
      const signup = await fetch(`${url}/api/auth/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'life@example.com',
          password: 'a long enough passphrase',
          displayName: 'Lee',
        }),
      });
      expect(signup.status).toBe(201);
      const cookie = signup.headers.get('set-cookie')?.split(';')[0] ?? '';
      // An open live stream must not hold the shutdown up.
      const stream = await fetch(`${url}/api/events`, { headers: { cookie } });
      expect(stream.status).toBe(200);
      const exited = new Promise<number | null>((resolve) =>
        child.on('exit', (code) => resolve(code)),
      );
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    // The acknowledged write survived the restart.
    const again = await startServer(dataDir);
    try {
      const login = await fetch(`${again.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'life@example.com', password: 'a long enough passphrase' }),
      });
      expect(login.status).toBe(200);
    } finally {
      again.child.kill('SIGTERM');
    }
  }, 60_000);
});
