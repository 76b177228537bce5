/**
 * The weekly challenge while a couple lives apart, on SQLite and PostgreSQL:
 * a "long distance" life event sets the couple's "living apart" setting (a
 * setting chosen before it gives way), so the next weeks draw challenges
 * that work at a distance; the couple can still change it, and once the
 * event is over the setting follows. It belongs to the couple: the former
 * partner's next couple starts as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import {
  createTestApp,
  type Person,
  type TestApp,
  testCatalog,
} from '../../../../tests/support/test-app';
import type { CurrentChallenge } from '../../../shared/challenges-api';
import { challengesOf } from './challenges.catalog';

const DAY = 24 * 3600 * 1000;
const WEEK = 7 * DAY;

describe.each(dialects)('the weekly challenge while living apart (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => t.close());

  const current = async (p: Person): Promise<CurrentChallenge> => {
    const res = await p.request('GET', '/api/challenges/current');
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  const settings = async (p: Person, body: { apart: boolean; maxCost: string }) => {
    const res = await p.request('PUT', '/api/challenges/settings', body);
    expect(res.statusCode, res.body).toBe(200);
    return (res.json() as CurrentChallenge).settings;
  };
  const worksApart = (view: CurrentChallenge) =>
    challengesOf(testCatalog()).byId.get(view.current?.challenge.id ?? '')?.distance;

  it('sets “living apart” from the life event, over an earlier choice, and the next weeks follow it', async () => {
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { a, b } = await t.buildCouple();
    expect((await current(a)).settings).toEqual({ apart: false, maxCost: '$$$' });
    // A choice made before the event: its budget stays, “living apart” gives way.
    expect(await settings(b, { apart: false, maxCost: '$' })).toEqual({
      apart: false,
      maxCost: '$',
    });
    t.clock.advance(60_000);
    const event = await a.request('POST', '/api/life-events', { kind: 'long-distance' });
    expect(event.statusCode, event.body).toBe(201);
    for (const p of [a, b])
      expect((await current(p)).settings).toEqual({ apart: true, maxCost: '$' });
    for (let week = 1; week <= 3; week++) {
      t.clock.advance(WEEK);
      const view = await current(week % 2 === 0 ? a : b);
      expect(worksApart(view)).toBe(true);
    }

    // The couple can still change it: their choice stands while the event lasts.
    t.clock.advance(DAY);
    expect(await settings(a, { apart: false, maxCost: '$$' })).toEqual({
      apart: false,
      maxCost: '$$',
    });
    expect((await current(b)).settings).toEqual({ apart: false, maxCost: '$$' });

    // The event is over the next day: the setting follows it.
    t.clock.advance(DAY);
    expect(await settings(b, { apart: true, maxCost: '$$' })).toEqual({
      apart: true,
      maxCost: '$$',
    });
    t.clock.advance(DAY);
    expect((await b.request('POST', `/api/life-events/${event.json().id}/end`)).statusCode).toBe(
      200,
    );
    for (const p of [a, b])
      expect((await current(p)).settings).toEqual({ apart: false, maxCost: '$$' });
  });

  it('belongs to the couple: a stranger and the former partner’s next couple start as usual', async () => {
    t.clock.set(new Date('2026-03-02T09:00:00Z'));
    const { a, b } = await t.buildCouple();
    expect(
      (await a.request('POST', '/api/life-events', { kind: 'long-distance' })).statusCode,
    ).toBe(201);
    expect((await current(b)).settings?.apart).toBe(true);
    const other = await t.buildCouple();
    expect((await current(other.a)).settings?.apart).toBe(false);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const c = await t.signUp('Cy');
    const invite = await b.request('POST', '/api/couple/invites');
    expect(
      (await c.request('POST', '/api/couple/join', { code: invite.json().code })).statusCode,
    ).toBe(200);
    expect((await current(b)).settings?.apart).toBe(false);
    expect((await current(c)).settings?.apart).toBe(false);
  });
});
