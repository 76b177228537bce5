/**
 * Date ideas, private picks and mutual matches, over HTTP on SQLite and
 * PostgreSQL. A partner never learns the other's "no" or any pick that is not
 * mutual: what the partner gets is compared byte for byte between "the other
 * marked no" and "the other marked nothing".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { type EventStream, openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { LiveEvent } from '../../../shared/api';
import type { DateIdeas, DateMatches, PickResult } from '../../../shared/dates-api';
import type { Today } from '../../../shared/program-api';

describe.each(dialects)('date ideas and matches (%s)', (dialect) => {
  let t: TestApp;
  let baseUrl: string;
  let ideaIds: string[];
  beforeAll(async () => {
    t = await createTestApp(dialect);
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const solo = await t.signUp();
    ideaIds = ((await solo.request('GET', '/api/dates/ideas')).json() as DateIdeas).ideas.map(
      (idea) => idea.id,
    );
  });
  afterAll(() => t.close());

  const ideaAt = (n: number): string => {
    const id = ideaIds[n];
    if (!id) throw new Error('not enough ideas');
    return id;
  };
  const pick = (p: Person, ideaId: string, value: 'yes' | 'maybe' | 'no') =>
    p.request('PUT', `/api/dates/ideas/${ideaId}/pick`, { pick: value });
  const matches = async (p: Person): Promise<DateMatches> =>
    (await p.request('GET', '/api/dates/matches')).json();
  const ideas = async (p: Person, query = ''): Promise<DateIdeas> =>
    (await p.request('GET', `/api/dates/ideas${query}`)).json();

  it('shows the whole library alone, to browse, but picks need a partner', async () => {
    const solo = await t.signUp();
    const library = await ideas(solo);
    expect(library.canPick).toBe(false);
    expect(library.total).toBeGreaterThanOrEqual(150);
    expect(library.ideas).toHaveLength(library.total);
    expect(library.ideas.every((idea) => idea.myPick === null)).toBe(true);
    const refused = await pick(solo, ideaAt(0), 'yes');
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error.code).toBe('not_linked');
    expect(await matches(solo)).toEqual({ matches: [], count: 0 });
  });

  it('filters the library by every filter, with the same rule as the web', async () => {
    const solo = await t.signUp();
    const all = (await ideas(solo)).ideas;
    const cases: [string, (idea: DateIdeas['ideas'][number]) => boolean][] = [
      ['?setting=home', (i) => i.setting === 'home'],
      ['?cost=free', (i) => i.cost === 'free'],
      ['?time=short', (i) => i.minutes <= 60],
      ['?energy=high', (i) => i.energy === 'high'],
      ['?season=winter', (i) => i.seasons.includes('winter') || i.seasons.includes('any')],
      ['?kind=intellectual', (i) => i.kinds.includes('intellectual')],
      ['?distance=true', (i) => i.distance],
      ['?setting=out&cost=%24%24%24', (i) => i.setting === 'out' && i.cost === '$$$'],
    ];
    for (const [query, keep] of cases) {
      const filtered = await ideas(solo, query);
      expect(
        filtered.ideas.map((i) => i.id),
        query,
      ).toEqual(all.filter(keep).map((i) => i.id));
      expect(filtered.ideas.length, query).toBeGreaterThan(0);
      expect(filtered.total).toBe(all.length);
    }
    const bad = await solo.request('GET', '/api/dates/ideas?cost=cheap');
    expect(bad.statusCode).toBe(400);
  });

  it('shows a match to both only when both said yes or maybe; the count counts matches', async () => {
    const { a, b } = await t.buildCouple();
    const [x, y, z] = [ideaAt(0), ideaAt(1), ideaAt(2)];
    expect((await pick(a, x, 'yes')).statusCode).toBe(200);
    expect((await matches(b)).count).toBe(0);
    const result: PickResult = (await pick(b, x, 'maybe')).json();
    expect(result.myPick).toBe('maybe');
    expect(result.matches.matches.map((m) => [m.idea.id, m.strength])).toEqual([
      [x, 'yes-and-maybe'],
    ]);
    await pick(a, y, 'yes');
    await pick(b, y, 'yes');
    await pick(a, z, 'maybe');
    await pick(b, z, 'no');
    const forA = await matches(a);
    const forB = await matches(b);
    // Strongest first; each sees their own pick, the same ideas and the same count.
    expect(forA.matches.map((m) => [m.idea.id, m.strength, m.myPick])).toEqual([
      [y, 'both-yes', 'yes'],
      [x, 'yes-and-maybe', 'yes'],
    ]);
    expect(forB.matches.map((m) => [m.idea.id, m.myPick])).toEqual([
      [y, 'yes'],
      [x, 'maybe'],
    ]);
    expect([forA.count, forB.count]).toEqual([2, 2]);
    // My own picks in the library, never my partner's.
    const libraryA = await ideas(a);
    const libraryB = await ideas(b);
    expect(libraryA.ideas.find((i) => i.id === z)?.myPick).toBe('maybe');
    expect(libraryB.ideas.find((i) => i.id === z)?.myPick).toBe('no');
    expect(libraryA.canPick).toBe(true);
    // Taking a pick back, or turning it to no, ends the match for both.
    await a.request('DELETE', `/api/dates/ideas/${y}/pick`);
    expect((await matches(b)).matches.map((m) => m.idea.id)).toEqual([x]);
    await pick(b, x, 'no');
    expect(await matches(a)).toEqual({ matches: [], count: 0 });
  });

  it('answers a partner byte for byte the same whether the other said no or nothing', async () => {
    /** What B can reach about the ideas, after A did `act` and B marked the same idea yes. */
    async function partnerView(act: (a: Person, idea: string) => Promise<void>) {
      const { a, b } = await t.buildCouple();
      const x = ideaAt(3);
      const other = ideaAt(4);
      // Both share one other match, so the lists are not trivially empty.
      await pick(a, other, 'yes');
      await pick(b, other, 'yes');
      await act(a, x);
      const stream = await openEventStream(baseUrl, b.cookie);
      try {
        const picked = await pick(b, x, 'yes');
        const again = await pick(b, x, 'maybe');
        const bodies = [
          picked.body,
          again.body,
          (await b.request('GET', '/api/dates/matches')).body,
          (await b.request('GET', '/api/dates/ideas')).body,
          (await b.request('GET', '/api/dates/ideas?setting=home')).body,
          (await b.request('DELETE', `/api/dates/ideas/${x}/pick`)).body,
          datesOnToday((await b.request('GET', '/api/today')).json()),
        ];
        const statuses = [picked.statusCode, again.statusCode];
        return { bodies, statuses, events: await drain(stream) };
      } finally {
        stream.close();
      }
    }
    const afterNo = await partnerView(async (a, x) => {
      expect((await pick(a, x, 'no')).statusCode).toBe(200);
    });
    const afterNothing = await partnerView(async () => {});
    const afterTakenBack = await partnerView(async (a, x) => {
      await pick(a, x, 'yes');
      await a.request('DELETE', `/api/dates/ideas/${x}/pick`);
    });
    expect(afterNo.statuses).toEqual([200, 200]);
    expect(afterNo.bodies).toEqual(afterNothing.bodies);
    expect(afterTakenBack.bodies).toEqual(afterNothing.bodies);
    expect(afterNo.events).toEqual([]);
    expect(afterNothing.events).toEqual([]);
  });

  it('tells the partner live when a match appears or goes, and never for a one-sided pick', async () => {
    const { a, b } = await t.buildCouple();
    const x = ideaAt(5);
    const streamA = await openEventStream(baseUrl, a.cookie);
    const streamB = await openEventStream(baseUrl, b.cookie);
    try {
      await pick(a, x, 'yes');
      await pick(a, ideaAt(6), 'no');
      expect(await drain(streamB)).toEqual([]);
      await pick(b, x, 'maybe');
      expect(await nextDatesEvent(streamA)).toEqual({ type: 'dates.matches' });
      await pick(b, x, 'no');
      expect(await nextDatesEvent(streamA)).toEqual({ type: 'dates.matches' });
      expect(await drain(streamB)).toEqual([]);
    } finally {
      streamA.close();
      streamB.close();
    }
  });

  it('refuses an idea that does not exist, and bad picks', async () => {
    const { a } = await t.buildCouple();
    const missing = await pick(a, 'no-such-idea', 'yes');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
    const bad = await a.request('PUT', `/api/dates/ideas/${ideaAt(0)}/pick`, { pick: 'perhaps' });
    expect(bad.statusCode).toBe(400);
  });

  it('keeps picks to the couple they were made in: nothing reaches an ex-partner or the next one', async () => {
    const a = await t.signUp('Ash');
    const b = await t.signUp('Bea');
    const c = await t.signUp('Cai');
    await pair(a, b);
    const x = ideaAt(7);
    await pick(a, x, 'yes');
    await pick(b, x, 'yes');
    expect((await matches(a)).count).toBe(1);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    expect(await matches(a)).toEqual({ matches: [], count: 0 });
    expect(await matches(b)).toEqual({ matches: [], count: 0 });
    expect((await ideas(b)).ideas.find((i) => i.id === x)?.myPick).toBeNull();
    // A pairs with C: C's yes alone is no match, because A's yes was given in another couple.
    await pair(a, c);
    await pick(c, x, 'yes');
    expect(await matches(c)).toEqual({ matches: [], count: 0 });
    expect((await ideas(a)).ideas.every((i) => i.myPick === null)).toBe(true);
    await pick(a, x, 'maybe');
    expect((await matches(c)).matches.map((m) => m.idea.id)).toEqual([x]);
    // Re-pairing A and B later starts afresh too.
    expect((await c.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    await pair(b, a);
    expect(await matches(b)).toEqual({ matches: [], count: 0 });
  });
});

async function pair(inviter: Person, joiner: Person): Promise<void> {
  const invite = await inviter.request('POST', '/api/couple/invites');
  const joined = await joiner.request('POST', '/api/couple/join', { code: invite.json().code });
  expect(joined.statusCode).toBe(200);
}

/** What Today says about dates (the rest of Today differs from couple to couple). */
function datesOnToday(today: Today): string {
  const items = [...today.now, ...today.waiting].filter((item) => item.kind.startsWith('date'));
  return JSON.stringify([items, today.week.find((w) => w.id === 'date-or-shared-time')]);
}

/** The next event about dates (the pairing's own "couple changed" may still be on its way). */
async function nextDatesEvent(stream: EventStream): Promise<LiveEvent> {
  for (;;) {
    const event = await stream.next();
    if (event.type.startsWith('dates.')) return event;
  }
}

/** Every event about dates that arrives within a short while. */
async function drain(stream: EventStream): Promise<unknown[]> {
  const events: unknown[] = [];
  for (;;) {
    try {
      const event = await stream.next(300);
      if (event.type.startsWith('dates.')) events.push(event);
    } catch {
      return events;
    }
  }
}
