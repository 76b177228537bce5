import { sql } from 'kysely';
import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, dialects, type TestDatabase } from '../../../tests/support/databases';
import { fixedClock } from '../lib/clock';
import { retryDelayMs } from './backoff';
import { createJobRunner, failureCode, type JobLog } from './runner';

const START = new Date('2026-03-02T12:00:00Z');
const MINUTE = 60_000;

function recordingLog(): JobLog & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    warn: (details, message) => lines.push(`warn ${message} ${JSON.stringify(details)}`),
    error: (details, message) => lines.push(`error ${message} ${JSON.stringify(details)}`),
  };
}

describe('retryDelayMs: growing waits, never more than six hours', () => {
  it.each([
    [1, 1],
    [2, 4],
    [3, 16],
    [4, 64],
    [5, 256],
    [6, 360],
    [20, 360],
  ])('after try %i: %i minutes', (attempt, minutes) => {
    expect(retryDelayMs(attempt)).toBe(minutes * MINUTE);
  });
});

describe('failureCode: what may be logged of an error', () => {
  it.each([
    [
      Object.assign(new Error('550 <robin@example.com> rejected'), {
        code: 'EENVELOPE',
        responseCode: 550,
      }),
      'EENVELOPE 550',
    ],
    [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ECONNECTION' }),
      'ECONNECTION',
    ],
    [new TypeError('cannot read robin@example.com'), 'TypeError'],
    [Object.assign(new Error('x'), { code: 'has spaces and robin@example.com' }), 'Error'],
    ['a string', 'unknown'],
    [null, 'unknown'],
  ])('%s → %s', (error, code) => {
    expect(failureCode(error)).toBe(code);
  });
});

describe.each(dialects)('job runner (%s)', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database.drop());
  beforeEach(async () => {
    await database.handle.db.deleteFrom('jobs').execute();
  });

  function runner(clock = fixedClock(START), log = recordingLog()) {
    const jobs = createJobRunner({
      db: database.handle.db,
      dialect,
      clock,
      log,
      leaseMs: 5 * MINUTE,
    });
    const registry = new Registry();
    for (const metric of jobs.metrics) registry.registerMetric(metric);
    return { jobs, clock, log, registry };
  }

  const payload = z.object({ n: z.number() });

  async function rowOf(key: string) {
    return database.handle.db
      .selectFrom('jobs')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
  }

  it('adds a job once per key and runs it once', async () => {
    const { jobs, registry } = runner();
    const seen: number[] = [];
    jobs.handle('test.once', payload, async ({ n }) => {
      seen.push(n);
    });
    expect(await jobs.enqueue({ kind: 'test.once', key: 'once:1', payload: { n: 1 } })).toBe(true);
    expect(await jobs.enqueue({ kind: 'test.once', key: 'once:1', payload: { n: 2 } })).toBe(false);
    expect(await jobs.drain()).toBe(1);
    expect(await jobs.drain()).toBe(0);
    expect(seen).toEqual([1]);
    expect((await rowOf('once:1')).status).toBe('done');
    expect(await registry.metrics()).toContain(
      'rekindle_jobs_total{kind="test.once",outcome="done"} 1',
    );
    // Added again after it ran: the key is still taken.
    expect(await jobs.enqueue({ kind: 'test.once', key: 'once:1', payload: { n: 3 } })).toBe(false);
  });

  it('waits for a job’s time', async () => {
    const { jobs, clock } = runner();
    const seen: number[] = [];
    jobs.handle('test.later', payload, async ({ n }) => {
      seen.push(n);
    });
    await jobs.enqueue({
      kind: 'test.later',
      key: 'later:1',
      payload: { n: 1 },
      runAt: new Date(START.getTime() + 10 * MINUTE),
    });
    expect(await jobs.drain()).toBe(0);
    clock.advance(10 * MINUTE);
    expect(await jobs.drain()).toBe(1);
    expect(seen).toEqual([1]);
  });

  it('retries a failed job with growing waits, then keeps it as failed; logs carry no content', async () => {
    const { jobs, clock, log, registry } = runner();
    let tries = 0;
    jobs.handle(
      'test.flaky',
      payload,
      async () => {
        tries += 1;
        throw Object.assign(new Error('550 mailbox robin@example.com unavailable'), {
          code: 'EENVELOPE',
          responseCode: 550,
        });
      },
      { maxAttempts: 3 },
    );
    await jobs.enqueue({ kind: 'test.flaky', key: 'flaky:1', payload: { n: 1 } });
    expect(await jobs.drain()).toBe(1);
    let row = await rowOf('flaky:1');
    expect(row).toMatchObject({ status: 'pending', last_error: 'EENVELOPE 550' });
    expect(row.run_at).toBe(new Date(START.getTime() + MINUTE).toISOString());
    // Not before its time.
    clock.advance(MINUTE - 1000);
    expect(await jobs.drain()).toBe(0);
    clock.advance(1000);
    expect(await jobs.drain()).toBe(1);
    row = await rowOf('flaky:1');
    expect(row.run_at).toBe(new Date(clock.now().getTime() + 4 * MINUTE).toISOString());
    clock.advance(4 * MINUTE);
    expect(await jobs.drain()).toBe(1);
    expect(await rowOf('flaky:1')).toMatchObject({ status: 'failed', attempts: 3 });
    clock.advance(24 * 3600_000);
    expect(await jobs.drain()).toBe(0);
    expect(tries).toBe(3);
    const metrics = await registry.metrics();
    expect(metrics).toContain('rekindle_jobs_total{kind="test.flaky",outcome="retried"} 2');
    expect(metrics).toContain('rekindle_jobs_total{kind="test.flaky",outcome="failed"} 1');
    expect(log.lines).toHaveLength(3);
    expect(log.lines.join('\n')).toContain('EENVELOPE 550');
    expect(log.lines.join('\n')).not.toContain('robin');
  });

  it('fails a job whose payload does not fit at once, without retrying', async () => {
    const { jobs } = runner();
    jobs.handle('test.strict', payload, async () => {});
    await jobs.enqueue({ kind: 'test.strict', key: 'strict:1', payload: { n: 'not a number' } });
    expect(await jobs.drain()).toBe(1);
    expect(await rowOf('strict:1')).toMatchObject({
      status: 'failed',
      last_error: 'invalid_payload',
    });
  });

  it('takes back a job from an instance that died holding it, once its lease has run out', async () => {
    const { jobs, clock } = runner();
    const seen: number[] = [];
    jobs.handle('test.crash', payload, async ({ n }) => {
      seen.push(n);
    });
    await jobs.enqueue({ kind: 'test.crash', key: 'crash:1', payload: { n: 1 } });
    // Another instance claimed it and died: the row is left running, under its lease.
    await database.handle.db
      .updateTable('jobs')
      .set({
        status: 'running',
        attempts: 1,
        locked_by: 'a-dead-instance',
        locked_until: new Date(START.getTime() + 5 * MINUTE).toISOString(),
      })
      .where('key', '=', 'crash:1')
      .execute();
    expect(await jobs.drain()).toBe(0);
    clock.advance(5 * MINUTE);
    expect(await jobs.drain()).toBe(1);
    expect(seen).toEqual([1]);
    expect(await rowOf('crash:1')).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('runs every scheduled task on a tick, and reports the one that failed after running the rest', async () => {
    const { jobs, log } = runner();
    const ran: string[] = [];
    jobs.every('first', async () => {
      ran.push('first');
      throw new TypeError('broken');
    });
    jobs.every('second', async (now) => {
      ran.push(`second ${now.toISOString()}`);
    });
    await expect(jobs.tick()).rejects.toThrow('broken');
    expect(ran).toEqual(['first', `second ${START.toISOString()}`]);
    expect(log.lines).toEqual([
      'error a scheduled task failed {"task":"first","error":"TypeError"}',
    ]);
  });

  it('forgets finished jobs after a week (failed ones after a month)', async () => {
    const { jobs, clock } = runner();
    jobs.handle('test.old', payload, async () => {});
    await jobs.enqueue({ kind: 'test.old', key: 'old:1', payload: { n: 1 } });
    await jobs.drain();
    clock.advance(8 * 24 * 3600_000);
    await jobs.tick();
    const left = await database.handle.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(0);
  });

  it.runIf(dialect === 'postgres')(
    'lets two instances share the work: each job runs exactly once',
    async () => {
      const seen: string[] = [];
      const first = runner();
      const second = runner();
      for (const { jobs } of [first, second])
        jobs.handle('test.shared', payload, async ({ n }) => {
          // A slow handler: both workers are busy at the same time.
          await sql`select pg_sleep(0.01)`.execute(database.handle.db);
          seen.push(String(n));
        });
      for (let n = 0; n < 30; n += 1)
        await first.jobs.enqueue({ kind: 'test.shared', key: `shared:${n}`, payload: { n } });
      const [a, b] = await Promise.all([first.jobs.drain(), second.jobs.drain()]);
      expect(a + b).toBe(30);
      expect(a).toBeGreaterThan(0);
      expect(b).toBeGreaterThan(0);
      expect(seen.sort()).toEqual(Array.from({ length: 30 }, (_, n) => String(n)).sort());
    },
  );
});
