/**
 * Date ideas while a couple lives apart, on SQLite and PostgreSQL: once a
 * "long distance" life event of theirs holds, both partners get the ideas
 * that work apart first (the others still follow), and the filters still
 * apply; once it is over, the library's own order is back. Someone else —
 * including the former partner after an unlink — is not affected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { DateIdeas } from '../../../shared/dates-api';

const DAY = 24 * 3600 * 1000;

describe.each(dialects)('date ideas while living apart (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: new Date('2026-03-02T09:00:00Z') });
  });
  afterAll(() => t.close());

  const ideas = async (p: Person, query = ''): Promise<DateIdeas> => {
    const res = await p.request('GET', `/api/dates/ideas${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** The distance flags in list order: every `true` before the first `false`. */
  const apartFirst = (list: DateIdeas) => {
    const flags = list.ideas.map((i) => i.distance);
    const firstTogether = flags.indexOf(false);
    return firstTogether > 0 && flags.slice(firstTogether).every((d) => !d);
  };

  it('puts the ideas that work apart first for both while a “long distance” event holds', async () => {
    const { a, b } = await t.buildCouple();
    const before = await ideas(a);
    expect(before.livingApart).toBe(false);
    expect(apartFirst(before)).toBe(false);
    const event = await a.request('POST', '/api/life-events', { kind: 'long-distance' });
    expect(event.statusCode, event.body).toBe(201);
    for (const p of [a, b]) {
      const apart = await ideas(p);
      expect(apart.livingApart).toBe(true);
      expect(apartFirst(apart)).toBe(true);
      // The same ideas, only in another order; each group keeps the library's order.
      expect(apart.ideas.map((i) => i.id).sort()).toEqual(before.ideas.map((i) => i.id).sort());
      expect(apart.ideas.filter((i) => !i.distance).map((i) => i.id)).toEqual(
        before.ideas.filter((i) => !i.distance).map((i) => i.id),
      );
    }
    // Filters still apply.
    const out = await ideas(b, '?setting=out');
    expect(out.livingApart).toBe(true);
    expect(out.ideas.every((i) => i.setting === 'out')).toBe(true);
    // Over: the library's own order again.
    t.clock.advance(DAY);
    expect((await a.request('POST', `/api/life-events/${event.json().id}/end`)).statusCode).toBe(
      200,
    );
    const after = await ideas(b);
    expect(after.livingApart).toBe(false);
    expect(after.ideas.map((i) => i.id)).toEqual(before.ideas.map((i) => i.id));
    t.clock.advance(-DAY);
  });

  it('belongs to the couple: a stranger, someone alone and the former partner are not affected', async () => {
    const { a, b } = await t.buildCouple();
    expect(
      (await a.request('POST', '/api/life-events', { kind: 'long-distance' })).statusCode,
    ).toBe(201);
    const stranger = await t.signUp();
    expect((await ideas(stranger)).livingApart).toBe(false);
    const solo = await t.signUp();
    await solo.request('POST', '/api/life-events', { kind: 'long-distance' });
    expect((await ideas(solo)).livingApart).toBe(false);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    const c = await t.signUp('Cy');
    const invite = await b.request('POST', '/api/couple/invites');
    expect(
      (await c.request('POST', '/api/couple/join', { code: invite.json().code })).statusCode,
    ).toBe(200);
    for (const p of [a, b, c]) expect((await ideas(p)).livingApart).toBe(false);
  });
});
