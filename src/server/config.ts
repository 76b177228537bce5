/**
 * The server's configuration: one zod schema over the environment, read once
 * at boot. Every problem is listed at once so a bad deploy fails fast.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultVapidSubject, isVapidSubject, type VapidKeys, vapidKeyProblems } from './lib/vapid';
import type { MailConfig } from './mail/mailer';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFromEnv.default(false),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  METRICS_PORT: z
    .union([z.literal('off'), z.coerce.number().int().min(0).max(65535)])
    .default(9464),
  METRICS_HOST: z.string().min(1).default('127.0.0.1'),
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
  SOURCE_URL: z.string().url().optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/\s]+/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z
    .string()
    .regex(
      /^(?:[^<>@\s]+@[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/,
      'must be an address, like "Rekindle <rekindle@example.org>"',
    )
    .optional(),
  OIDC_ISSUER: z.string().url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).max(40).optional(),
  VAPID_PUBLIC_KEY: z.string().trim().min(1).optional(),
  VAPID_PRIVATE_KEY: z.string().trim().min(1).optional(),
  VAPID_SUBJECT: z
    .string()
    .refine(isVapidSubject, 'must be mailto:<address> or an https:// URL')
    .optional(),
});

/** Email needs both SMTP_URL and MAIL_FROM, and its links need the public address. */
function mailProblems(env: z.infer<typeof envSchema>): string[] {
  const problems: string[] = [];
  if ((env.SMTP_URL === undefined) !== (env.MAIL_FROM === undefined)) {
    const missing = env.SMTP_URL === undefined ? 'SMTP_URL' : 'MAIL_FROM';
    problems.push(`${missing}: set both SMTP_URL and MAIL_FROM to send email, or neither`);
  }
  if (env.SMTP_URL !== undefined && env.PUBLIC_URL === undefined) {
    problems.push('PUBLIC_URL: needed when SMTP_URL is set, for the links in emails');
  }
  return problems;
}

function isSecureOrLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (
    protocol === 'https:' ||
    (protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(hostname))
  );
}

/** Single sign-on needs the issuer, client id and secret together; its redirect needs PUBLIC_URL. */
function ssoProblems(env: z.infer<typeof envSchema>): string[] {
  const given = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  const count = given.filter((v) => v !== undefined).length;
  if (count === 0) {
    return env.OIDC_NAME === undefined ? [] : ['OIDC_NAME: set only with OIDC_ISSUER'];
  }
  const problems: string[] = [];
  if (count < 3) {
    problems.push(
      'OIDC_ISSUER: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together, or none',
    );
  }
  if (env.PUBLIC_URL === undefined) {
    problems.push('PUBLIC_URL: needed when OIDC_ISSUER is set, for the sign-in redirect');
  }
  if (env.OIDC_ISSUER !== undefined && !isSecureOrLoopback(env.OIDC_ISSUER)) {
    problems.push('OIDC_ISSUER: must be https:// (plain http:// only on this machine)');
  }
  return problems;
}

/** Web push keys: both or neither (then they are generated and kept with the data), and a valid pair. */
function pushProblems(env: z.infer<typeof envSchema>): string[] {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = env;
  if (publicKey === undefined && privateKey === undefined) return [];
  if (publicKey === undefined || privateKey === undefined)
    return [
      'VAPID_PUBLIC_KEY: set VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY together, or neither (then they are generated and kept with the data)',
    ];
  // The problems name the keys' shape, never their value.
  return vapidKeyProblems({ publicKey, privateKey }).map(
    (problem) => `VAPID_PRIVATE_KEY: ${problem}`,
  );
}

/** Single sign-on with an OpenID Connect provider (OIDC_* variables). */
export interface SsoConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the button: "Sign in with <name>". */
  name: string;
}

/** Every setting the server reads (the README's table and .env.example list each one). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envSchema.shape);

/**
 * Secrets that may come from a file instead (Docker and systemd secrets):
 * `<NAME>_FILE=/run/secrets/x` reads the value from that file. Giving both is
 * an error; one trailing line break is dropped.
 */
export const FILE_VARIABLES = [
  'DATABASE_URL',
  'SESSION_SECRET',
  'METRICS_TOKEN',
  'SMTP_URL',
  'OIDC_CLIENT_SECRET',
  'VAPID_PUBLIC_KEY',
  'VAPID_PRIVATE_KEY',
] as const;

/** The environment with every `<NAME>_FILE` read into `<NAME>`, and the problems met doing so. */
export function readFileVariables(env: NodeJS.ProcessEnv): {
  env: Record<string, string>;
  problems: string[];
} {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value) out[name] = value;
  const problems: string[] = [];
  for (const name of FILE_VARIABLES) {
    const path = out[`${name}_FILE`];
    if (path === undefined) continue;
    delete out[`${name}_FILE`];
    if (out[name] !== undefined) {
      problems.push(`${name}_FILE: set ${name} or ${name}_FILE, not both`);
      continue;
    }
    try {
      const value = readFileSync(path, 'utf8').replace(/\r?\n$/, '');
      if (value === '') problems.push(`${name}_FILE: ${path} is empty`);
      else out[name] = value;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      problems.push(`${name}_FILE: cannot read ${path} (${code})`);
    }
  }
  return { env: out, problems };
}

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  /** True when PUBLIC_URL is https: cookies get Secure and HSTS is sent. */
  secure: boolean;
  /** From SESSION_SECRET; null means one is generated and kept with the data (see session-secret.ts). */
  sessionSecret: string | null;
  logLevel: string;
  trustProxy: boolean;
  sessionTtlMs: number;
  dbPoolSize: number;
  /** Where the metrics listener binds; null when it is off. */
  metricsListen: { host: string; port: number } | null;
  /** When set, GET /metrics on the app's port answers to this bearer token. */
  metricsToken: string | undefined;
  /**
   * Where the footer's "Source code" link leads (AGPL-3.0 §13). Unset: the
   * server offers the source it runs from itself, at /source.
   */
  sourceUrl: string | undefined;
  /** From SMTP_URL and MAIL_FROM; null means email is off. */
  mail: MailConfig | null;
  /** From OIDC_*; null means single sign-on is off. */
  sso: SsoConfig | null;
  /** From VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY; null means they are generated and kept with the data (push-keys.ts). */
  vapidKeys: VapidKeys | null;
  /** The contact push services are given (VAPID_SUBJECT, or one made from MAIL_FROM or PUBLIC_URL). */
  vapidSubject: string;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment into a Config, or throws a ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const files = readFileVariables(env);
  const parsed = envSchema.safeParse(files.env);
  const problems = [
    ...files.problems,
    ...(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)),
    ...(parsed.success ? mailProblems(parsed.data) : []),
    ...(parsed.success ? ssoProblems(parsed.data) : []),
    ...(parsed.success ? pushProblems(parsed.data) : []),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    publicUrl,
    secure: publicUrl.startsWith('https://'),
    sessionSecret: e.SESSION_SECRET ?? null,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    sessionTtlMs: e.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000,
    dbPoolSize: e.DB_POOL_SIZE,
    metricsListen: e.METRICS_PORT === 'off' ? null : { host: e.METRICS_HOST, port: e.METRICS_PORT },
    metricsToken: e.METRICS_TOKEN,
    sourceUrl: e.SOURCE_URL,
    mail:
      e.SMTP_URL !== undefined && e.MAIL_FROM !== undefined
        ? { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM }
        : null,
    sso:
      e.OIDC_ISSUER !== undefined &&
      e.OIDC_CLIENT_ID !== undefined &&
      e.OIDC_CLIENT_SECRET !== undefined
        ? {
            issuer: e.OIDC_ISSUER,
            clientId: e.OIDC_CLIENT_ID,
            clientSecret: e.OIDC_CLIENT_SECRET,
            name: e.OIDC_NAME ?? 'single sign-on',
          }
        : null,
    vapidKeys:
      e.VAPID_PUBLIC_KEY !== undefined && e.VAPID_PRIVATE_KEY !== undefined
        ? { publicKey: e.VAPID_PUBLIC_KEY, privateKey: e.VAPID_PRIVATE_KEY }
        : null,
    vapidSubject: e.VAPID_SUBJECT ?? defaultVapidSubject(e.MAIL_FROM, publicUrl),
  };
}
