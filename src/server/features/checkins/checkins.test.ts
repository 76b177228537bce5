/**
 * The weekly check-in through HTTP on SQLite and PostgreSQL: agreeing on a
 * day and time, preparing privately (with the weekly pulse), walking through
 * focus mode step by step, two presses of "Next" at once, time zones and
 * daylight saving, and the check-in's place on Today.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { CheckinState } from '../../../shared/checkins-api';
import type { Today } from '../../../shared/program-api';

// The test clock starts on Monday 2 March 2026 at 12:00 UTC.
const START = new Date('2026-03-02T12:00:00Z');

async function state(p: Person): Promise<CheckinState> {
  const res = await p.request('GET', '/api/checkins/current');
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function ok(p: Person, method: 'PUT' | 'POST' | 'DELETE', url: string, body?: unknown) {
  const res = await p.request(method, url, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as CheckinState;
}

/** Robin proposes, Sam accepts. */
async function agree(a: Person, b: Person, weekday: number, time: string): Promise<CheckinState> {
  await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday, time });
  return ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
}

async function step(p: Person, from: string, direction: 'next' | 'back' = 'next') {
  return ok(p, 'POST', '/api/checkins/current/step', { from, direction });
}

async function today(p: Person): Promise<Today> {
  return (await p.request('GET', '/api/today')).json();
}

describe.each(dialects)('weekly check-in (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('agrees on a day and time only when the other partner accepts', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    const first = await state(a);
    expect(first).toMatchObject({ linked: true, schedule: null, proposal: null, checkin: null });

    const proposed = await ok(a, 'PUT', '/api/checkins/schedule/proposal', {
      weekday: 7,
      time: '19:00',
    });
    expect(proposed.proposal).toEqual({ weekday: 7, time: '19:00', byMe: true });
    expect(proposed.schedule).toBeNull();
    expect((await state(b)).proposal).toEqual({ weekday: 7, time: '19:00', byMe: false });
    // One's own proposal is not one's to accept.
    const own = await a.request('POST', '/api/checkins/schedule/proposal/accept');
    expect(own.statusCode).toBe(404);
    const accepted = await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    expect(accepted.schedule).toEqual({ weekday: 7, time: '19:00' });
    expect(accepted.proposal).toBeNull();
    expect(accepted.checkin).toMatchObject({
      day: '2026-03-08',
      at: '2026-03-08T19:00:00.000Z',
      step: 'waiting',
    });

    // A change waits for the other; declined, the schedule stays.
    await ok(b, 'PUT', '/api/checkins/schedule/proposal', { weekday: 6, time: '10:00' });
    expect((await state(a)).proposal).toEqual({ weekday: 6, time: '10:00', byMe: false });
    const declined = await ok(a, 'DELETE', '/api/checkins/schedule/proposal');
    expect(declined).toMatchObject({ proposal: null, schedule: { weekday: 7, time: '19:00' } });
    // Withdrawn by its proposer.
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 5, time: '20:30' });
    expect((await ok(a, 'DELETE', '/api/checkins/schedule/proposal')).proposal).toBeNull();
    // Nothing left to decline.
    expect((await b.request('DELETE', '/api/checkins/schedule/proposal')).statusCode).toBe(404);
    // Proposing the schedule already agreed just clears a proposal.
    await ok(b, 'PUT', '/api/checkins/schedule/proposal', { weekday: 1, time: '08:00' });
    const same = await ok(a, 'PUT', '/api/checkins/schedule/proposal', {
      weekday: 7,
      time: '19:00',
    });
    expect(same.proposal).toBeNull();
  });

  it('moves a check-in that has not begun, with what was prepared, when the day changes', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b, 7, '19:00');
    await ok(a, 'PUT', '/api/checkins/current/prep', { appreciation: 'You made soup' });
    const before = (await state(a)).checkin;
    await agree(b, a, 4, '20:00');
    const after = (await state(a)).checkin;
    expect(after).toMatchObject({ id: before?.id, day: '2026-03-05', step: 'waiting' });
    expect(after?.mine.appreciation).toBe('You made soup');
  });

  it('keeps the local time across daylight saving in the couple’s time zone', async () => {
    t.clock.set(new Date('2026-03-20T12:00:00Z'));
    const { a, b } = await t.buildCouple();
    expect(
      (await a.request('PATCH', '/api/couple', { timeZone: 'Europe/Berlin' })).statusCode,
    ).toBe(200);
    const agreed = await agree(a, b, 7, '19:00');
    expect(agreed.checkin).toMatchObject({ day: '2026-03-22', at: '2026-03-22T18:00:00.000Z' });
    // The next Sunday is in summer time: 19:00 in Berlin is an hour earlier in UTC.
    t.clock.set(new Date('2026-03-23T09:00:00Z'));
    expect((await state(b)).checkin).toMatchObject({
      day: '2026-03-29',
      at: '2026-03-29T17:00:00.000Z',
    });
    // 02:30 does not exist that night: it moves forward to 03:30 summer time.
    await agree(b, a, 7, '02:30');
    expect((await state(a)).checkin).toMatchObject({
      day: '2026-03-29',
      at: '2026-03-29T01:30:00.000Z',
    });
    // Still the check-in day late in the evening in Berlin (21:30 UTC is 23:30 there)…
    t.clock.set(new Date('2026-03-29T21:30:00Z'));
    expect((await state(a)).checkin?.day).toBe('2026-03-29');
    // …and the next one once midnight has passed there.
    t.clock.set(new Date('2026-03-29T22:30:00Z'));
    expect((await state(a)).checkin?.day).toBe('2026-04-05');
  });

  it('keeps preparation private and saves its ratings as the weekly pulse', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b, 7, '19:00');
    // An existing pulse of this week shows in the preparation.
    await a.request('POST', '/api/pulse', { emotional: 4, physical: 5, intellectual: 6, talk: 7 });
    expect((await state(a)).checkin?.mine.ratings).toEqual({
      emotional: 4,
      physical: 5,
      intellectual: 6,
      talk: 7,
    });
    const saved = await ok(a, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'The walk on Tuesday',
      success: 'We cooked together twice',
      concern: { text: 'Evenings on phones', private: false, continues: null },
      goals: 'One screen-free dinner',
      ratings: { emotional: 7, physical: 6, intellectual: 8, talk: 7 },
    });
    expect(saved.checkin?.mine).toMatchObject({
      prepared: true,
      appreciation: 'The walk on Tuesday',
      concern: { text: 'Evenings on phones', private: false, resolved: false, continued: false },
      ratings: { emotional: 7, physical: 6, intellectual: 8, talk: 7 },
    });
    expect((await a.request('GET', '/api/pulse')).json().mine).toEqual({
      emotional: 7,
      physical: 6,
      intellectual: 8,
      talk: 7,
    });
    // A part at a time: the rest stays.
    const partial = await ok(a, 'PUT', '/api/checkins/current/prep', { success: null });
    expect(partial.checkin?.mine).toMatchObject({ success: null, goals: 'One screen-free dinner' });
    // Nothing of it reaches the partner.
    const seen = (await state(b)).checkin;
    expect(seen?.partner).toEqual({
      appreciation: null,
      success: null,
      concern: null,
      goals: null,
    });
    expect(JSON.stringify(seen)).not.toContain('Tuesday');
  });

  it('refuses preparation without a couple or a schedule, and bad input', async () => {
    const alone = await t.signUp('Alone');
    expect((await state(alone)).linked).toBe(false);
    const res = await alone.request('PUT', '/api/checkins/current/prep', { appreciation: 'x' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('not_linked');
    const { a } = await t.buildCouple();
    const none = await a.request('PUT', '/api/checkins/current/prep', { appreciation: 'x' });
    expect(none.statusCode).toBe(404);
    for (const body of [
      {},
      { appreciation: '' },
      { appreciation: 'x'.repeat(2001) },
      { ratings: { emotional: 0, physical: 1, intellectual: 1, talk: 1 } },
      { concern: { text: 'x', private: false } },
      { extra: 1 },
    ]) {
      const bad = await a.request('PUT', '/api/checkins/current/prep', body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
    }
    for (const body of [
      { weekday: 0, time: '19:00' },
      { weekday: 8, time: '19:00' },
      { weekday: 1, time: '24:00' },
      { weekday: 1, time: '7:00' },
    ]) {
      const bad = await a.request('PUT', '/api/checkins/schedule/proposal', body);
      expect(bad.statusCode, JSON.stringify(body)).toBe(400);
    }
  });

  it('reveals each note only when its step comes, and never a concern kept private', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b, 7, '19:00');
    await ok(a, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'A-appreciation',
      success: 'A-success',
      concern: { text: 'A-concern', private: false, continues: null },
      goals: 'A-goals',
    });
    await ok(b, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'B-appreciation',
      concern: { text: 'B-concern-private', private: true, continues: null },
    });
    const order = ['waiting', 'appreciations', 'successes', 'concerns', 'goals', 'agreements'];
    const seenByB = [];
    const seenByA = [];
    for (const [i, from] of order.entries()) {
      const mover = i % 2 === 0 ? a : b;
      seenByB.push((await state(b)).checkin?.partner);
      seenByA.push((await state(a)).checkin?.partner);
      const moved = await step(mover, from);
      // Once finished, the next week's check-in is the current one.
      expect(moved.checkin?.step).toBe(order[i + 1] ?? 'waiting');
    }
    expect(seenByB).toEqual([
      { appreciation: null, success: null, concern: null, goals: null },
      { appreciation: 'A-appreciation', success: null, concern: null, goals: null },
      { appreciation: 'A-appreciation', success: 'A-success', concern: null, goals: null },
      { appreciation: 'A-appreciation', success: 'A-success', concern: 'A-concern', goals: null },
      {
        appreciation: 'A-appreciation',
        success: 'A-success',
        concern: 'A-concern',
        goals: 'A-goals',
      },
      {
        appreciation: 'A-appreciation',
        success: 'A-success',
        concern: 'A-concern',
        goals: 'A-goals',
      },
    ]);
    // B's private concern never reaches A.
    expect(JSON.stringify(seenByA)).not.toContain('B-concern-private');
    // Finished: the next week's check-in is current, and this one is "previous".
    const after = await state(a);
    expect(after.checkin).toMatchObject({ day: '2026-03-15', step: 'waiting' });
    expect(after.previous?.day).toBe('2026-03-08');
  });

  it('lets a person who did not prepare write their note when its step comes', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b, 7, '19:00');
    await step(a, 'waiting');
    await ok(b, 'PUT', '/api/checkins/current/prep', { appreciation: 'Written in the moment' });
    expect((await state(a)).checkin?.partner.appreciation).toBe('Written in the moment');
  });

  it('moves one step when both press "Next" at once, and back only to the first step', async () => {
    t.clock.set(START);
    const { a, b } = await t.buildCouple();
    await agree(a, b, 7, '19:00');
    const begun = await Promise.all([step(a, 'waiting'), step(b, 'waiting')]);
    expect(begun.every((s) => s.checkin?.step === 'appreciations')).toBe(true);
    for (let round = 0; round < 4; round += 1) {
      const from = (await state(a)).checkin?.step ?? 'waiting';
      await Promise.all([step(a, from), step(b, from), step(a, from), step(b, from)]);
    }
    expect((await state(b)).checkin?.step).toBe('agreements');
    await step(b, 'agreements', 'back');
    expect((await state(a)).checkin?.step).toBe('goals');
    // A stale "from" changes nothing.
    expect((await step(a, 'successes')).checkin?.step).toBe('goals');
    for (const from of ['goals', 'concerns', 'successes', 'appreciations'])
      await step(a, from, 'back');
    expect((await state(a)).checkin?.step).toBe('appreciations');
  });

  it('puts the check-in on Today: tomorrow to prepare, today, under way, and the week', async () => {
    // Saturday 7 March, 10:00 UTC: the check-in is tomorrow.
    t.clock.set(new Date('2026-03-07T10:00:00Z'));
    const { a, b } = await t.buildCouple();
    const choose = (await today(a)).now.concat((await today(a)).waiting);
    expect(choose.find((i) => i.kind === 'checkin-schedule')?.detail).toEqual({ state: 'choose' });
    await ok(a, 'PUT', '/api/checkins/schedule/proposal', { weekday: 7, time: '19:00' });
    const items = async (p: Person) => {
      const day = await today(p);
      return [...day.now, ...day.waiting];
    };
    expect((await items(b)).find((i) => i.kind === 'checkin-schedule')?.detail).toEqual({
      state: 'answer',
    });
    expect((await items(a)).some((i) => i.kind === 'checkin-schedule')).toBe(false);
    await ok(b, 'POST', '/api/checkins/schedule/proposal/accept');
    const tomorrow = (await items(a)).find((i) => i.kind === 'checkin');
    expect(tomorrow).toMatchObject({
      href: '/checkin',
      detail: { when: 'tomorrow', at: '2026-03-08T19:00:00.000Z', prepared: false },
    });
    await ok(a, 'PUT', '/api/checkins/current/prep', { goals: 'Rest more' });
    expect((await items(a)).some((i) => i.kind === 'checkin')).toBe(false);
    // B's Today does not change because A prepared.
    expect((await items(b)).find((i) => i.kind === 'checkin')?.detail.prepared).toBe(false);

    t.clock.set(new Date('2026-03-08T09:00:00Z'));
    expect((await items(a)).find((i) => i.kind === 'checkin')?.detail).toMatchObject({
      when: 'today',
      prepared: true,
    });
    const weekBefore = (await today(a)).week.find((w) => w.id === 'weekly-checkin');
    expect(weekBefore?.done ?? 0).toBe(0);
    await step(b, 'waiting');
    expect((await items(a)).find((i) => i.kind === 'checkin')).toMatchObject({
      href: '/checkin/focus',
      detail: { when: 'now' },
    });
    expect((await today(a)).week.find((w) => w.id === 'weekly-checkin')?.done).toBe(1);
  });

  it('keeps the Today counts the same for the partner whether or not I prepared', async () => {
    t.clock.set(new Date('2026-03-07T10:00:00Z'));
    const { a, b } = await t.buildCouple();
    await agree(a, b, 7, '19:00');
    const before = (await b.request('GET', '/api/today')).body;
    await ok(a, 'PUT', '/api/checkins/current/prep', {
      appreciation: 'x',
      concern: { text: 'y', private: true, continues: null },
    });
    expect((await b.request('GET', '/api/today')).body).toBe(before);
  });
});
