/**
 * Exercises while a couple lives apart, on SQLite and PostgreSQL: once a
 * "long distance" life event of theirs holds, both partners' list holds the
 * exercises that also work over a call, says how many need them in one
 * room, and gives every one when asked (for a visit), those for one room
 * last. Someone else — the former partner after an unlink too — gets the
 * usual list, unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { ExerciseList } from '../../../shared/exercises-api';

describe.each(dialects)('exercises while living apart (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const list = async (p: Person, query = ''): Promise<ExerciseList> => {
    const res = await p.request('GET', `/api/exercises${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('offers the exercises that work over a call, and every one when asked', async () => {
    const { a, b } = await t.buildCouple();
    const usual = await list(a);
    expect(usual.apart).toBeUndefined();
    const overACall = usual.exercises.filter((e) => e.distance).map((e) => e.id);
    const oneRoom = usual.exercises.filter((e) => !e.distance).map((e) => e.id);
    expect(overACall.length).toBeGreaterThan(0);
    expect(oneRoom.length).toBeGreaterThan(0);

    const event = await b.request('POST', '/api/life-events', { kind: 'long-distance' });
    expect(event.statusCode, event.body).toBe(201);
    for (const p of [a, b]) {
      const apart = await list(p);
      expect(apart.exercises.map((e) => e.id)).toEqual(overACall);
      expect(apart.apart).toEqual({ oneRoom: oneRoom.length, included: false });
      const all = await list(p, '?all=true');
      expect(all.exercises.map((e) => e.id)).toEqual([...overACall, ...oneRoom]);
      expect(all.apart).toEqual({ oneRoom: oneRoom.length, included: true });
    }
    // With the other filters: only what fits them, and the count of those for one room among them.
    const touch = await list(a, '?category=touch');
    const usualTouch = usual.exercises.filter((e) => e.category === 'touch');
    expect(touch.exercises.map((e) => e.id)).toEqual(
      usualTouch.filter((e) => e.distance).map((e) => e.id),
    );
    expect(touch.apart?.oneRoom).toBe(usualTouch.filter((e) => !e.distance).length);
    // One for one room can still be opened directly, for a visit.
    const first = oneRoom[0] ?? '';
    expect((await a.request('GET', `/api/exercises/${first}`)).statusCode).toBe(200);

    // Taken away: the usual list again, byte for byte.
    const whileApart = (await a.request('GET', '/api/exercises')).body;
    expect(whileApart).not.toBe(JSON.stringify(usual));
    expect((await b.request('DELETE', `/api/life-events/${event.json().id}`)).statusCode).toBe(204);
    expect((await a.request('GET', '/api/exercises')).body).toBe(JSON.stringify(usual));
  });

  it('belongs to the couple: a stranger and the former partner get the usual list', async () => {
    const { a, b } = await t.buildCouple();
    const usual = (await a.request('GET', '/api/exercises')).body;
    expect(
      (await a.request('POST', '/api/life-events', { kind: 'long-distance' })).statusCode,
    ).toBe(201);
    const stranger = await t.signUp();
    expect((await stranger.request('GET', '/api/exercises')).body).toBe(usual);
    expect((await a.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    for (const p of [a, b]) expect((await p.request('GET', '/api/exercises')).body).toBe(usual);
  });
});
