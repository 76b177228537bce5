/**
 * Planned dates in calendar apps, on SQLite and PostgreSQL: the `.ics` file
 * per date and the private feed, read back with a real iCalendar parser
 * (ical.js). The feed answers only its current token; a wrong, revoked or
 * ended one gets exactly the answer of an unknown address.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import { SENSITIVE_WORDS } from '../../../core/ics';
import type { DateIdeas, NewFeed, PlannedDate } from '../../../shared/dates-api';
import { FEED_LIMITS } from './dates.calendar';

const START = new Date('2026-03-02T12:00:00Z');

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

describe.each(dialects)('dates in calendar apps (%s)', (dialect) => {
  let t: TestApp;
  let sensitiveIdea: { id: string; title: string };
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
    const ideas = (
      (await (await t.signUp()).request('GET', '/api/dates/ideas')).json() as DateIdeas
    ).ideas;
    const spa = ideas.find((idea) => idea.id === 'date-home-spa');
    if (!spa) throw new Error('expected the home spa idea');
    sensitiveIdea = spa;
  });
  afterAll(() => t.close());

  const plan = async (p: Person, body: Record<string, unknown>): Promise<PlannedDate> => {
    const res = await p.request('POST', '/api/dates', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };
  const unknownAddress = async () => (await t.anonymous('GET', '/api/no-such-address')).body;

  it('downloads one date as a calendar file a real parser reads, with only neutral words', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const date = await plan(a, {
      ideaId: sensitiveIdea.id,
      start: '2026-03-06T19:30',
      timeZone: 'Europe/Lisbon',
      durationMinutes: 90,
      place: 'Home, the long sofa',
      notes: 'Massage oil and the soft towels',
    });
    const res = await b.request('GET', `/api/dates/${date.id}/ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="time-together-2026-03-06.ics"',
    );
    expect(res.body).toMatch(/\r\n$/);
    expect(res.body.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [event, more] = parse(res.body);
    expect(more).toBeUndefined();
    expect(event?.uid).toBe(`${date.id}@localhost`);
    expect(event?.summary).toBe('Time together');
    expect(event?.location).toBe('Home, the long sofa');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2026-03-06T19:30:00.000Z');
    expect(event?.endDate.toJSDate().toISOString()).toBe('2026-03-06T21:00:00.000Z');
    expect(event?.sequence).toBe(0);
    for (const words of [sensitiveIdea.title, 'Massage', 'towels'])
      expect(res.body).not.toContain(words);
    const lower = res.body.toLowerCase();
    for (const word of SENSITIVE_WORDS) expect(lower, word).not.toContain(word);

    // An edit keeps the UID and raises the sequence; a place that is not neutral stays out.
    t.clock.advance(60_000);
    await a.request('PATCH', `/api/dates/${date.id}`, { place: 'Couples therapy, room 4' });
    const [edited] = parse((await a.request('GET', `/api/dates/${date.id}/ics`)).body);
    expect(edited?.uid).toBe(event?.uid);
    expect(edited?.sequence).toBe(1);
    expect(edited?.location).toBeNull();
    expect(edited?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-03-02T12:01:00Z',
    );
  });

  it('serves the couple’s feed by its token alone, with caching a calendar app understands', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    expect((await a.request('GET', '/api/dates/feed')).json()).toEqual({ active: false });
    const first = await plan(a, {
      title: 'Dinner out',
      start: '2026-03-07T20:00',
      timeZone: 'UTC',
      durationMinutes: 120,
      place: 'Corner bistro',
    });
    await plan(b, {
      title: 'Long walk',
      start: '2026-03-14T10:00',
      timeZone: 'Asia/Tokyo',
      durationMinutes: 180,
    });
    const cancelled = await plan(b, {
      title: 'Not this one',
      start: '2026-03-20T10:00',
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    await b.request('DELETE', `/api/dates/${cancelled.id}`);
    const made = await a.request('POST', '/api/dates/feed');
    expect(made.statusCode).toBe(201);
    const feed: NewFeed = made.json();
    expect(feed.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(feed.webcalUrl).toBe(feed.url.replace(/^http:/, 'webcal:'));
    expect((await b.request('GET', '/api/dates/feed')).json()).toEqual({ active: true });

    const res = await t.anonymous('GET', pathOf(feed.url));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(res.headers['cache-control']).toBe('private, max-age=900');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    const events = parse(res.body);
    expect(events.map((e) => [e.uid, e.summary, e.startDate.toJSDate().toISOString()])).toEqual([
      [`${first.id}@localhost`, 'Time together', '2026-03-07T20:00:00.000Z'],
      [expect.stringMatching(/@localhost$/), 'Time together', '2026-03-14T01:00:00.000Z'],
    ]);
    expect(res.body).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT60M');
    expect(res.body).not.toContain('Dinner out');

    // Unchanged since the copy the app has: 304, no body.
    const again = await t.app.inject({
      method: 'GET',
      url: pathOf(feed.url),
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // A change makes a new ETag.
    t.clock.advance(60_000);
    await b.request('PATCH', `/api/dates/${first.id}`, { durationMinutes: 150 });
    const changed = await t.app.inject({
      method: 'GET',
      url: pathOf(feed.url),
      headers: { 'if-none-match': res.headers.etag as string },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(res.headers.etag);
  });

  it('revokes the old address when either partner makes a new one, and when the feed is turned off', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await plan(a, {
      title: 'Cinema',
      start: '2026-03-07T20:00',
      timeZone: 'UTC',
      durationMinutes: 120,
    });
    const old: NewFeed = (await a.request('POST', '/api/dates/feed')).json();
    const fresh: NewFeed = (await b.request('POST', '/api/dates/feed')).json();
    expect(fresh.url).not.toBe(old.url);
    const missing = await unknownAddress();
    const revoked = await t.anonymous('GET', pathOf(old.url));
    expect([revoked.statusCode, revoked.body]).toEqual([404, missing]);
    expect((await t.anonymous('GET', pathOf(fresh.url))).statusCode).toBe(200);
    // Wrong tokens of any shape: the same answer.
    for (const token of ['x'.repeat(43), 'short', 'has.dots', `${'y'.repeat(43)}z`, '%20'])
      expect((await t.anonymous('GET', `/api/calendar/${token}.ics`)).body, token).toBe(missing);
    // A session does not help.
    expect((await a.request('GET', pathOf(old.url))).body).toBe(missing);

    expect((await a.request('DELETE', '/api/dates/feed')).statusCode).toBe(204);
    expect((await t.anonymous('GET', pathOf(fresh.url))).body).toBe(missing);
    expect((await b.request('GET', '/api/dates/feed')).json()).toEqual({ active: false });
  });

  it('stops the feed when the couple ends, and after its maker’s account is deleted', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const feed: NewFeed = (await b.request('POST', '/api/dates/feed')).json();
    expect((await t.anonymous('GET', pathOf(feed.url))).statusCode).toBe(200);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const missing = await unknownAddress();
    expect((await t.anonymous('GET', pathOf(feed.url))).body).toBe(missing);
    // Linking the same two people again is a new couple: the old address stays dead.
    const invite = await a.request('POST', '/api/couple/invites');
    await b.request('POST', '/api/couple/join', { code: invite.json().code });
    expect((await t.anonymous('GET', pathOf(feed.url))).body).toBe(missing);
    expect((await a.request('GET', '/api/dates/feed')).json()).toEqual({ active: false });

    const next: NewFeed = (await a.request('POST', '/api/dates/feed')).json();
    expect((await t.anonymous('GET', pathOf(next.url))).statusCode).toBe(200);
    expect((await a.request('DELETE', '/api/me', { password: a.password })).statusCode).toBe(204);
    expect((await t.anonymous('GET', pathOf(next.url))).body).toBe(missing);
  });

  it('limits how often one address is read', async () => {
    t.clock.set(new Date('2026-04-01T00:00:00Z'));
    const { a } = await t.buildCouple();
    const feed: NewFeed = (await a.request('POST', '/api/dates/feed')).json();
    let last = 0;
    for (let i = 0; i <= FEED_LIMITS.perToken.max; i++)
      last = (await t.anonymous('GET', pathOf(feed.url))).statusCode;
    expect(last).toBe(429);
    t.clock.advance(FEED_LIMITS.perToken.windowMs);
    expect((await t.anonymous('GET', pathOf(feed.url))).statusCode).toBe(200);
  });
});
