/**
 * Nothing about a suggestion of help is observable by the partner, on SQLite
 * and PostgreSQL: every partner-facing answer is byte for byte the same before
 * and after I trigger a suggestion, answer the private questions, set it
 * aside, snooze it, ask for help or fetch my summary; no live event reaches
 * them; the operator's metrics do not move. After an unlink, neither the
 * ex-partner nor the next partner learns anything of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import {
  createTestApp,
  type Person,
  TEST_METRICS_TOKEN,
  type TestApp,
} from '../../../../tests/support/test-app';
import type { LiveEvent } from '../../../shared/api';

const START = new Date('2026-03-02T12:00:00Z');
const WEEK = 7 * 24 * 3600 * 1000;
const LOW = { emotional: 2, physical: 3, intellectual: 2, talk: 3 };

/** Everything the partner reads that my suggestion could conceivably touch. */
const PARTNER_VIEWS = [
  '/api/today',
  '/api/plan',
  '/api/progress',
  '/api/me',
  '/api/couple',
  '/api/for-you',
  '/api/support/signals',
  '/api/support/week',
  '/api/me/summary',
  '/api/support/resources?country=GB',
];

/** The partner's answers, in order; someone alone gets "not linked" from the couple's route. */
async function views(p: Person): Promise<string[]> {
  const bodies: string[] = [];
  for (const url of PARTNER_VIEWS) {
    const res = await p.request('GET', url);
    const alone = url === '/api/couple' && res.statusCode === 404;
    expect(alone || res.statusCode === 200, `${url}: ${res.body}`).toBe(true);
    bodies.push(`${res.statusCode} ${res.body}`);
  }
  return bodies;
}

async function ok(p: Person, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) {
  const res = await p.request(method, url, body);
  expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
  return res;
}

describe.each(dialects)('when to get help, as the partner sees it (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
  });
  afterAll(() => t.close());

  function listen(p: Person): { events: LiveEvent[]; settle(): Promise<void>; stop(): void } {
    const events: LiveEvent[] = [];
    const stop = t.bus.subscribe(p.id, (message) => {
      if (message.kind === 'event') events.push(message.event);
    });
    // PostgreSQL's NOTIFY arrives a moment later.
    const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 250));
    return { events, settle, stop };
  }

  const scrape = async () =>
    (
      await t.app.inject({
        method: 'GET',
        url: '/metrics',
        headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
      })
    ).body;

  /** Three hard weeks for `a`, with progress shared both ways so the partner sees a's line. */
  async function hardWeeks(a: Person, b: Person): Promise<void> {
    await ok(a, 'PUT', '/api/sharing/progress', { share: true });
    await ok(b, 'PUT', '/api/sharing/progress', { share: true });
    for (let week = 0; week < 3; week += 1) {
      if (week > 0) t.clock.advance(WEEK);
      await ok(a, 'POST', '/api/pulse', LOW);
    }
  }

  it('changes nothing the partner can read, and tells them nothing, whatever I do with it', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await hardWeeks(a, b);
    const heard = listen(b);
    const before = await views(b);
    const metricsBefore = await scrape();

    const { suggestion } = (await ok(a, 'GET', '/api/support/signals')).json();
    expect(suggestion).toMatchObject({ reason: 'persistent-distress', kind: 'couples-therapy' });
    await ok(a, 'PUT', '/api/support/week', {
      separation: 'thoughts',
      conflict: 'yes',
      needs: ['substance-use'],
    });
    await ok(a, 'POST', `/api/support/signals/${suggestion.id}/dismiss`);
    const asked = (await ok(a, 'POST', '/api/support/tried')).json().suggestion;
    await ok(a, 'POST', `/api/support/signals/${asked.id}/snooze`);
    await ok(a, 'GET', '/api/support/week');
    await ok(a, 'GET', '/api/me/summary');
    await ok(a, 'GET', '/api/me/summary.pdf');
    expect(await scrape()).toBe(metricsBefore);

    // Today assembles my own item; the partner's answers stay exactly as they were.
    await ok(a, 'GET', '/api/today');
    await heard.settle();
    expect(await views(b)).toEqual(before);
    expect(heard.events).toEqual([]);
    for (const body of await views(b)) {
      for (const mark of [suggestion.id, asked.id, '"kind":"signal"', 'separation', 'substance'])
        expect(body).not.toContain(mark);
    }
    heard.stop();
  });

  it('leaves the ex-partner and the next partner nothing of it after an unlink', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await hardWeeks(a, b);
    const { suggestion } = (await ok(a, 'GET', '/api/support/signals')).json();
    await ok(a, 'PUT', '/api/support/week', { separation: 'steps', conflict: null, needs: null });
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);

    const next = await t.signUp('Next');
    const invite = (await a.request('POST', '/api/couple/invites')).json();
    expect((await next.request('POST', '/api/couple/join', { code: invite.code })).statusCode).toBe(
      200,
    );
    await ok(a, 'PUT', '/api/sharing/progress', { share: true });
    await ok(next, 'PUT', '/api/sharing/progress', { share: true });
    // Still mine, on my side.
    expect((await ok(a, 'GET', '/api/support/signals')).json().suggestion.id).toBe(suggestion.id);
    for (const person of [b, next]) {
      expect((await ok(person, 'GET', '/api/support/signals')).json()).toEqual({
        suggestion: null,
      });
      for (const body of await views(person)) {
        expect(body).not.toContain(suggestion.id);
        expect(body).not.toContain('"kind":"signal"');
        expect(body).not.toContain('"separation":"steps"');
      }
      for (const action of ['dismiss', 'snooze']) {
        const res = await person.request('POST', `/api/support/signals/${suggestion.id}/${action}`);
        expect(res.statusCode).toBe(404);
      }
    }
  });

  it('removes my suggestions and private answers with my account; my partner’s stay', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    for (const p of [a, b]) {
      await ok(p, 'PUT', '/api/support/week', {
        separation: 'thoughts',
        conflict: null,
        needs: [],
      });
      await ok(p, 'POST', '/api/support/tried');
    }
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    const { db } = t.database.handle;
    for (const table of ['signal_suggestions', 'signal_answers'] as const) {
      const rows = await db.selectFrom(table).select('user_id').execute();
      expect(rows.map((r) => r.user_id).filter((id) => id === a.id)).toEqual([]);
      expect(rows.some((r) => r.user_id === b.id)).toBe(true);
    }
  });
});
