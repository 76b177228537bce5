import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';
import { fileSessionSecret } from './session-secret';

describe('loadConfig', () => {
  it('has working defaults; without SESSION_SECRET one is kept with the data', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const config = loadConfig({ DATA_DIR: dir });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      secure: false,
      sessionSecret: null,
      metricsListen: { host: '127.0.0.1', port: 9464 },
      metricsToken: undefined,
    });
    expect(config.publicUrl).toBe('http://localhost:3000');
    const secret = fileSessionSecret(config.dataDir);
    expect(secret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(join(dir, 'session-secret'), 'utf8').trim()).toBe(secret);
    expect(fileSessionSecret(config.dataDir)).toBe(secret);
  });

  it('turns the metrics listener off, or moves it, as the operator says', () => {
    expect(loadConfig({ METRICS_PORT: 'off' }).metricsListen).toBeNull();
    expect(loadConfig({ METRICS_PORT: '9100', METRICS_HOST: '10.0.0.2' }).metricsListen).toEqual({
      host: '10.0.0.2',
      port: 9100,
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(ConfigError);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SESSION_SECRET: 'short',
        TRUST_PROXY: 'maybe',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'SESSION_SECRET', 'TRUST_PROXY'])
        expect(problems).toContain(name);
    }
  });

  it('reads booleans literally and turns on secure cookies for https', () => {
    const config = loadConfig({
      TRUST_PROXY: 'false',
      PUBLIC_URL: 'https://rekindle.example/',
      SESSION_SECRET: 's'.repeat(40),
    });
    expect(config.trustProxy).toBe(false);
    expect(config.secure).toBe(true);
    expect(config.publicUrl).toBe('https://rekindle.example');
  });
});
