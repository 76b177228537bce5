/**
 * The http-tier test helper: builds the real app on a fresh database, with a
 * movable clock, and factories that create exactly the people a test needs.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { type Catalog, loadCatalog } from '../../src/content/load';
import { buildApp } from '../../src/server/app';
import type { Dialect } from '../../src/server/db/database';
import type { RateLimits } from '../../src/server/features/deps';
import { fixedClock } from '../../src/server/lib/clock';
import type { PushSetup } from '../../src/server/lib/push-setup';
import { newVapidKeys } from '../../src/server/lib/vapid';
import type { MailConfig } from '../../src/server/mail/mailer';
import {
  createLocalEventBus,
  createPostgresEventBus,
  type EventBus,
} from '../../src/server/plugins/events';
import { cheapPasswordHasher } from './cheap-password-hasher';
import { createTestDatabase, postgresUrl, type TestDatabase } from './databases';

export const TEST_SECRET = 'test-secret-that-is-long-enough-0123456789';
/** Tests read GET /metrics on the app's port with this bearer token. */
export const TEST_METRICS_TOKEN = 'test-metrics-token-that-is-long-enough-42';
const relaxedLimits: RateLimits = {
  loginPerIp: { max: 10_000, windowMs: 60_000 },
  loginPerIpAndAccount: { max: 10_000, windowMs: 60_000 },
  loginPerAccount: { max: 10_000, windowMs: 60_000 },
  signupPerIp: { max: 10_000, windowMs: 60_000 },
};

/** The configuration every test app starts from. */
export const testConfig = {
  publicUrl: 'http://localhost:3000',
  secure: false,
  sessionSecret: TEST_SECRET,
  metricsToken: TEST_METRICS_TOKEN,
  sessionTtlMs: 30 * 24 * 3600 * 1000,
  trustProxy: false,
  logLevel: 'silent',
};

/** Push keys for every test app of this process, as a server generates its own once. */
export const TEST_VAPID_KEYS = newVapidKeys();
export const TEST_VAPID_SUBJECT = 'mailto:rekindle@example.org';

let catalogCache: Catalog | undefined;
export function testCatalog(): Catalog {
  catalogCache ??= loadCatalog();
  return catalogCache;
}

export interface Person {
  id: string;
  email: string;
  password: string;
  displayName: string;
  cookie: string;
  request(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
}

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  bus: EventBus;
  /** An anonymous request (no cookie). */
  anonymous(
    method: InjectOptions['method'],
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  signUp(displayName?: string, timeZone?: string): Promise<Person>;
  /** Two people, linked as a couple through a real invite. */
  buildCouple(): Promise<{ a: Person; b: Person }>;
  close(): Promise<void>;
}

let counter = 0;

export async function createTestApp(
  dialect: Dialect,
  options: {
    rateLimits?: RateLimits;
    start?: Date;
    database?: TestDatabase;
    bus?: EventBus;
    /** Email through this SMTP server (tests start one on loopback); off by default. */
    mail?: MailConfig;
    /** Start the job runner's timers; by default tests drive it with app.jobs.tick() and drain(). */
    startJobs?: boolean;
    /** Web push: on with TEST_VAPID_KEYS by default, as on a real server; parts may be replaced, null turns it off. */
    push?: Partial<PushSetup> | null;
  } = {},
): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase(dialect));
  const clock = fixedClock(options.start ?? new Date('2026-03-02T12:00:00Z'));
  const bus =
    options.bus ??
    (dialect === 'postgres' && postgresUrl && database.schema
      ? await createPostgresEventBus(postgresUrl, database.schema)
      : createLocalEventBus());
  const app = await buildApp({
    config: { ...testConfig, mail: options.mail ?? null },
    database: database.handle,
    catalog: testCatalog(),
    bus,
    clock,
    rateLimits: options.rateLimits ?? relaxedLimits,
    logger: false,
    passwordHasher: cheapPasswordHasher,
    startJobs: options.startJobs ?? false,
    push:
      options.push === null
        ? null
        : { keys: TEST_VAPID_KEYS, subject: TEST_VAPID_SUBJECT, ...options.push },
  });
  await app.ready();

  const inject = (method: InjectOptions['method'], url: string, body: unknown, cookie?: string) =>
    app.inject({
      method,
      url,
      ...(body !== undefined
        ? { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }
        : {}),
      ...(cookie ? { cookies: { rekindle_session: cookie } } : {}),
    });

  const signUp = async (name?: string, timeZone = 'UTC'): Promise<Person> => {
    counter += 1;
    const displayName = name ?? `Person ${counter}`;
    const email = `p${counter}-${Math.random().toString(36).slice(2, 8)}@example.com`;
    const password = `a calm and long passphrase ${counter}`;
    const res = await inject('POST', '/api/auth/signup', {
      email,
      password,
      displayName,
      timeZone,
    });
    if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'rekindle_session')?.value ?? '';
    const person: Person = {
      id: res.json().user.id,
      email,
      password,
      displayName,
      cookie,
      request: (method, url, body) => inject(method, url, body, person.cookie),
    };
    return person;
  };

  return {
    app,
    database,
    clock,
    bus,
    anonymous: (method, url, body) => inject(method, url, body),
    signUp,
    buildCouple: async () => {
      const a = await signUp('Robin');
      const b = await signUp('Sam');
      const invite = await a.request('POST', '/api/couple/invites');
      const joined = await b.request('POST', '/api/couple/join', { code: invite.json().code });
      if (joined.statusCode !== 200) throw new Error(`join failed: ${joined.body}`);
      return { a, b };
    },
    close: async () => {
      await app.close();
      if (!options.bus) await bus.close();
      if (!options.database) await database.drop();
    },
  };
}
