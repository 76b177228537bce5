/**
 * Your data. A couple fills Rekindle through many features' routes: the
 * owner with the authorization matrix's marked words, the partner with
 * words of their own (private ones, and shared ones) carrying a unique mark.
 * The owner's export (JSON and the readable page) holds every one of the
 * owner's words and none of the partner's; it needs the password again, and
 * the ticket works only for that person and session, for a few minutes.
 * Then the owner deletes the account: no row of any table still names them.
 */
import { createECDH, randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChallengesWorld } from '../../src/server/features/challenges/challenges.matrix';
import { buildCheckinsWorld } from '../../src/server/features/checkins/checkins.matrix';
import { buildDatesWorld } from '../../src/server/features/dates/dates.matrix';
import { buildDecksWorld } from '../../src/server/features/decks/decks.matrix';
import { buildExercisesWorld } from '../../src/server/features/exercises/exercises.matrix';
import { buildGesturesWorld } from '../../src/server/features/gestures/gestures.matrix';
import { buildInterestsWorld } from '../../src/server/features/interests/interests.matrix';
import { buildLibraryWorld } from '../../src/server/features/library/library.matrix';
import { runListeningSession } from '../../src/server/features/listening/listening.matrix';
import { buildNotesWorld } from '../../src/server/features/notes/notes.matrix';
import { buildProjectsWorld } from '../../src/server/features/projects/projects.matrix';
import { buildSignalsWorld } from '../../src/server/features/signals/signals.matrix';
import { buildVulnerabilityWorld } from '../../src/server/features/vulnerability/vulnerability.matrix';
import { type ExportDocument, exportDocumentSchema } from '../../src/shared/export-api';
import { dialects } from '../support/databases';
import {
  CHALLENGE_REFLECTION_TEXT,
  CHECKIN_PREP,
  DATE_REFLECTION_TEXT,
  DECK_ANSWER_TEXT,
  HIDDEN_NOTE_TEXT,
  NOTE_TEXT,
  NOTEBOOK_TEXT,
  OWN_QUESTION_TEXT,
  OWNER_PULSE,
  REFLECTION_TEXT,
  SECRET_TEXT,
  TRAVEL_WISH_TEXT,
  VULNERABILITY_SHARED_TEXT,
  VULNERABILITY_TEXT,
} from '../support/matrix';
import { createTestApp, type Person, type TestApp } from '../support/test-app';

const OWNER_EVENT_NOTE = 'owner-life-event-note-71c2';
const PUSH_ENDPOINT = 'https://push.example.org/wpush/v2/export-check-5d1e';
const PARTNER = `partner-words-${Math.random().toString(36).slice(2, 10)}`;

/** Every piece of the owner's writing the world below holds. */
const OWNER_WORDS = [
  SECRET_TEXT,
  REFLECTION_TEXT,
  VULNERABILITY_TEXT,
  VULNERABILITY_SHARED_TEXT,
  DECK_ANSWER_TEXT,
  OWN_QUESTION_TEXT,
  NOTE_TEXT,
  HIDDEN_NOTE_TEXT,
  ...Object.values(CHECKIN_PREP),
  'This week’s agreement',
  DATE_REFLECTION_TEXT,
  'The river path',
  'Bring the blue blanket',
  CHALLENGE_REFLECTION_TEXT,
  TRAVEL_WISH_TEXT,
  'Book the tickets',
  'Our balcony garden',
  'Buy seeds',
  NOTEBOOK_TEXT,
  OWNER_EVENT_NOTE,
];

async function ok(res: Promise<{ statusCode: number; body: string }>, status = 200) {
  const done = await res;
  expect(done.statusCode, done.body).toBe(status);
  return JSON.parse(done.body || 'null');
}

/** The owner writes in every feature; the partner writes private and shared words with a mark. */
async function fill(owner: Person, partner: Person): Promise<{ checkId: string }> {
  const today = await ok(owner.request('GET', '/api/questions/today'));
  await ok(
    owner.request('PUT', `/api/questions/${today.question.id}/answer`, { text: SECRET_TEXT }),
  );
  const cards = (await ok(owner.request('GET', '/api/primer'))).cards as { id: string }[];
  await ok(owner.request('PUT', `/api/primer/${cards[0]?.id}`, { reflection: REFLECTION_TEXT }));
  const checkBody = {
    items: { 'check-phy-1': { now: 2, wish: 9 } },
    causes: { arguments: 3 },
    signs: ['less-talk'],
  };
  const check = await ok(owner.request('POST', '/api/check/responses', checkBody), 201);
  await ok(owner.request('POST', '/api/pulse', OWNER_PULSE));
  await buildVulnerabilityWorld(owner, partner);
  await buildProjectsWorld(owner);
  await runListeningSession(owner, partner);
  await buildDecksWorld(owner, partner, today.day);
  await buildGesturesWorld(owner);
  await buildNotesWorld(owner, new Date('2026-03-02T12:00:00Z'));
  await buildCheckinsWorld(owner, partner);
  await buildExercisesWorld(partner);
  const dates = await buildDatesWorld(owner, partner);
  const challenges = await buildChallengesWorld(owner, partner);
  await buildInterestsWorld(owner, partner);
  await buildSignalsWorld(owner);
  await buildLibraryWorld(owner);
  await ok(
    owner.request('POST', '/api/life-events', { kind: 'other', note: OWNER_EVENT_NOTE }),
    201,
  );

  // The partner: private words first, then words shared with the owner.
  const mark = (what: string) => `${PARTNER} ${what}`;
  await ok(
    partner.request('PUT', `/api/questions/${today.question.id}/answer`, { text: mark('answer') }),
  );
  await ok(partner.request('PUT', `/api/primer/${cards[0]?.id}`, { reflection: mark('primer') }));
  await ok(partner.request('POST', '/api/check/responses', checkBody), 201);
  await ok(
    partner.request('POST', '/api/pulse', { emotional: 1, physical: 1, intellectual: 1, talk: 1 }),
  );
  const prompts = (await ok(partner.request('GET', '/api/vulnerability'))).prompts as {
    id: string;
  }[];
  await ok(
    partner.request('PUT', `/api/vulnerability/prompts/${prompts[0]?.id}/entry`, {
      text: mark('fear'),
    }),
  );
  const card = await ok(
    partner.request('POST', '/api/decks/getting-to-know-you-again/draw', {}),
    201,
  );
  await ok(partner.request('PUT', `/api/deck-cards/${card.id}/answer`, { text: mark('card') }));
  await ok(
    partner.request('PUT', `/api/dates/${dates.dateId}/reflection`, {
      text: mark('date'),
      shared: false,
    }),
  );
  await ok(
    partner.request('PUT', `/api/challenges/${challenges.weekId}/reflection`, {
      text: mark('challenge'),
      shared: false,
    }),
  );
  await ok(
    partner.request('PUT', '/api/checkins/current/prep', {
      appreciation: mark('appreciation'),
      success: mark('success'),
      concern: { text: mark('concern'), private: true, continues: null },
      goals: mark('goals'),
    }),
  );
  await ok(partner.request('POST', '/api/notes', { kind: 'thank-you', text: mark('note') }), 201);
  await ok(partner.request('POST', '/api/notebook', { text: mark('notebook') }), 201);
  await ok(
    partner.request('POST', '/api/life-events', { kind: 'other', note: mark('event') }),
    201,
  );
  await ok(
    partner.request('POST', '/api/travel/wishes', {
      title: mark('trip'),
      scale: 'weekend',
      budget: '$',
    }),
    201,
  );
  // Reminders: my settings, and one device with push on (its address and keys are never exported).
  await ok(
    owner.request('PUT', '/api/me/notifications', {
      enabled: true,
      channels: { email: false, push: true },
      nudgeTime: '19:30',
      quietHours: null,
    }),
  );
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  await ok(
    owner.request('POST', '/api/me/push-subscriptions', {
      endpoint: PUSH_ENDPOINT,
      keys: {
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      },
    }),
    201,
  );
  return { checkId: check.id };
}

async function exportOf(person: Person, format: 'json' | 'html') {
  const ticket = await ok(
    person.request('POST', '/api/me/export/ticket', { password: person.password }),
    201,
  );
  return person.request(
    'GET',
    `/api/me/export?format=${format}&ticket=${encodeURIComponent(ticket.ticket)}`,
  );
}

describe.each(dialects)('your data (%s)', (dialect) => {
  let t: TestApp;
  let owner: Person;
  let partner: Person;
  let checkId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    ({ a: owner, b: partner } = await t.buildCouple());
    ({ checkId } = await fill(owner, partner));
  }, 180_000);
  afterAll(() => t.close());

  it('exports every word the owner wrote as documented JSON, and nothing the partner wrote', async () => {
    const res = await exportOf(owner, 'json');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="rekindle-2026-03-02.json"',
    );
    expect(res.headers['cache-control']).toBe('private, no-store');
    const doc: ExportDocument = exportDocumentSchema.parse(res.json());
    expect(doc).toMatchObject({
      format: 'rekindle-export',
      version: 1,
      person: { id: owner.id, displayName: 'Robin', email: owner.email },
      couple: { partnerName: 'Sam' },
    });
    const words = doc.writings.map((w) => w.text);
    for (const mark of OWNER_WORDS) expect(words, mark).toContain(mark);
    expect(res.body).not.toContain(PARTNER);
    // Every writing is the owner's, with its author and, where kept, who could read it.
    expect(new Set(doc.writings.map((w) => w.author))).toEqual(new Set(['Robin']));
    expect(doc.writings.find((w) => w.text === VULNERABILITY_TEXT)?.sharing).toBe('private');
    expect(doc.writings.find((w) => w.text === VULNERABILITY_SHARED_TEXT)?.sharing).toBe('shared');
    const answer = doc.writings.find((w) => w.text === SECRET_TEXT);
    expect(answer).toMatchObject({ feature: 'dialogue', table: 'answers', column: 'text' });
    expect(answer?.about).toBeTruthy();
    // Records: the owner's own rows only (check results, pulses, picks…), never a secret.
    const tables = new Set(doc.records.map((r) => r.table));
    for (const table of [
      'check_results',
      'pulses',
      'date_picks',
      'gesture_done',
      'interest_picks',
      'notification_settings',
      'push_subscriptions',
    ])
      expect(tables, table).toContain(table);
    const devices = doc.records.find((r) => r.table === 'push_subscriptions')?.rows ?? [];
    expect(devices.map((d) => Object.keys(d).sort())).toEqual([
      ['created_at', 'id', 'label', 'last_nudge_day', 'last_success_at', 'user_id'],
    ]);
    expect(res.body).not.toContain(PUSH_ENDPOINT);
    expect(JSON.stringify(doc.records)).toContain(checkId);
    for (const set of doc.records)
      for (const row of set.rows) {
        if ('user_id' in row) expect(row.user_id, set.table).toBe(owner.id);
        expect(
          Object.keys(row).some((c) => /hash|token|secret/.test(c)),
          set.table,
        ).toBe(false);
      }
    expect(res.body).not.toContain('password');
    // Moments only to the day: a shared row may hold when the partner acted on it.
    expect(JSON.stringify(doc.records)).not.toMatch(/"\w+_at":"\d{4}-\d{2}-\d{2}T/);
    expect(
      doc.writings.every((w) => w.writtenOn === null || /^\d{4}-\d{2}-\d{2}$/.test(w.writtenOn)),
    ).toBe(true);
  });

  it('gives the partner their own export, with their words and none of the owner’s private ones', async () => {
    const res = await exportOf(partner, 'json');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`${PARTNER} fear`);
    for (const mark of [SECRET_TEXT, VULNERABILITY_TEXT, DECK_ANSWER_TEXT, CHECKIN_PREP.concern])
      expect(res.body).not.toContain(mark);
  });

  it('also makes a readable page: escaped, self-contained, no scripts', async () => {
    const res = await exportOf(owner, 'html');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="rekindle-2026-03-02.html"',
    );
    const page = res.body;
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<h1>Everything you wrote in Rekindle</h1>');
    for (const mark of OWNER_WORDS) expect(page, mark).toContain(mark.replace(/'/g, '&#39;'));
    expect(page).not.toContain(PARTNER);
    expect(page).not.toMatch(/<script|\bon\w+=|src=|href=/i);
    expect(page).toContain("default-src 'none'");
  });

  it('escapes words that look like markup', async () => {
    const solo = await t.signUp('<b>Solo</b>');
    await ok(
      solo.request('POST', '/api/life-events', { kind: 'other', note: '<img src=x onerror=1>' }),
      201,
    );
    const page = (await exportOf(solo, 'html')).body;
    expect(page).toContain('&lt;img src=x onerror=1&gt;');
    expect(page).toContain('&lt;b&gt;Solo&lt;/b&gt;');
    expect(page).not.toContain('<img');
  });

  it('needs the password again, in the same session, within ten minutes', async () => {
    const wrong = await owner.request('POST', '/api/me/export/ticket', {
      password: 'not it at all',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('invalid_credentials');
    const ticket = (
      await ok(owner.request('POST', '/api/me/export/ticket', { password: owner.password }), 201)
    ).ticket as string;
    const download = (who: Person, value = ticket) =>
      who.request('GET', `/api/me/export?ticket=${encodeURIComponent(value)}`);
    const missing = await download(owner, 'nothing-like-a-ticket');
    expect(missing.statusCode).toBe(401);
    // Another session of the same person, the partner, a tampered ticket: all the same answer.
    const login = await t.anonymous('POST', '/api/auth/login', {
      email: owner.email,
      password: owner.password,
    });
    const cookie = login.cookies.find((c) => c.name === 'rekindle_session')?.value ?? '';
    const elsewhere: Person = {
      ...owner,
      cookie,
      request: (method, url, body) =>
        t.app.inject({
          method,
          url,
          cookies: { rekindle_session: cookie },
          ...(body ? { payload: body } : {}),
        }),
    };
    const tampered = `${Number(ticket.slice(0, 13)) + 60_000}${ticket.slice(13)}`;
    for (const res of [
      await download(elsewhere),
      await download(partner),
      await download(owner, tampered),
    ]) {
      expect(res.statusCode).toBe(401);
      expect(res.body).toBe(missing.body);
    }
    expect((await download(owner)).statusCode).toBe(200);
    t.clock.advance(10 * 60_000 + 1);
    try {
      const late = await download(owner);
      expect(late.statusCode).toBe(401);
      expect(late.body).toBe(missing.body);
    } finally {
      t.clock.advance(-(10 * 60_000 + 1));
    }
    expect((await t.anonymous('GET', `/api/me/export?ticket=${ticket}`)).statusCode).toBe(401);
  });
});

describe.each(dialects)('password guesses for an export (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    const limit = { max: 3, windowMs: 15 * 60_000 };
    const wide = { max: 10_000, windowMs: 60_000 };
    t = await createTestApp(dialect, {
      rateLimits: {
        loginPerIp: wide,
        loginPerIpAndAccount: limit,
        loginPerAccount: wide,
        signupPerIp: wide,
      },
    });
  });
  afterAll(() => t.close());

  it('are limited like log-in attempts, and share their count', async () => {
    const p = await t.signUp();
    for (let i = 0; i < 2; i++) {
      const res = await p.request('POST', '/api/me/export/ticket', { password: 'a wrong guess' });
      expect(res.statusCode).toBe(401);
    }
    await t.anonymous('POST', '/api/auth/login', { email: p.email, password: 'another guess' });
    const limited = await p.request('POST', '/api/me/export/ticket', { password: p.password });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('rate_limited');
  });
});

describe.each(dialects)('account deletion (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  /** Every table of the database, and every row of it, as text. */
  async function everyRow(): Promise<{ table: string; text: string }[]> {
    const db = t.database.handle.db;
    const { rows: tables } =
      dialect === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master
            where type = 'table' and name not like 'sqlite_%'`.execute(db)
        : await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
    const out: { table: string; text: string }[] = [];
    for (const { name } of tables) {
      const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(
        db,
      );
      for (const row of rows) out.push({ table: name, text: JSON.stringify(row) });
    }
    expect(tables.length).toBeGreaterThan(40);
    return out;
  }

  it('leaves no row of any table naming the deleted person, nor any of their words', async () => {
    const { a: owner, b: partner } = await t.buildCouple();
    await fill(owner, partner);
    const before = await everyRow();
    const naming = (rows: { table: string; text: string }[]) =>
      rows.filter(
        (r) =>
          r.text.includes(owner.id) ||
          r.text.includes(owner.email) ||
          OWNER_WORDS.some((w) => r.text.includes(JSON.stringify(w).slice(1, -1))),
      );
    // The scan finds the owner in many tables before…
    expect(new Set(naming(before).map((r) => r.table)).size).toBeGreaterThan(20);

    const res = await owner.request('DELETE', '/api/me', { password: owner.password });
    expect(res.statusCode).toBe(204);
    // …and nowhere after.
    expect(naming(await everyRow()).map((r) => `${r.table}: ${r.text.slice(0, 160)}`)).toEqual([]);
    // The partner's own words stay theirs.
    expect((await everyRow()).some((r) => r.text.includes(`${PARTNER} fear`))).toBe(true);
  }, 180_000);
});
