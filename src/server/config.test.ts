import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, FILE_VARIABLES, loadConfig } from './config';
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

  it('reads secrets from <NAME>_FILE (Docker and systemd secrets)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const secretFile = join(dir, 'session_secret');
    const urlFile = join(dir, 'database_url');
    const tokenFile = join(dir, 'metrics_token');
    writeFileSync(secretFile, `${'k'.repeat(40)}\n`);
    writeFileSync(urlFile, 'postgres://app:pw@db/rekindle\r\n');
    writeFileSync(tokenFile, 't'.repeat(32));
    const config = loadConfig({
      SESSION_SECRET_FILE: secretFile,
      DATABASE_URL_FILE: urlFile,
      METRICS_TOKEN_FILE: tokenFile,
    });
    expect(config.sessionSecret).toBe('k'.repeat(40));
    expect(config.databaseUrl).toBe('postgres://app:pw@db/rekindle');
    expect(config.metricsToken).toBe('t'.repeat(32));
  });

  it('refuses a secret given twice, a missing or empty file, and a bad value from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cfg-'));
    const empty = join(dir, 'empty');
    const short = join(dir, 'short');
    writeFileSync(empty, '\n');
    writeFileSync(short, 'too-short-to-be-a-secret');
    try {
      loadConfig({
        DATABASE_URL: 'postgres://a@b/c',
        DATABASE_URL_FILE: join(dir, 'whatever'),
        METRICS_TOKEN_FILE: join(dir, 'missing'),
        SMTP_URL_FILE: empty,
        SESSION_SECRET_FILE: short,
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems).toEqual(
        expect.arrayContaining([
          'DATABASE_URL_FILE: set DATABASE_URL or DATABASE_URL_FILE, not both',
          `METRICS_TOKEN_FILE: cannot read ${join(dir, 'missing')} (ENOENT)`,
          `SMTP_URL_FILE: ${empty} is empty`,
          'SESSION_SECRET: must be at least 32 characters',
        ]),
      );
      // The value read from a file is never repeated in an error.
      expect(problems.join('\n')).not.toContain('too-short-to-be-a-secret');
    }
  });

  it('keeps SOURCE_URL for the footer’s source link, or leaves it to the server', () => {
    expect(loadConfig({}).sourceUrl).toBeUndefined();
    expect(loadConfig({ SOURCE_URL: 'https://code.example/rekindle' }).sourceUrl).toBe(
      'https://code.example/rekindle',
    );
    expect(() => loadConfig({ SOURCE_URL: 'not a url' })).toThrow(ConfigError);
  });

  it('turns email on with SMTP_URL and MAIL_FROM together, and wants PUBLIC_URL for its links', () => {
    expect(loadConfig({}).mail).toBeNull();
    const mail = {
      SMTP_URL: 'smtps://user:secret@mail.example:465',
      MAIL_FROM: 'Rekindle <rekindle@example.org>',
      PUBLIC_URL: 'https://rekindle.example',
    };
    expect(loadConfig(mail).mail).toEqual({
      smtpUrl: 'smtps://user:secret@mail.example:465',
      from: 'Rekindle <rekindle@example.org>',
    });
    expect(loadConfig({ ...mail, MAIL_FROM: 'rekindle@example.org' }).mail?.from).toBe(
      'rekindle@example.org',
    );
    const problemsOf = (env: Record<string, string>): string => {
      try {
        loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.join('\n');
      }
      return '';
    };
    expect(problemsOf({ SMTP_URL: mail.SMTP_URL, PUBLIC_URL: mail.PUBLIC_URL })).toContain(
      'MAIL_FROM: set both',
    );
    expect(problemsOf({ MAIL_FROM: mail.MAIL_FROM })).toContain('SMTP_URL: set both');
    expect(problemsOf({ SMTP_URL: mail.SMTP_URL, MAIL_FROM: mail.MAIL_FROM })).toContain(
      'PUBLIC_URL: needed when SMTP_URL is set',
    );
    expect(problemsOf({ ...mail, SMTP_URL: 'http://mail.example' })).toContain('SMTP_URL');
    expect(problemsOf({ ...mail, MAIL_FROM: 'Rekindle' })).toContain('MAIL_FROM');
    // The URL (and its password) is never repeated in a problem.
    expect(problemsOf({ SMTP_URL: mail.SMTP_URL, MAIL_FROM: mail.MAIL_FROM })).not.toContain(
      'secret',
    );
  });

  it('turns single sign-on on with the OIDC issuer, client id and secret together', () => {
    const problemsOf = (env: NodeJS.ProcessEnv): string => {
      try {
        loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.join('\n');
      }
      return '';
    };
    expect(loadConfig({}).sso).toBeNull();
    const sso = {
      OIDC_ISSUER: 'https://id.example.org/realms/practice',
      OIDC_CLIENT_ID: 'rekindle',
      OIDC_CLIENT_SECRET: 'a-client-secret-value',
      PUBLIC_URL: 'https://rekindle.example.org',
    };
    expect(loadConfig(sso).sso).toEqual({
      issuer: 'https://id.example.org/realms/practice',
      clientId: 'rekindle',
      clientSecret: 'a-client-secret-value',
      name: 'single sign-on',
    });
    expect(loadConfig({ ...sso, OIDC_NAME: 'Our Practice' }).sso?.name).toBe('Our Practice');
    expect(problemsOf({ ...sso, OIDC_CLIENT_SECRET: undefined })).toContain('together, or none');
    expect(problemsOf({ ...sso, PUBLIC_URL: undefined })).toContain('PUBLIC_URL: needed');
    expect(problemsOf({ ...sso, OIDC_ISSUER: 'not a url' })).toContain('OIDC_ISSUER');
    expect(problemsOf({ ...sso, OIDC_ISSUER: 'http://id.example.org' })).toContain('https://');
    expect(problemsOf({ ...sso, OIDC_ISSUER: 'http://127.0.0.1:8080' })).toBe('');
    expect(problemsOf({ OIDC_NAME: 'Our Practice' })).toContain('OIDC_NAME');
    expect(problemsOf({ ...sso, OIDC_CLIENT_ID: undefined })).not.toContain('a-client-secret');
  });

  it('reads the OIDC client secret from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rekindle-config-'));
    const file = join(dir, 'oidc');
    writeFileSync(file, 'secret-from-a-file\n');
    const config = loadConfig({
      OIDC_ISSUER: 'https://id.example.org',
      OIDC_CLIENT_ID: 'rekindle',
      OIDC_CLIENT_SECRET_FILE: file,
      PUBLIC_URL: 'https://rekindle.example.org',
    });
    expect(config.sso?.clientSecret).toBe('secret-from-a-file');
  });
});

describe('the documentation of the settings', () => {
  const root = new URL('../../', import.meta.url);
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const example = readFileSync(new URL('.env.example', root), 'utf8');

  it('has a row in the README table and a line in .env.example for every server setting', () => {
    for (const name of CONFIG_VARIABLES) {
      expect(readme, name).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
      expect(example, name).toMatch(new RegExp(`^# ${name}=`, 'm'));
    }
    for (const name of FILE_VARIABLES) expect(readme).toContain(`\`${name}\``);
  });

  it('documents every variable the code, scripts, benchmarks and tests read', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (name === 'node_modules' || name.startsWith('.')) continue;
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|tsx|mjs)$/.test(name)) files.push(path);
      }
    };
    const base = root.pathname;
    for (const dir of ['src', 'scripts', 'bench', 'tests']) walk(join(base, dir));
    files.push(join(base, 'vite.config.ts'), join(base, 'vitest.config.ts'));
    const read = new Set<string>();
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]*)/g)) {
        if (match[1]) read.add(match[1]);
      }
    }
    expect(read.size).toBeGreaterThan(5);
    // The system's own, not Rekindle's.
    for (const name of ['PATH', 'HOME']) read.delete(name);
    for (const name of read) {
      const documented =
        readme.includes(`\`${name}\``) ||
        (name.startsWith('BENCH_') && readme.includes('`BENCH_*`'));
      expect(documented, `${name} is read but not in the README`).toBe(true);
    }
  });
});
