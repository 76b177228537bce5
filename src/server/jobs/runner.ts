/**
 * The job runner: background work kept in the database, so it needs no
 * other service and survives a restart. Features register handlers by kind
 * and tasks to run on every scheduler tick; this module knows no feature.
 *
 * - Each job has a unique idempotency key: adding it twice, from a restart
 *   or a second instance, adds it once.
 * - One in-process worker claims one job at a time (PostgreSQL: `FOR UPDATE
 *   SKIP LOCKED`, so instances never share a job) and holds it for a lease;
 *   a job whose instance died is claimed again once the lease ends.
 * - A failing job is retried with growing delays (retryDelayMs) until its
 *   attempts run out; then it is kept as failed for the operator to see.
 * - Outcomes are counted in /metrics (`rekindle_jobs_total{kind,outcome}`)
 *   and failures logged by kind and error code only: never an address or
 *   any content.
 *
 * Time is injected; tests drive the runner with tick() and drain() and
 * start no timers.
 */
import { Counter, type Metric } from 'prom-client';
import { z } from 'zod';
import type { Db, Dialect } from '../db/database';
import { outsideWriteScope } from '../db/write-scope';
import type { Clock } from '../lib/clock';
import { newId } from '../lib/tokens';
import { retryDelayMs } from './backoff';
import {
  claimNext,
  completeJob,
  findNextRunAt,
  insertJob,
  type JobRow,
  pruneJobs,
  releaseFailedJob,
} from './queue';

export interface NewJob<P> {
  kind: string;
  /** Unique per piece of work: a second job with this key is not added. */
  key: string;
  payload: P;
  /** Not before this instant (now by default). */
  runAt?: Date;
}

export interface JobContext {
  key: string;
  /** 1 on the first try. */
  attempt: number;
}

export interface JobQueue {
  /**
   * Adds a job unless its key is taken; true when it was added. Given a
   * transaction, the job commits with it (call wake() after the commit).
   */
  enqueue<P>(job: NewJob<P>, db?: Db): Promise<boolean>;
  /** Looks for due jobs now rather than at the next poll. */
  wake(): void;
}

export interface JobRunner extends JobQueue {
  /** How jobs of `kind` are done; the payload is checked against `schema` first. */
  handle<S extends z.ZodType>(
    kind: string,
    schema: S,
    run: (payload: z.infer<S>, context: JobContext) => Promise<void>,
    options?: { maxAttempts?: number },
  ): void;
  /** A task for every scheduler tick (once a minute while started). */
  every(name: string, task: (now: Date) => Promise<void>): void;
  /** Runs every scheduled task once. */
  tick(): Promise<void>;
  /** Runs due jobs, one at a time, until none is left; resolves with how many ran. */
  drain(): Promise<number>;
  /** Starts the scheduler tick and the worker. */
  start(): void;
  /** Stops the timers and waits for the job under way. */
  stop(): Promise<void>;
  /** The runner's metrics, for the app's registry. */
  readonly metrics: readonly Metric[];
}

export interface JobLog {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface JobRunnerOptions {
  db: Db;
  dialect: Dialect;
  clock: Clock;
  log: JobLog;
  /** How long a claim holds before another instance may take the job. */
  leaseMs?: number;
  tickEveryMs?: number;
  /** The longest the worker sleeps without looking (jobs from other instances, retries). */
  pollMaxMs?: number;
}

const DEFAULT_MAX_ATTEMPTS = 6;
const KEEP_DONE_MS = 7 * 24 * 3600_000;
const KEEP_FAILED_MS = 30 * 24 * 3600_000;
const PRUNE_EVERY_MS = 3600_000;

/**
 * What went wrong, as a code safe to log and store: the error's code and an
 * SMTP reply code, or its class name. Never its message, which can quote an
 * address or what was being sent.
 */
export function failureCode(error: unknown): string {
  if (error instanceof z.ZodError) return 'invalid_payload';
  if (typeof error !== 'object' || error === null) return 'unknown';
  const { code, responseCode, name } = error as {
    code?: unknown;
    responseCode?: unknown;
    name?: unknown;
  };
  const parts: string[] = [];
  if (typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code)) parts.push(code);
  if (typeof responseCode === 'number' && Number.isInteger(responseCode))
    parts.push(String(responseCode));
  if (parts.length > 0) return parts.join(' ');
  if (typeof name === 'string' && /^[A-Za-z]{1,40}$/.test(name)) return name;
  return 'unknown';
}

interface Handler {
  schema: z.ZodType;
  run: (payload: unknown, context: JobContext) => Promise<void>;
  maxAttempts: number;
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, dialect, clock, log } = options;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const tickEveryMs = options.tickEveryMs ?? 60_000;
  const pollMaxMs = options.pollMaxMs ?? 30_000;
  const owner = newId();
  const handlers = new Map<string, Handler>();
  const tasks = new Map<string, (now: Date) => Promise<void>>();
  const outcomes = new Counter({
    name: 'rekindle_jobs_total',
    help: 'Background jobs finished, by kind and outcome (done, retried, failed)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [],
  });

  let started = false;
  let stopped = false;
  let tickTimer: ReturnType<typeof setInterval> | undefined;
  let pollTimer: ReturnType<typeof setTimeout> | undefined;
  let lastPrune = 0;
  // One worker per process: drains run one after another, never side by side.
  let worker: Promise<unknown> = Promise.resolve();

  const kinds = () => [...handlers.keys()];

  async function runOne(): Promise<boolean> {
    const now = clock.now();
    const job = await claimNext(db, dialect, {
      kinds: kinds(),
      nowIso: now.toISOString(),
      lockedUntil: new Date(now.getTime() + leaseMs).toISOString(),
      owner,
    });
    if (!job) return false;
    await perform(job);
    return true;
  }

  async function perform(job: JobRow): Promise<void> {
    const handler = handlers.get(job.kind);
    const attempt = Number(job.attempts);
    try {
      if (!handler) throw new Error('no handler');
      const payload = handler.schema.parse(JSON.parse(job.payload));
      await handler.run(payload, { key: job.key, attempt });
      await completeJob(db, { id: job.id, owner, nowIso: clock.now().toISOString() });
      outcomes.inc({ kind: job.kind, outcome: 'done' });
    } catch (error) {
      const code = failureCode(error);
      const lastTry = attempt >= Number(job.max_attempts) || error instanceof z.ZodError;
      const now = clock.now();
      await releaseFailedJob(db, {
        id: job.id,
        owner,
        nowIso: now.toISOString(),
        runAt: lastTry ? null : new Date(now.getTime() + retryDelayMs(attempt)).toISOString(),
        error: code,
      });
      outcomes.inc({ kind: job.kind, outcome: lastTry ? 'failed' : 'retried' });
      if (lastTry) log.error({ job: job.kind, attempt, error: code }, 'a background job failed');
      else log.warn({ job: job.kind, attempt, error: code }, 'a background job failed; will retry');
    }
  }

  const drainNow = async (): Promise<number> => {
    let count = 0;
    while (!stopped && (await runOne())) count += 1;
    return count;
  };

  function drain(): Promise<number> {
    // Jobs write for anyone: never as the request that happened to wake the worker.
    const round = outsideWriteScope(() => worker.then(drainNow, drainNow));
    worker = round.catch(() => {});
    return round;
  }

  async function tick(): Promise<void> {
    const now = clock.now();
    let failure: unknown;
    for (const [name, task] of tasks) {
      try {
        await task(now);
      } catch (error) {
        log.error({ task: name, error: failureCode(error) }, 'a scheduled task failed');
        failure ??= error;
      }
    }
    if (now.getTime() - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = now.getTime();
      try {
        await pruneJobs(db, {
          doneBefore: new Date(now.getTime() - KEEP_DONE_MS).toISOString(),
          failedBefore: new Date(now.getTime() - KEEP_FAILED_MS).toISOString(),
        });
      } catch (error) {
        log.error({ task: 'prune', error: failureCode(error) }, 'a scheduled task failed');
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }

  /** Drains, then sleeps until the next job is due (at most pollMaxMs). */
  function poll(): void {
    outsideWriteScope(pollNow);
  }

  function pollNow(): void {
    if (!started || stopped) return;
    clearTimeout(pollTimer);
    void drain()
      .then(() => findNextRunAt(db, kinds()))
      .then(
        (next) => next,
        (error: unknown) => {
          log.error({ error: failureCode(error) }, 'the job worker failed; it will look again');
          return null;
        },
      )
      .then((next) => {
        if (!started || stopped) return;
        const wait = next === null ? pollMaxMs : Date.parse(next) - clock.now().getTime();
        pollTimer = setTimeout(poll, Math.min(pollMaxMs, Math.max(wait, 250)));
        pollTimer.unref();
      });
  }

  return {
    metrics: [outcomes],
    enqueue: async (job, trx) => {
      if (!handlers.has(job.kind)) throw new Error(`No handler for jobs of kind "${job.kind}"`);
      const now = clock.now();
      const added = await insertJob(trx ?? db, {
        id: newId(),
        kind: job.kind,
        key: job.key,
        payload: JSON.stringify(job.payload),
        maxAttempts: handlers.get(job.kind)?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        runAt: (job.runAt ?? now).toISOString(),
        nowIso: now.toISOString(),
      });
      if (added && !trx) setImmediate(poll);
      return added;
    },
    wake: () => {
      setImmediate(poll);
    },
    handle: (kind, schema, run, handlerOptions) => {
      handlers.set(kind, {
        schema,
        run: run as Handler['run'],
        maxAttempts: handlerOptions?.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      });
    },
    every: (name, task) => {
      tasks.set(name, task);
    },
    tick,
    drain,
    start: () => {
      if (started || stopped) return;
      started = true;
      tickTimer = setInterval(() => {
        // tick() has logged what failed; the worker runs either way.
        void tick()
          .catch(() => {})
          .then(poll);
      }, tickEveryMs);
      tickTimer.unref();
      poll();
    },
    stop: async () => {
      stopped = true;
      clearInterval(tickTimer);
      clearTimeout(pollTimer);
      await worker;
    },
  };
}

/** What features use of the runner: they add handlers, tasks and jobs; the app starts and stops it. */
export type JobsForFeatures = Pick<JobRunner, 'enqueue' | 'wake' | 'handle' | 'every'>;
