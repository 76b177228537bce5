/**
 * The history `bench:scale` seeds on PostgreSQL, in set-based SQL
 * (`INSERT … SELECT` over `generate_series`), one statement per table.
 *
 * Couples, people and sessions as in bulk.ts (couple n: people 2n−1 and 2n).
 * Every `yearEvery`-th couple (n = k, 2k, 3k, …) has a year of history; the
 * others have their last `recentDays` days. Daily and weekly rows go in a
 * thousand couples at a time, day by day (oldest first) within each thousand,
 * so a couple's rows of different days lie on different pages of the table,
 * as a running app leaves them (see inChunk).
 * Gaps are decided by a hash of the couple or person and the day, so every
 * run and every size draws the same pattern. What is seeded is listed in
 * docs/decisions/0013-scale.md.
 */
import { sql } from 'kysely';
import type { Catalog } from '../src/content/load';
import { LIFE_EVENT_KINDS } from '../src/core/life-events';
import { scoreCheck } from '../src/core/scoring';
import type { Db } from '../src/server/db/database';
import { challengesOf } from '../src/server/features/challenges/challenges.catalog';
import { getCheckDefinition } from '../src/server/features/check/check.service';
import { dateIdeasOf } from '../src/server/features/dates/dates.present';
import { gesturesOf } from '../src/server/features/gestures/gestures.catalog';
import { SCREEN_TAKEN } from '../src/server/features/personal/personal.service';
import { PRIMER_DONE } from '../src/server/features/primer/primer.service';
import { vulnerabilityContentOf } from '../src/server/features/vulnerability/vulnerability.content';
import { ANSWER_TEXT, seedPeople } from './bulk';

export interface ScaleShape {
  couples: number;
  /** Every k-th couple keeps a year of history. */
  yearEvery: number;
  /** Days of daily questions every couple has, today included. */
  recentDays: number;
  /** Today (UTC), YYYY-MM-DD. */
  today: string;
  /** The moment of the seed, ISO. */
  now: string;
}

/** Days of history a year couple has (offsets 0..364 from today). */
export const YEAR_DAYS = 365;
/** Weeks of pulses a year couple has, this week included. */
export const YEAR_WEEKS = 52;
/** Weeks of the other weekly things (offers, challenges, check-ins, signals) a year couple has. */
export const RECENT_WEEKS = 8;
/** Days of suggested and done gestures a year couple has, today included. */
export const GESTURE_DAYS = 14;
/** Couples seeded together, day by day (see inChunk). */
export const CHUNK = 1000;
/** A check every this many weeks of the year (weeks 0, 6, 12, … 48). */
export const CHECK_EVERY_WEEKS = 6;

/** What share (in %) of days a couple opens the app (its question is given); today always. */
export const GIVEN_SHARE = 90;
/** What share (in %) of given days each partner answers. */
export const ANSWER_SHARE = [82, 76] as const;

const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const textArray = (list: readonly string[]) => `ARRAY[${list.map(quote).join(',')}]::text[]`;
const cid = (n: string) => `'c' || lpad((${n})::text, 12, '0')`;
const uid = (p: string) => `'u' || lpad((${p})::text, 12, '0')`;
const scopeOf = (n: string) => `'c:c' || lpad((${n})::text, 12, '0')`;

/** 0..99, the same for the same key and salt in every run. */
const chance = (key: string, salt: number) =>
  `((hashint8((${key})::bigint * 64 + ${salt})::bigint + 2147483648) % 100)`;

export interface SeedStep {
  table: string;
  rows: number;
  seconds: number;
}

/** Each statement's table, rows and time, for the report. */
async function step(
  db: Db,
  steps: SeedStep[],
  table: string,
  text: string,
  progress: (line: string) => void,
): Promise<void> {
  const started = performance.now();
  const result = await sql.raw(text).execute(db);
  const rows = Number(result.numAffectedRows ?? 0n);
  const seconds = (performance.now() - started) / 1000;
  steps.push({ table, rows, seconds });
  progress(line(table, rows, seconds));
}

const line = (table: string, rows: number, seconds: number) =>
  `    ${table.padEnd(24)} ${rows.toLocaleString('en-US').padStart(12)} rows ${seconds.toFixed(1).padStart(7)} s`;

export async function seedScale(
  db: Db,
  catalog: Catalog,
  shape: ScaleShape,
  progress: (line: string) => void,
): Promise<SeedStep[]> {
  const { couples: N, yearEvery: k, recentDays: R, today, now } = shape;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`Not a day: ${today}`);
  if (!Number.isInteger(N) || !Number.isInteger(k) || !Number.isInteger(R) || k < 1 || R < 1)
    throw new Error('couples, yearEvery and recentDays must be positive whole numbers');
  const steps: SeedStep[] = [];
  const run = (table: string, text: string) => step(db, steps, table, text, progress);

  const T = `DATE ${quote(today)}`;
  const dayOf = (o: string) => `to_char(${T} - (${o})::int, 'YYYY-MM-DD')`;
  const at = (o: string, time: string) => `(${dayOf(o)} || 'T${time}.000Z')`;
  const weekOf = (w: string) => `to_char(${T} - 7 * (${w}), 'IYYY-"W"IW')`;
  const mondayOf = (w: string) => `(date_trunc('week', ${T} - 7 * (${w})))::date`;
  /**
   * The couples of chunk c on a day or week (offset back from today): all of
   * them within the recent span, else only the year couples. Rows go in chunk
   * by chunk, and within a chunk day by day: a couple's rows of different
   * days land on different pages, as in a running app, while the indexes are
   * written within one chunk's range at a time (which keeps seeding fast).
   */
  const chunks = Math.ceil(N / CHUNK);
  const inChunk = (offset: string, recent: number) =>
    `generate_series(CASE WHEN ${offset} < ${recent} THEN c * ${CHUNK} + 1 ELSE ((c * ${CHUNK} + ${k}) / ${k}) * ${k} END,
                     LEAST(${N}, (c + 1) * ${CHUNK}), CASE WHEN ${offset} < ${recent} THEN 1 ELSE ${k} END)`;
  const yearCouples = `generate_series(${k}, ${N}, ${k})`;
  const partners = `(VALUES (2 * n - 1, 0), (2 * n, 1)) AS who(p, side)`;

  const since = `${dayOfJs(today, -400)}T09:00:00.000Z`;
  const started = performance.now();
  await seedPeople(db, 'postgres', { couples: N, since, now });
  const seconds = (performance.now() - started) / 1000;
  steps.push({ table: 'couples, users, sessions', rows: 5 * N, seconds });
  progress(line('couples, users, sessions', 5 * N, seconds));

  // ------------------------------------------------------------ the daily question
  const deck = catalog.questionDeck;
  const given = `(o = 0 OR ${chance('n * 1000 + o', 1)} < ${GIVEN_SHARE})`;
  const answered = `(${chance('p * 1000 + o', 2)} < CASE WHEN side = 0 THEN ${ANSWER_SHARE[0]} ELSE ${ANSWER_SHARE[1]} END)`;
  const question = `(${textArray(deck)})[1 + ((n + ${YEAR_DAYS - 1} - o) % ${deck.length})]`;
  // OFFSET 0 keeps the day's text computed once per day, not once per row.
  const days = `generate_series(0, ${chunks - 1}) AS c, LATERAL generate_series(${YEAR_DAYS - 1}, 0, -1) AS o,
       LATERAL (SELECT ${dayOf('o')} AS day OFFSET 0) AS d, LATERAL ${inChunk('o', R)} AS n`;
  await run(
    'daily_questions',
    `INSERT INTO daily_questions (scope, day, question_id, created_at)
     SELECT ${scopeOf('n')}, d.day, ${question}, d.day || 'T07:30:00.000Z'
     FROM ${days} WHERE ${given}`,
  );
  const longText = `${ANSWER_TEXT} ${ANSWER_TEXT} ${ANSWER_TEXT} ${ANSWER_TEXT}`;
  await run(
    'answers',
    `INSERT INTO answers (id, user_id, scope, day, question_id, couple_id, visibility, text, created_at, updated_at)
     SELECT 'a' || lpad(p::text, 12, '0') || '-' || d.day, ${uid('p')}, ${scopeOf('n')}, d.day,
            ${question}, ${cid('n')}, 'reveal-together',
            left(${quote(longText)}, 40 + 2 * ${chance('p * 1000 + o', 3)}::int),
            d.day || 'T20:15:00.000Z', d.day || 'T20:15:00.000Z'
     FROM ${days}, LATERAL ${partners}
     WHERE ${given} AND ${answered}`,
  );
  await run(
    'question_skips',
    `INSERT INTO question_skips (user_id, scope, day, created_at)
     SELECT ${uid('p')}, ${scopeOf('n')}, d.day, d.day || 'T12:00:00.000Z'
     FROM ${days}, LATERAL ${partners}
     WHERE ${given} AND NOT ${answered} AND ${chance('p * 1000 + o', 4)} < 20`,
  );

  // ------------------------------------------------------------ pulse, checks, sharing
  await run(
    'pulses',
    `INSERT INTO pulses (id, user_id, week, emotional, physical, intellectual, talk, created_at, updated_at, couple_id)
     SELECT 'p' || lpad(p::text, 12, '0') || '-' || w, ${uid('p')}, wk.week,
            7 + ${chance('p * 100 + w', 6)} % 2, 7 + ${chance('p * 100 + w', 7)} % 2,
            7 + ${chance('p * 100 + w', 8)} % 2, 7 + ${chance('p * 100 + w', 9)} % 2,
            wk.monday || 'T19:00:00.000Z', wk.monday || 'T19:00:00.000Z', ${cid('n')}
     FROM generate_series(0, ${chunks - 1}) AS c, LATERAL generate_series(${YEAR_WEEKS - 1}, 0, -1) AS w,
          LATERAL (SELECT ${weekOf('w')} AS week, to_char(${mondayOf('w')}, 'YYYY-MM-DD') AS monday OFFSET 0) AS wk,
          LATERAL ${inChunk('w', 1)} AS n, LATERAL ${partners}
     WHERE ${chance('p * 100 + w', 5)} < 85`,
  );
  const checks = checkResults(catalog);
  const checkDays = Array.from(
    { length: Math.floor((YEAR_WEEKS - 1) / CHECK_EVERY_WEEKS) + 1 },
    (_, i) => YEAR_DAYS - 1 - 7 * CHECK_EVERY_WEEKS * i,
  );
  // Year couples: a check every six weeks; the others: one, on the first of their recent days.
  await run(
    'check_results',
    `INSERT INTO check_results (id, user_id, version, answers, result, taken_at, couple_id)
     SELECT 'k' || lpad(p::text, 12, '0') || '-' || o, ${uid('p')}, ${quote(checks.version)},
            (${textArray(checks.answers)})[1 + least(${checks.answers.length - 1}, i / 3)],
            (${textArray(checks.results)})[1 + least(${checks.results.length - 1}, i / 3)],
            ${at('o', '20:00:00')}, ${cid('n')}
     FROM generate_series(1, ${N}) AS n,
          LATERAL unnest(CASE WHEN n % ${k} = 0 THEN ARRAY[${checkDays.join(',')}] ELSE ARRAY[${R - 1}] END)
            WITH ORDINALITY AS c(o, i),
          LATERAL ${partners}`,
  );
  await run(
    'sharing',
    `INSERT INTO sharing (user_id, topic, created_at, couple_id)
     SELECT ${uid('p')}, topic, ${quote(since)}, ${cid('n')}
     FROM ${yearCouples} AS n, LATERAL ${partners}, LATERAL unnest(ARRAY['check', 'progress']) AS topic
     WHERE ${chance('n', 10)} < 50`,
  );
  await run(
    'milestones',
    `INSERT INTO milestones (user_id, key, at)
     SELECT ${uid('p')}, key, ${at(`CASE WHEN key = ${quote(PRIMER_DONE)} THEN 360 ELSE ${chance('p', 11)} END`, '21:00:00')}
     FROM ${yearCouples} AS n, LATERAL ${partners},
          LATERAL unnest(ARRAY[${quote(PRIMER_DONE)}, ${quote(SCREEN_TAKEN)}]) AS key`,
  );
  await run(
    'primer_progress',
    `INSERT INTO primer_progress (user_id, card_id, reflection, updated_at)
     SELECT ${uid('p')}, card, NULL, ${at('361', '21:00:00')}
     FROM ${yearCouples} AS n, LATERAL ${partners},
          LATERAL unnest(${textArray(catalog.primerCards.map((c) => c.id))}) AS card`,
  );

  // ------------------------------------------------------------ gestures
  const gestures = gesturesOf(catalog).list.map((g) => g.id);
  const gestureDays = `generate_series(${GESTURE_DAYS - 1}, 0, -1) AS o, LATERAL ${yearCouples} AS n, LATERAL ${partners}`;
  const gesture = `(${textArray(gestures)})[1 + ((p + o) % ${gestures.length})]`;
  await run(
    'gesture_days',
    `INSERT INTO gesture_days (user_id, day, gesture_id, created_at)
     SELECT ${uid('p')}, ${dayOf('o')}, ${gesture}, ${at('o', '07:00:00')} FROM ${gestureDays}`,
  );
  await run(
    'gesture_done',
    `INSERT INTO gesture_done (id, user_id, couple_id, day, gesture_id, created_at, thanked_at)
     SELECT 'g' || lpad(p::text, 12, '0') || '-' || o, ${uid('p')}, ${cid('n')}, ${dayOf('o')}, ${gesture},
            ${at('o', '18:00:00')}, NULL
     FROM ${gestureDays} WHERE ${chance('p * 1000 + o', 12)} < 40`,
  );

  // ------------------------------------------------------------ weekly prompts and challenges
  const prompts = vulnerabilityContentOf(catalog).prompts.map((v) => v.id);
  const recentWeeks = `generate_series(${RECENT_WEEKS - 1}, 0, -1) AS w, LATERAL ${yearCouples} AS n`;
  const prompt = `(${textArray(prompts)})[1 + ((p + ${YEAR_WEEKS} - w) % ${prompts.length})]`;
  await run(
    'vulnerability_offers',
    `INSERT INTO vulnerability_offers (user_id, week, prompt_id, created_at)
     SELECT ${uid('p')}, ${weekOf('w')}, ${prompt}, to_char(${mondayOf('w')}, 'YYYY-MM-DD') || 'T08:00:00.000Z'
     FROM ${recentWeeks}, LATERAL ${partners}`,
  );
  await run(
    'vulnerability_entries',
    `INSERT INTO vulnerability_entries (id, user_id, prompt_id, text, shared, couple_id, shared_at, created_at, updated_at)
     SELECT 'v' || lpad(p::text, 12, '0') || '-' || w, ${uid('p')}, ${prompt}, ${quote(ANSWER_TEXT)}, 0, NULL, NULL,
            to_char(${mondayOf('w')} + 2, 'YYYY-MM-DD') || 'T21:00:00.000Z',
            to_char(${mondayOf('w')} + 2, 'YYYY-MM-DD') || 'T21:00:00.000Z'
     FROM ${recentWeeks}, LATERAL ${partners} WHERE ${chance('p * 100 + w', 13)} < 30`,
  );
  await run(
    'vulnerability_set_aside',
    `INSERT INTO vulnerability_set_aside (user_id, prompt_id, created_at)
     SELECT ${uid('p')}, ${prompt}, to_char(${mondayOf('w')} + 1, 'YYYY-MM-DD') || 'T21:00:00.000Z'
     FROM ${recentWeeks}, LATERAL ${partners}
     WHERE ${chance('p * 100 + w', 13)} BETWEEN 30 AND 39`,
  );
  const challenges = challengesOf(catalog).list.map((c) => c.id);
  const weekOpened = `(w = 0 OR ${chance('n * 100 + w', 14)} < 70)`;
  await run(
    'challenge_weeks',
    `INSERT INTO challenge_weeks (id, couple_id, week, starts_on, challenge_id, swapped_from, done_at, created_at)
     SELECT 'cw' || lpad(n::text, 12, '0') || '-' || w, ${cid('n')}, ${weekOf('w')},
            to_char(${mondayOf('w')}, 'YYYY-MM-DD'),
            (${textArray(challenges)})[1 + ((n + ${YEAR_WEEKS} - w) % ${challenges.length})], NULL,
            CASE WHEN w > 0 AND ${chance('n * 100 + w', 15)} < 50
                 THEN to_char(${mondayOf('w')} + 5, 'YYYY-MM-DD') || 'T17:00:00.000Z' END,
            to_char(${mondayOf('w')}, 'YYYY-MM-DD') || 'T08:00:00.000Z'
     FROM ${recentWeeks} WHERE ${weekOpened}`,
  );
  await run(
    'challenge_responses',
    `INSERT INTO challenge_responses (week_id, user_id, couple_id, answer, reflection, shared, updated_at)
     SELECT 'cw' || lpad(n::text, 12, '0') || '-' || w, ${uid('p')}, ${cid('n')},
            CASE WHEN ${chance('p * 100 + w', 16)} < 80 THEN 'in' ELSE 'not-now' END, NULL, 0,
            to_char(${mondayOf('w')}, 'YYYY-MM-DD') || 'T09:00:00.000Z'
     FROM ${recentWeeks}, LATERAL ${partners}
     WHERE ${weekOpened} AND ${chance('p * 100 + w', 16)} < 85`,
  );

  // ------------------------------------------------------------ check-ins
  await run(
    'checkin_schedules',
    `INSERT INTO checkin_schedules (couple_id, weekday, local_time, proposed_by, proposed_weekday, proposed_time, updated_at)
     SELECT ${cid('n')}, 1 + n % 7, '19:30', NULL, NULL, NULL, ${quote(since)} FROM ${yearCouples} AS n`,
  );
  const checkinWeeks = `generate_series(${RECENT_WEEKS}, 1, -1) AS w, LATERAL ${yearCouples} AS n`;
  const checkinDay = `to_char(${mondayOf('w')} + n % 7, 'YYYY-MM-DD')`;
  const checkinHeld = `${chance('n * 100 + w', 17)} < 85`;
  await run(
    'checkins',
    `INSERT INTO checkins (id, couple_id, day, step, created_at)
     SELECT 'ci' || lpad(n::text, 12, '0') || '-' || w, ${cid('n')}, ${checkinDay}, 'done',
            ${checkinDay} || 'T19:30:00.000Z'
     FROM ${checkinWeeks} WHERE ${checkinHeld}`,
  );
  await run(
    'checkin_preps',
    `INSERT INTO checkin_preps (checkin_id, user_id, appreciation, success, concern, concern_id, concern_private, goals, pulse_week, updated_at)
     SELECT 'ci' || lpad(n::text, 12, '0') || '-' || w, ${uid('p')}, ${quote(ANSWER_TEXT)}, NULL, NULL, NULL, 0, NULL, NULL,
            ${checkinDay} || 'T12:00:00.000Z'
     FROM ${checkinWeeks}, LATERAL ${partners}
     WHERE ${checkinHeld} AND ${chance('p * 100 + w', 18)} < 60`,
  );

  // ------------------------------------------------------------ dates, listening, notes, life events
  const ideas = dateIdeasOf(catalog).list.map((i) => i.id);
  const dateDays = `${yearCouples} AS n, LATERAL unnest(ARRAY[7, 21, 35, 49]) AS t(base), LATERAL (SELECT base + n % 5 AS o) AS d`;
  await run(
    'scheduled_dates',
    `INSERT INTO scheduled_dates (id, couple_id, idea_id, title, title_by, starts_at, time_zone, day, duration_minutes,
                                  place, place_by, notes, notes_by, status, sequence, created_by, created_at, updated_at)
     SELECT 'sd' || lpad(n::text, 12, '0') || '-' || base, ${cid('n')},
            (${textArray(ideas)})[1 + ((n + base) % ${ideas.length})], NULL, NULL, ${at('o', '18:30:00')}, 'UTC',
            ${dayOf('o')}, 120, NULL, NULL, NULL, NULL, 'planned', 0, ${uid('2 * n - 1')},
            ${at('o + 10', '20:00:00')}, ${at('o + 10', '20:00:00')}
     FROM ${dateDays}`,
  );
  await run(
    'date_reflections',
    `INSERT INTO date_reflections (date_id, user_id, couple_id, text, shared, created_at, updated_at)
     SELECT 'sd' || lpad(n::text, 12, '0') || '-' || base, ${uid('p')}, ${cid('n')}, ${quote(ANSWER_TEXT)}, 0,
            ${at('o - 1', '20:00:00')}, ${at('o - 1', '20:00:00')}
     FROM ${dateDays}, LATERAL ${partners} WHERE ${chance('p * 100 + base', 19)} < 50`,
  );
  await run(
    'listening_sessions',
    `INSERT INTO listening_sessions (id, couple_id, started_by, mode, turn_ms, phase, turn, spoken_turns, running_since,
                                     elapsed_ms, paused_at, completed, version, day, created_at, updated_at, ended_at)
     SELECT 'ls' || lpad(n::text, 12, '0') || '-' || base, ${cid('n')}, ${uid('2 * n - (base / 14) % 2')}, 'together',
            180000, 'ended', 2, 2, NULL, 360000, NULL, 1, 9, ${dayOf('o')},
            ${at('o', '20:00:00')}, ${at('o', '20:07:00')}, ${at('o', '20:07:00')}
     FROM ${yearCouples} AS n, LATERAL unnest(ARRAY[3, 17, 31, 45]) AS t(base),
          LATERAL (SELECT base + n % 3 AS o) AS d`,
  );
  const noteRows = `${yearCouples} AS n, LATERAL unnest(ARRAY[5, 19, 33, 47]) AS t(o),
          LATERAL (SELECT 2 * n - (o / 14) % 2 AS author, 2 * n - 1 + (o / 14) % 2 AS recipient) AS r`;
  await run(
    'notes',
    `INSERT INTO notes (id, author_id, recipient_id, couple_id, kind, title, text, created_at, visible_from, announced_at)
     SELECT 'nt' || lpad(n::text, 12, '0') || '-' || o, ${uid('author')}, ${uid('recipient')}, ${cid('n')},
            'thank-you', NULL, ${quote(ANSWER_TEXT)}, ${at('o', '08:00:00')}, ${at('o', '08:00:00')}, ${at('o', '08:00:00')}
     FROM ${noteRows}`,
  );
  await run(
    'note_reads',
    `INSERT INTO note_reads (note_id, user_id, read_at)
     SELECT 'nt' || lpad(n::text, 12, '0') || '-' || o, ${uid('recipient')}, ${at('o', '21:00:00')}
     FROM ${noteRows} WHERE NOT (o = 5 AND ${chance('n', 20)} < 30)`,
  );
  await run(
    'life_events',
    `INSERT INTO life_events (id, scope, created_by, kind, note, starts_on, ended_on, created_at)
     SELECT 'le' || lpad(n::text, 12, '0'), ${scopeOf('n')}, ${uid('2 * n - 1')},
            (${textArray(LIFE_EVENT_KINDS.filter((kind) => kind !== 'other'))})[1 + n % ${LIFE_EVENT_KINDS.length - 1}],
            NULL, ${dayOf('200 + n % 100')}, ${dayOf('170 + n % 100')}, ${at('200 + n % 100', '10:00:00')}
     FROM ${yearCouples} AS n`,
  );

  // ------------------------------------------------------------ decks, exercises, signals
  const deckCards = catalog.decks.flatMap((d) =>
    (catalog.deckQuestions.get(d.id) ?? []).slice(0, 12).map((q) => `${d.id}|${q}`),
  );
  const cardOf = `(${textArray(deckCards)})[1 + ((n + pos) % ${deckCards.length})]`;
  await run(
    'deck_cards',
    `INSERT INTO deck_cards (id, scope, couple_id, position, deck_id, question_id, own_question_id, together,
                             drawn_at, settled_at, revealed_at)
     SELECT 'dc' || lpad(n::text, 12, '0') || '-' || pos, ${scopeOf('n')}, ${cid('n')}, pos,
            split_part(${cardOf}, '|', 1), split_part(${cardOf}, '|', 2), NULL, 0, ${at('120 - 10 * pos', '19:00:00')},
            CASE WHEN pos <= 8 THEN ${at('119 - 10 * pos', '19:00:00')} END,
            CASE WHEN pos <= 8 THEN ${at('119 - 10 * pos', '19:00:00')} END
     FROM ${yearCouples} AS n, LATERAL generate_series(1, 10) AS pos`,
  );
  await run(
    'deck_answers',
    `INSERT INTO deck_answers (card_id, user_id, couple_id, visibility, text, created_at, updated_at, seen_at)
     SELECT 'dc' || lpad(n::text, 12, '0') || '-' || pos, ${uid('p')}, ${cid('n')}, 'reveal-together', ${quote(ANSWER_TEXT)},
            ${at('120 - 10 * pos', '20:00:00')}, ${at('120 - 10 * pos', '20:00:00')},
            CASE WHEN pos <= 8 THEN ${at('119 - 10 * pos', '20:00:00')} END
     FROM ${yearCouples} AS n, LATERAL generate_series(1, 10) AS pos, LATERAL ${partners}
     WHERE pos <= 8 OR side = 0`,
  );
  await run(
    'deck_skips',
    `INSERT INTO deck_skips (card_id, user_id, created_at)
     SELECT 'dc' || lpad(n::text, 12, '0') || '-10', ${uid('2 * n')}, ${at('21', '20:00:00')}
     FROM ${yearCouples} AS n WHERE ${chance('n', 22)} < 50`,
  );
  const exercises = catalog.items.filter((i) => i.type === 'exercise').map((i) => i.id);
  await run(
    'exercise_runs',
    `INSERT INTO exercise_runs (id, scope, couple_id, exercise_id, mode, pace, total_seconds, started_by, created_at,
                                started_at, stopped_at, finished_at, active_scope)
     SELECT 'er' || lpad(n::text, 12, '0') || '-' || o, ${scopeOf('n')}, ${cid('n')},
            (${textArray(exercises)})[1 + ((n + o) % ${exercises.length})], 'together', 0, 600, ${uid('2 * n - 1')},
            ${at('o', '21:00:00')}, ${at('o', '21:01:00')}, NULL, ${at('o', '21:11:00')}, NULL
     FROM ${yearCouples} AS n, LATERAL unnest(ARRAY[12, 40]) AS o`,
  );
  await run(
    'signal_answers',
    `INSERT INTO signal_answers (user_id, week, answers, created_at, updated_at)
     SELECT ${uid('p')}, ${weekOf('w')}, '{"separation":null,"conflict":null,"needs":[]}',
            to_char(${mondayOf('w')}, 'YYYY-MM-DD') || 'T20:00:00.000Z',
            to_char(${mondayOf('w')}, 'YYYY-MM-DD') || 'T20:00:00.000Z'
     FROM ${recentWeeks}, LATERAL ${partners} WHERE ${chance('p * 100 + w', 21)} < 50`,
  );
  return steps;
}

/** YYYY-MM-DD `days` from `day`. */
function dayOfJs(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Three check results scored by the app's own scoring, from a steady middle
 * to a little better (a year couple's checks move through them in order):
 * stored as the check stores them.
 */
function checkResults(catalog: Catalog): {
  version: string;
  answers: string[];
  results: string[];
} {
  const definition = getCheckDefinition({ catalog });
  const levels = [6, 7, 8];
  const answers: string[] = [];
  const results: string[] = [];
  for (const now of levels) {
    const body = {
      items: Object.fromEntries(definition.items.map((i) => [i.id, { now, wish: 8 }])),
      causes: Object.fromEntries(definition.causes.map((c, i) => [c.id, i % 3 === 0 ? 1 : 0])),
      signs: [] as string[],
    };
    const result = scoreCheck(
      definition.items.map((i) => ({ kind: i.kind, now, wish: 8 })),
      definition.causes.map((c) => ({
        cause: c.id,
        group: c.group,
        weight: body.causes[c.id] ?? 0,
      })),
      body.signs,
    );
    answers.push(JSON.stringify(body));
    results.push(JSON.stringify(result));
  }
  return { version: definition.version, answers, results };
}
