/**
 * Builds the Fastify application from its plugins and features. It does not
 * listen: main.ts does, and tests inject requests directly.
 */
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance, LogController } from 'fastify';
import { validatorCompiler } from 'fastify-type-provider-zod';
import type { Catalog } from '../content/load';
import type { Config } from './config';
import { type DatabaseHandle, personEpochOf } from './db/database';
import { accountsFeature } from './features/accounts/accounts.feature';
import { type PasswordHasher, productionPasswordHasher } from './features/accounts/passwords';
import { challengesFeature } from './features/challenges/challenges.feature';
import { checkFeature } from './features/check/check.feature';
import { checkinsFeature } from './features/checkins/checkins.feature';
import { coupleFeature } from './features/couple/couple.feature';
import { datesFeature } from './features/dates/dates.feature';
import { decksFeature } from './features/decks/decks.feature';
import { defaultRateLimits, type RateLimits, type ServiceDeps } from './features/deps';
import { dialogueFeature } from './features/dialogue/dialogue.feature';
import { exercisesFeature } from './features/exercises/exercises.feature';
import { exportFeature } from './features/export/export.feature';
import type { Feature } from './features/feature';
import { gesturesFeature } from './features/gestures/gestures.feature';
import { interestsFeature } from './features/interests/interests.feature';
import { libraryFeature } from './features/library/library.feature';
import { listeningFeature } from './features/listening/listening.feature';
import { notesFeature } from './features/notes/notes.feature';
import { notificationsFeature } from './features/notifications/notifications.feature';
import { personalFeature } from './features/personal/personal.feature';
import { planFeature } from './features/plan/plan.feature';
import { primerFeature } from './features/primer/primer.feature';
import { progressFeature } from './features/progress/progress.feature';
import { projectsFeature } from './features/projects/projects.feature';
import { rhythmFeature } from './features/rhythm/rhythm.feature';
import { signalsFeature } from './features/signals/signals.feature';
import { ssoFeature } from './features/sso/sso.feature';
import { supportFeature } from './features/support/support.feature';
import { systemRoutes } from './features/system/system.routes';
import { todayFeature } from './features/today/today.feature';
import { vulnerabilityFeature } from './features/vulnerability/vulnerability.feature';
import { createJobRunner, type JobRunner } from './jobs/runner';
import { type Clock, systemClock } from './lib/clock';
import { type HttpLimits, httpLimits, httpServerOptions } from './lib/http-limits';
import type { PushSetup } from './lib/push-setup';
import { createRateLimiter } from './lib/rate-limiter';
import { requestLogger } from './lib/request-logger';
import { compileSerializer } from './lib/serializer';
import { createSmtpMailer } from './mail/mailer';
import { accessLogPlugin } from './plugins/access-log';
import { clientErrorHandler, errorsPlugin, frameworkErrors } from './plugins/errors';
import { type EventBus, eventsPlugin } from './plugins/events';
import { metricsPlugin } from './plugins/metrics';
import { openapiPlugin } from './plugins/openapi';
import { hooksOf } from './plugins/route-hooks';
import { securityPlugin } from './plugins/security';
import { sessionPlugin } from './plugins/session';
import { sourcePlugin } from './plugins/source';
import { staticPlugin } from './plugins/static';
import { writeRouteHooks } from './plugins/write-hooks';

export const BODY_LIMIT_BYTES = 64 * 1024;

export interface RouteEntry {
  method: string;
  url: string;
  /** The feature that registered it; null for infrastructure (health, events, docs, metrics). */
  feature: string | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route the app serves; the authorization matrix test checks each has an entry. */
    routeCatalog: readonly RouteEntry[];
    /** The background job runner; tests drive it with tick() and drain(). */
    jobs: JobRunner;
  }
}

export interface AppOptions {
  config: Pick<Config, 'publicUrl' | 'secure' | 'sessionTtlMs' | 'trustProxy' | 'logLevel'> &
    Partial<Pick<Config, 'metricsToken' | 'mail' | 'sourceUrl' | 'sso'>> & {
      /** Resolved: from SESSION_SECRET or kept with the data (session-secret.ts). */
      sessionSecret: string;
    };
  database: DatabaseHandle;
  catalog: Catalog;
  bus: EventBus;
  clock?: Clock;
  rateLimits?: RateLimits;
  /** Where the built web app lives; defaults to dist/web. */
  webRoot?: string;
  logger?: boolean;
  /** Where logs go (tests capture them); stdout by default. */
  logStream?: { write(line: string): void };
  defaultMetrics?: boolean;
  /** Overrides of the server's timeouts and caps (tests shorten them). */
  httpLimits?: Partial<HttpLimits>;
  /** Defaults to argon2id at production cost; only tests pass a cheaper one. */
  passwordHasher?: PasswordHasher;
  /**
   * Whether the job runner's timers start when the app is ready (the
   * default). Tests that say false drive it by hand: app.jobs.tick(), drain().
   */
  startJobs?: boolean;
  /** Web push: the VAPID keys (push-keys.ts) and contact; off when absent. */
  push?: PushSetup | null;
}

/** Every feature of the program; a new feature is one line here (see features/feature.ts). */
const programFeatures: readonly Feature[] = [
  accountsFeature,
  coupleFeature,
  dialogueFeature,
  primerFeature,
  personalFeature,
  supportFeature,
  checkFeature,
  planFeature,
  progressFeature,
  decksFeature,
  listeningFeature,
  checkinsFeature,
  gesturesFeature,
  notesFeature,
  datesFeature,
  exercisesFeature,
  vulnerabilityFeature,
  projectsFeature,
  challengesFeature,
  interestsFeature,
  signalsFeature,
  libraryFeature,
  ssoFeature,
];

/**
 * Features that work across the others are given the list, as Today is: the
 * rhythm view counts every feature's weekly rhythm, and export gathers what
 * a person wrote in every feature (the rhythm's own life events included).
 */
const withRhythm: readonly Feature[] = [...programFeatures, rhythmFeature(programFeatures)];

/** Reminders ask each feature what is waiting on a person. */
const notifications = notificationsFeature(withRhythm);

/**
 * The program's features, export (of them and of the reminder settings and
 * devices), Today, which assembles their contributions, and reminders.
 */
export const features: readonly Feature[] = [
  ...withRhythm,
  exportFeature([...withRhythm, notifications]),
  todayFeature(withRhythm),
  notifications,
];

const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../dist/web', import.meta.url));

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    // One lean line per request at debug, slow ones at warn: plugins/access-log.ts.
    logController: new LogController({ disableRequestLogging: true }),
    // A request's child logger is made only when it writes a line.
    childLoggerFactory: requestLogger,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: options.config.trustProxy,
    // The errors plugin answers requests during shutdown with 503 in the one shape.
    return503OnClosing: false,
    ...httpServerOptions(httpLimits(options.httpLimits)),
    clientErrorHandler,
    frameworkErrors,
    logger:
      options.logger === false
        ? false
        : {
            level: options.config.logLevel,
            ...(options.logStream ? { stream: options.logStream } : {}),
            // Only the route pattern is logged: URLs can carry invite codes.
            // Errors lose driver details, which can quote the values that failed.
            serializers: {
              req: (req) => ({ method: req.method, route: req.routeOptions?.url ?? 'unmatched' }),
              res: (res) => ({ statusCode: res.statusCode }),
              err: (err: FastifyError) => ({
                type: err.name,
                code: typeof err.code === 'string' ? err.code : undefined,
                message: err.message,
                stack: err.stack ?? '',
              }),
            },
            redact: { paths: ['req.headers.cookie', 'req.headers.authorization'], remove: true },
          },
    ajv: { customOptions: { removeAdditional: false } },
  });
  const routes: RouteEntry[] = [];
  app.decorate('routeCatalog', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods)
      if (method !== 'HEAD') routes.push({ method, url: route.url, feature: null });
  });
  // The API speaks JSON only; anything else is 415.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(compileSerializer);

  const { db, dialect } = options.database;
  const mailer = options.config.mail ? createSmtpMailer(options.config.mail) : null;
  const jobs = createJobRunner({ db, dialect, clock, log: app.log });
  app.decorate('jobs', jobs);
  const deps: ServiceDeps = {
    db,
    dialect,
    clock,
    secret: options.config.sessionSecret,
    sessionTtlMs: options.config.sessionTtlMs,
    publicUrl: options.config.publicUrl,
    catalog: options.catalog,
    bus: options.bus,
    limiter: createRateLimiter(db, clock, options.config.sessionSecret),
    limits: options.rateLimits ?? defaultRateLimits,
    passwordHasher: options.passwordHasher ?? productionPasswordHasher,
    jobs,
    mailer,
    sso: options.config.sso ?? null,
    push: options.push ?? null,
  };
  // Handlers and tasks are all in place once the app is ready; the runner stops before the database closes.
  app.addHook('onReady', async () => {
    if (options.startJobs ?? true) jobs.start();
  });
  app.addHook('onClose', async () => {
    await jobs.stop();
    mailer?.close();
  });

  await app.register(errorsPlugin);
  await app.register(securityPlugin, {
    publicUrl: options.config.publicUrl,
    secure: options.config.secure,
  });
  await app.register(accessLogPlugin);
  await app.register(metricsPlugin, {
    defaultMetrics: options.defaultMetrics ?? false,
    token: options.config.metricsToken,
  });
  for (const metric of jobs.metrics) app.metricsRegistry.registerMetric(metric);
  // Before any /api route is added: each takes its session check as it is added.
  await app.register(sessionPlugin, {
    db,
    authEpoch: options.database.authEpoch,
    clock,
    secret: options.config.sessionSecret,
    secure: options.config.secure,
    ttlMs: options.config.sessionTtlMs,
  });
  await app.register(openapiPlugin, { secure: options.config.secure });
  // Only routes that may write carry the write hooks: a read runs none of them.
  const writeHooks = writeRouteHooks({
    durable: options.database.durable,
    // Person epochs exist on SQLite only: elsewhere nothing reads a scope.
    scoped: personEpochOf(db) !== undefined,
  });
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((method) => method === 'GET' || method === 'HEAD')) return;
    route.preHandler = [
      ...hooksOf(route.preHandler),
      writeHooks.preHandler(route.config?.ownWrites === true),
    ];
    route.onSend = [...hooksOf(route.onSend), ...writeHooks.onSend];
    route.onResponse = [...hooksOf(route.onResponse), writeHooks.onResponse];
    route.onRequestAbort = [...hooksOf(route.onRequestAbort), writeHooks.onRequestAbort];
  });
  await app.register(eventsPlugin, { bus: options.bus, check: app.checkSession });
  await app.register(systemRoutes, { database: options.database });
  await app.register(sourcePlugin, { sourceUrl: options.config.sourceUrl });
  for (const feature of features) {
    await app.register(async (scope) => {
      // Runs after the app's own onRoute hook: claims the entries it just added.
      scope.addHook('onRoute', (route) => {
        for (const entry of routes)
          if (entry.url === route.url && entry.feature === null) entry.feature = feature.id;
      });
      await feature.routes(scope, deps);
    });
  }
  await app.register(staticPlugin, { root: options.webRoot ?? DEFAULT_WEB_ROOT });
  return app;
}
