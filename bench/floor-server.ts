/**
 * The floor of the answer write: the least a durable answer can cost on this
 * machine with this stack. Started by bench/run.ts beside hello-world when the
 * answer scenario runs; prints `PORT=<n>` once it listens.
 *
 * It keeps what no answer can do without, done the cheapest way:
 * - Fastify parsing the request and its JSON body, and sending a JSON reply;
 * - the app's own schema (its migrations) and seed (seed.ts), opened with the
 *   app's pragmas (WAL, synchronous=NORMAL, secure_delete);
 * - the app's four statements of an answer (the latest day the question was
 *   given, that day's rows, the upsert, the person's moment), written here as
 *   plain SQL on better-sqlite3, in a savepoint of the app's own write batch
 *   (one transaction for every request of a turn of the event loop);
 * - no answer before its commit and the app's group commit (an fsync of the
 *   log that began after it).
 * And nothing else: no session, no validation schema, no security headers, no
 * write scope, no metrics or access log, no presenter, no live event.
 *
 * It is a measuring stick, never a server to ship: anyone may write anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { loadCatalog } from '../src/content/load';
import { openDatabase } from '../src/server/db/database';
import { createDurabilityBarrier } from '../src/server/db/durability';
import { migrateToLatest } from '../src/server/db/migrate';
import { createWriteBatches } from '../src/server/db/write-batch';
import { serveReference } from './child';
import { enableProfilerOnSignal } from './profiler';
import { seedOthers } from './seed';

enableProfilerOnSignal('floor');

const dir = mkdtempSync(join(tmpdir(), 'rekindle-floor-'));
const file = join(dir, 'floor.db');
const seeding = openDatabase({ sqliteFile: file });
await migrateToLatest(seeding.db);
await seedOthers(seeding.db, loadCatalog(), { users: 2000, sessionTtlMs: 86_400_000 });
await seeding.close();

const sqlite = new SQLite(file);
sqlite.pragma('journal_mode = WAL');
sqlite.pragma('synchronous = normal');
sqlite.pragma('foreign_keys = ON');
sqlite.pragma('secure_delete = ON');
sqlite.pragma('cache_size = -65536');

/** Who answers: one person of a seeded couple, on the newest day given to them (as the scenario's Robin). */
const who = sqlite
  .prepare(
    `select a.user_id, a.scope, a.question_id, a.couple_id from answers a
     where a.couple_id is not null order by a.day desc limit 1`,
  )
  .get() as { user_id: string; scope: string; question_id: string; couple_id: string };

const latestDay = sqlite
  .prepare(
    'select day from daily_questions where scope = ? and question_id = ? order by day desc limit 1',
  )
  .pluck();
const dayRows = sqlite.prepare(
  `select dq.question_id, a.user_id, a.couple_id, a.visibility, a.text, a.updated_at
   from daily_questions dq left join answers a on a.scope = dq.scope and a.day = dq.day
   where dq.scope = ? and dq.day = ?`,
);
const upsert = sqlite.prepare(
  `insert into answers (id, user_id, scope, day, question_id, couple_id, visibility, text, created_at, updated_at)
   values (?, ?, ?, ?, ?, ?, 'reveal-together', ?, ?, ?)
   on conflict (user_id, scope, day) do update set text = excluded.text, updated_at = excluded.updated_at`,
);
const moment = sqlite.prepare(
  `select (select count(*) from question_skips where user_id = ? and scope = ? and day = ?) as skipped,
     (select depth from question_choices where scope = ?) as choice,
     (select count(*) from (select day from answers where scope = ? group by day
       having count(*) >= 2 limit 30)) as answered_days`,
);

/**
 * The app's own commit path, without its statement layer: the turn's shared
 * transaction (write-batch.ts) and group commit (durability.ts), counting the
 * one upsert of each committed answer.
 */
let written = 0;
let committed = 0;
const batches = createWriteBatches(
  sqlite,
  // The work runs its own prepared statements, not the app's by SQL text.
  () => [],
  () => {
    if (!sqlite.inTransaction) committed = written;
  },
);
const wal = await open(`${file}-wal`, 'r');
const barrier = createDurabilityBarrier(
  () => wal.sync(),
  () => committed,
);

let ids = 0;
const app = Fastify({ logger: false });
app.put('/answer', async (request, reply) => {
  const text = (request.body as { text?: unknown } | null)?.text;
  if (typeof text !== 'string' || text.length === 0 || text.length > 4000)
    return reply.status(400).send({ error: { code: 'invalid', message: 'text' } });
  const now = new Date().toISOString();
  const turn = batches.run(() => {
    const day = latestDay.get(who.scope, who.question_id) as string;
    const rows = dayRows.all(who.scope, day);
    upsert.run(
      `floor-${++ids}`,
      who.user_id,
      who.scope,
      day,
      who.question_id,
      who.couple_id,
      text,
      now,
      now,
    );
    written += 1;
    const m = moment.get(who.user_id, who.scope, day, who.scope, who.scope);
    return { day, answers: rows.length, moment: m };
  });
  // Only this server writes to the connection, so a batch is always open to join.
  if (!turn) throw new Error('the connection is taken');
  await turn.committed;
  await barrier.durable();
  return { ...turn.value, text, updatedAt: now };
});

await serveReference(app, async () => {
  await wal.close();
  sqlite.close();
  rmSync(dir, { recursive: true, force: true });
});
