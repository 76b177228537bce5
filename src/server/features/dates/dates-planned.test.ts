/**
 * Planned dates over HTTP on SQLite and PostgreSQL: a match flows into a
 * date in a time zone, either partner edits or cancels it, Today reminds on
 * the day and asks "How was it?" the day after, and reflections stay private
 * unless shared — the partner's answers are the same byte for byte.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { type EventStream, openEventStream } from '../../../../tests/support/sse';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { LiveEvent } from '../../../shared/api';
import type { DateIdeas, PlannedDate, PlannedDates } from '../../../shared/dates-api';
import type { Today } from '../../../shared/program-api';

const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** The test clock starts on Monday 2 March 2026, 12:00 UTC. */
const START = new Date('2026-03-02T12:00:00Z');

describe.each(dialects)('planned dates (%s)', (dialect) => {
  let t: TestApp;
  let baseUrl: string;
  let ideaId: string;
  let ideaTitle: string;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const first = (
      (await (await t.signUp()).request('GET', '/api/dates/ideas')).json() as DateIdeas
    ).ideas[0];
    if (!first) throw new Error('no ideas');
    ideaId = first.id;
    ideaTitle = first.title;
  });
  afterAll(() => t.close());

  const plan = (p: Person, body: Record<string, unknown>) => p.request('POST', '/api/dates', body);
  const list = async (p: Person): Promise<PlannedDates> =>
    (await p.request('GET', '/api/dates')).json();
  const today = async (p: Person): Promise<Today> => (await p.request('GET', '/api/today')).json();
  const dateItems = (day: Today) =>
    [...day.now, ...day.waiting].filter(
      (item) => item.kind === 'date' || item.kind === 'date-reflection',
    );
  const rhythm = (day: Today) => day.week.find((w) => w.id === 'date-or-shared-time')?.done;

  it('plans a match in a time zone; both see it, and the partner hears of it live', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await a.request('PUT', `/api/dates/ideas/${ideaId}/pick`, { pick: 'yes' });
    await b.request('PUT', `/api/dates/ideas/${ideaId}/pick`, { pick: 'maybe' });
    const stream = await openEventStream(baseUrl, b.cookie);
    try {
      const res = await plan(a, {
        ideaId,
        start: '2026-03-06T19:30',
        timeZone: 'Europe/Berlin',
        durationMinutes: 150,
        place: 'Our kitchen',
        notes: 'I will bring candles',
      });
      expect(res.statusCode, res.body).toBe(201);
      const date: PlannedDate = res.json();
      expect(date).toMatchObject({
        ideaId,
        title: ideaTitle,
        startsAt: '2026-03-06T18:30:00.000Z',
        start: '2026-03-06T19:30',
        timeZone: 'Europe/Berlin',
        durationMinutes: 150,
        place: 'Our kitchen',
        notes: 'I will bring candles',
        phase: 'upcoming',
        canReflect: false,
        myReflection: null,
        partnerReflection: null,
      });
      expect(await nextDatesEvent(stream)).toEqual({ type: 'dates.changed', dateId: date.id });
      expect((await list(b)).upcoming.map((d) => d.id)).toEqual([date.id]);
      // The match shows it is planned.
      const matches = (await b.request('GET', '/api/dates/matches')).json();
      expect(matches.matches[0].plannedDateId).toBe(date.id);
    } finally {
      stream.close();
    }
  });

  it('lets either partner change or cancel a date, and refuses nonsense', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const date: PlannedDate = (
      await plan(a, {
        title: 'Picnic by the lake',
        start: '2026-03-08T12:00',
        timeZone: 'UTC',
        durationMinutes: 120,
      })
    ).json();
    expect(date.title).toBe('Picnic by the lake');
    const changed = await b.request('PATCH', `/api/dates/${date.id}`, {
      start: '2026-03-08T13:00',
      timeZone: 'America/New_York',
      place: 'North shore',
      notes: null,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      startsAt: '2026-03-08T17:00:00.000Z',
      start: '2026-03-08T13:00',
      place: 'North shore',
      notes: null,
    });
    const bad: [Record<string, unknown>, number][] = [
      [{ start: '2026-03-08T13:00' }, 400],
      [{}, 400],
      [{ durationMinutes: 5 }, 400],
      [{ place: 'x'.repeat(121) }, 400],
      [{ start: '2025-12-01T10:00', timeZone: 'UTC' }, 400],
      [{ start: '2029-12-01T10:00', timeZone: 'UTC' }, 400],
      [{ start: '2026-02-30T10:00', timeZone: 'UTC' }, 400],
      [{ start: '2026-03-08T10:00', timeZone: 'Mars/Olympus' }, 400],
    ];
    for (const [body, status] of bad)
      expect(
        (await a.request('PATCH', `/api/dates/${date.id}`, body)).statusCode,
        JSON.stringify(body),
      ).toBe(status);
    const both = await plan(a, {
      ideaId,
      title: 'Both',
      start: '2026-03-08T12:00',
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    expect(both.statusCode).toBe(400);
    const neither = await plan(a, {
      start: '2026-03-08T12:00',
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    expect(neither.statusCode).toBe(400);
    const unknownIdea = await plan(a, {
      ideaId: 'no-such-idea',
      start: '2026-03-08T12:00',
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    expect(unknownIdea.statusCode).toBe(404);

    expect((await a.request('DELETE', `/api/dates/${date.id}`)).statusCode).toBe(204);
    expect(await list(b)).toEqual({ upcoming: [], past: [] });
    const gone = await b.request('GET', `/api/dates/${date.id}`);
    const never = await b.request('GET', '/api/dates/AAAAAAAAAAAAAAAAAAAAAA');
    expect([gone.statusCode, gone.body]).toEqual([404, never.body]);
    expect((await b.request('PATCH', `/api/dates/${date.id}`, { place: 'x' })).statusCode).toBe(
      404,
    );
  });

  it('keeps reflections private until shared; the partner’s answers are identical byte for byte', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const date: PlannedDate = (
      await plan(a, { ideaId, start: '2026-03-03T18:00', timeZone: 'UTC', durationMinutes: 120 })
    ).json();
    const early = await a.request('PUT', `/api/dates/${date.id}/reflection`, {
      text: 'Too soon',
      shared: false,
    });
    expect(early.statusCode).toBe(400);
    t.clock.set(new Date('2026-03-04T09:00:00Z'));
    const partnerView = async () => [
      (await b.request('GET', '/api/dates')).body,
      (await b.request('GET', `/api/dates/${date.id}`)).body,
      (await b.request('GET', `/api/dates/${date.id}/ics`)).body,
      JSON.stringify(dateItems(await today(b))),
    ];
    const before = await partnerView();
    const stream = await openEventStream(baseUrl, b.cookie);
    try {
      const mine = await a.request('PUT', `/api/dates/${date.id}/reflection`, {
        text: 'I loved the quiet walk home',
        shared: false,
      });
      expect(mine.statusCode).toBe(200);
      expect(mine.json().myReflection).toEqual({
        text: 'I loved the quiet walk home',
        shared: false,
      });
      expect(await partnerView()).toEqual(before);
      await a.request('DELETE', `/api/dates/${date.id}/reflection`);
      expect(await partnerView()).toEqual(before);
      await a.request('PUT', `/api/dates/${date.id}/reflection`, {
        text: 'Private again',
        shared: false,
      });
      // Nothing the partner can see changed, so nothing was sent: the next event B gets is a match.
      const other = (await a.request('GET', '/api/dates/ideas')).json().ideas[1].id as string;
      await b.request('PUT', `/api/dates/ideas/${other}/pick`, { pick: 'yes' });
      await a.request('PUT', `/api/dates/ideas/${other}/pick`, { pick: 'yes' });
      expect(await nextDatesEvent(stream)).toEqual({ type: 'dates.matches' });
      const shared = await a.request('PUT', `/api/dates/${date.id}/reflection`, {
        text: 'It felt like our first year',
        shared: true,
      });
      expect(shared.statusCode).toBe(200);
      expect(await nextDatesEvent(stream)).toEqual({ type: 'dates.changed', dateId: date.id });
      const seen: PlannedDate = (await b.request('GET', `/api/dates/${date.id}`)).json();
      expect(seen.partnerReflection).toEqual({ text: 'It felt like our first year' });
      expect(seen.myReflection).toBeNull();
      // Never in the calendar file.
      expect((await b.request('GET', `/api/dates/${date.id}/ics`)).body).not.toContain(
        'first year',
      );
      await a.request('PUT', `/api/dates/${date.id}/reflection`, {
        text: 'It felt like our first year',
        shared: false,
      });
      expect(await nextDatesEvent(stream)).toEqual({ type: 'dates.changed', dateId: date.id });
      expect(await partnerView()).toEqual(before);
    } finally {
      stream.close();
    }
  });

  it('reminds on the day, asks "How was it?" the day after, and counts the week', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await a.request('PATCH', '/api/couple', { timeZone: 'Europe/Berlin' });
    // Wednesday 4 March, 19:00 in Berlin (18:00 UTC).
    const date: PlannedDate = (
      await plan(b, {
        ideaId,
        start: '2026-03-04T19:00',
        timeZone: 'Europe/Berlin',
        durationMinutes: 120,
      })
    ).json();
    expect(dateItems(await today(a))).toEqual([]);
    expect(rhythm(await today(a))).toBe(0);

    t.clock.set(new Date('2026-03-04T07:00:00Z'));
    const onTheDay = dateItems(await today(a));
    expect(onTheDay).toEqual([
      expect.objectContaining({
        kind: 'date',
        status: 'todo',
        detail: {
          dateId: date.id,
          title: ideaTitle,
          startsAt: '2026-03-04T18:00:00.000Z',
          timeZone: 'Europe/Berlin',
        },
      }),
    ]);
    expect(dateItems(await today(b))).toHaveLength(1);
    // Once it has begun it leaves Today, and the week counts it.
    t.clock.set(new Date('2026-03-04T18:30:00Z'));
    expect(dateItems(await today(a))).toEqual([]);
    expect(rhythm(await today(a))).toBe(1);

    t.clock.set(new Date('2026-03-05T08:00:00Z'));
    expect(dateItems(await today(a))).toEqual([
      expect.objectContaining({
        kind: 'date-reflection',
        detail: { dateId: date.id, title: ideaTitle },
      }),
    ]);
    expect(rhythm(await today(a))).toBe(1);
    await a.request('PUT', `/api/dates/${date.id}/reflection`, { text: 'Lovely', shared: false });
    expect(dateItems(await today(a))).toEqual([]);
    // B has not written one: B is still asked, and A's private reflection changes nothing for B.
    expect(dateItems(await today(b)).map((item) => item.kind)).toEqual(['date-reflection']);
    // Asked once: the day after that, no more.
    t.clock.set(new Date('2026-03-06T08:00:00Z'));
    expect(dateItems(await today(b))).toEqual([]);
    // A new week starts from zero.
    t.clock.set(new Date('2026-03-09T08:00:00Z'));
    expect(rhythm(await today(a))).toBe(0);
  });

  it('on a day with several dates, reminds of the next one that has not begun', async () => {
    t.clock.set(new Date('2026-03-04T06:00:00Z'));
    const { a } = await t.buildCouple();
    const at = async (start: string) =>
      (
        (
          await plan(a, { title: start, start, timeZone: 'UTC', durationMinutes: 60 })
        ).json() as PlannedDate
      ).id;
    const morning = await at('2026-03-04T08:00');
    const lunch = await at('2026-03-04T12:30');
    const evening = await at('2026-03-04T19:00');
    const shown = async () => dateItems(await today(a)).map((item) => item.id);
    expect(await shown()).toEqual([`date:${morning}`]);
    t.clock.set(new Date('2026-03-04T09:00:00Z'));
    expect(await shown()).toEqual([`date:${lunch}`]);
    t.clock.set(new Date('2026-03-04T13:00:00Z'));
    expect(await shown()).toEqual([`date:${evening}`]);
    t.clock.set(new Date('2026-03-04T19:30:00Z'));
    expect(await shown()).toEqual([]);
    expect(rhythm(await today(a))).toBe(1);
  });

  it('does not offer dates on Today to someone the private screen routed to their own support', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await plan(a, { ideaId, start: '2026-03-02T20:00', timeZone: 'UTC', durationMinutes: 60 });
    const partnerBefore = JSON.stringify(dateItems(await today(b)));
    expect(dateItems(await today(a))).toHaveLength(1);
    const flagged = await a.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    expect(flagged.statusCode).toBe(200);
    expect(dateItems(await today(a))).toEqual([]);
    // Nothing changes for the partner.
    expect(JSON.stringify(dateItems(await today(b)))).toBe(partnerBefore);
    expect((await list(b)).upcoming).toHaveLength(1);
  });

  it('keeps dates to the couple they were made in, and erases what a deleted account wrote', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const date: PlannedDate = (
      await plan(a, {
        title: 'Our secret spot',
        start: '2026-03-01T10:00',
        timeZone: 'UTC',
        durationMinutes: 60,
        notes: 'gone-after-erase-71c',
      })
    ).json();
    await b.request('PUT', `/api/dates/${date.id}/reflection`, {
      text: 'bea-words-3f0',
      shared: true,
    });
    expect((await a.request('GET', `/api/dates/${date.id}`)).json().partnerReflection).toEqual({
      text: 'bea-words-3f0',
    });
    expect((await b.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const never = (await a.request('GET', '/api/dates/AAAAAAAAAAAAAAAAAAAAAA')).body;
    for (const p of [a, b]) {
      expect(await list(p)).toEqual({ upcoming: [], past: [] });
      const res = await p.request('GET', `/api/dates/${date.id}`);
      expect([res.statusCode, res.body]).toEqual([404, never]);
      expect((await p.request('GET', `/api/dates/${date.id}/ics`)).statusCode).toBe(404);
    }
    // The next partner sees none of it.
    const c = await t.signUp('Cas');
    const invite = await a.request('POST', '/api/couple/invites');
    await c.request('POST', '/api/couple/join', { code: invite.json().code });
    expect(await list(c)).toEqual({ upcoming: [], past: [] });
    expect((await c.request('GET', `/api/dates/${date.id}`)).body).toBe(never);

    const { db } = t.database.handle;
    const rows = () =>
      db.selectFrom('scheduled_dates').select('id').where('id', '=', date.id).execute();
    expect(await rows()).toHaveLength(1);
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    expect(await rows()).toHaveLength(0);
    const left = await sql<{
      n: number | string;
    }>`select count(*) as n from date_reflections where text = 'bea-words-3f0'`.execute(db);
    expect(Number(left.rows[0]?.n)).toBe(0);
  });

  it('lists dates ahead soonest first and past ones latest first, a date under way among those ahead', async () => {
    t.clock.set(START);
    const { a } = await t.buildCouple();
    const at = async (start: string) =>
      (
        (
          await plan(a, { title: start, start, timeZone: 'UTC', durationMinutes: 120 })
        ).json() as PlannedDate
      ).id;
    const past1 = await at('2026-02-20T10:00');
    const past2 = await at('2026-02-25T10:00');
    const now = await at('2026-03-02T11:00');
    const next1 = await at('2026-03-05T10:00');
    const next2 = await at('2026-03-03T10:00');
    const dates = await list(a);
    expect(dates.upcoming.map((d) => [d.id, d.phase])).toEqual([
      [now, 'now'],
      [next2, 'upcoming'],
      [next1, 'upcoming'],
    ]);
    expect(dates.past.map((d) => d.id)).toEqual([past2, past1]);
    t.clock.advance(DAY);
    expect((await list(a)).past.map((d) => d.id)).toEqual([next2, now, past2, past1]);
  });
});

/** The next event about dates (the pairing's own "couple changed" may still be on its way). */
async function nextDatesEvent(stream: EventStream): Promise<LiveEvent> {
  for (;;) {
    const event = await stream.next();
    if (event.type.startsWith('dates.')) return event;
  }
}
