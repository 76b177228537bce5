/**
 * What each feature reports as waiting on a person, asked the way the
 * scheduler asks: through the `reminders` of every feature, on a real
 * database. Each source is read-only, reports only the person's own next
 * step, and is silent on couple activities for a person the private screen
 * routed to their own support.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import {
  createTestApp,
  type Person,
  type TestApp,
  testCatalog,
} from '../../../../tests/support/test-app';
import { features } from '../../app';
import type { ReminderPerson } from './reminders.types';

const START = new Date('2026-03-02T12:00:00Z'); // a Monday
const HOUR = 3600_000;

describe.each(dialects)('reminder sources (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { start: START });
  });
  afterAll(() => t.close());

  const sources = features.flatMap((f) => (f.reminders ? [f.reminders] : []));

  /** Everything waiting on a person now, as "kind" strings, from every feature. */
  async function waiting(person: ReminderPerson): Promise<string[]> {
    const deps = {
      db: t.database.handle.db,
      dialect,
      catalog: testCatalog(),
    };
    const out: string[] = [];
    for (const source of sources) {
      const due = await source.due(deps, [person], t.clock.now());
      for (const reminder of due.get(person.userId) ?? []) out.push(reminder.kind);
    }
    return out.sort();
  }

  async function coupleOf(a: Person, b: Person, coupleActivities = true) {
    const me = (await a.request('GET', '/api/me')).json();
    const couple = { id: me.couple.id as string, partnerId: b.id, timeZone: 'UTC' };
    return {
      a: { userId: a.id, timeZone: 'UTC', couple, coupleActivities } satisfies ReminderPerson,
      b: {
        userId: b.id,
        timeZone: 'UTC',
        couple: { ...couple, partnerId: a.id },
        coupleActivities: true,
      } satisfies ReminderPerson,
    };
  }

  it('the day’s question alone: waiting until answered or set aside', async () => {
    t.clock.set(START);
    const solo = await t.signUp('Alone');
    const me: ReminderPerson = {
      userId: solo.id,
      timeZone: 'UTC',
      couple: null,
      coupleActivities: true,
    };
    expect(await waiting(me)).toEqual(['question']);
    const today = (await solo.request('GET', '/api/questions/today')).json();
    await solo.request('PUT', `/api/questions/${today.question.id}/skip`);
    expect(await waiting(me)).toEqual([]);
    await solo.request('DELETE', `/api/questions/${today.question.id}/skip`);
    await solo.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'Mine' });
    expect(await waiting(me)).toEqual([]);
    // The next day brings the next question.
    t.clock.advance(24 * HOUR);
    expect(await waiting(me)).toEqual(['question']);
  });

  it('the reveal waits on the one who has not answered', async () => {
    t.clock.set(START);
    const { a: robin, b: sam } = await t.buildCouple();
    const { a, b } = await coupleOf(robin, sam);
    expect(await waiting(a)).toEqual(['question']);
    const today = (await sam.request('GET', '/api/questions/today')).json();
    await sam.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'Sam’s' });
    expect(await waiting(a)).toEqual(['reveal']);
    expect(await waiting(b)).toEqual([]);
    await robin.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'Robin’s' });
    expect(await waiting(a)).toEqual([]);
  });

  it('the weekly check-in tomorrow, until I have prepared', async () => {
    t.clock.set(START);
    const { a: robin, b: sam } = await t.buildCouple();
    const { a, b } = await coupleOf(robin, sam);
    const answerToday = async (p: Person) => {
      const today = (await p.request('GET', '/api/questions/today')).json();
      await p.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'Done' });
    };
    await answerToday(robin);
    await answerToday(sam);
    // Tuesday at 19:00: tomorrow.
    await robin.request('PUT', '/api/checkins/schedule/proposal', { weekday: 2, time: '19:00' });
    expect(await waiting(a)).toEqual([]);
    await sam.request('POST', '/api/checkins/schedule/proposal/accept');
    expect(await waiting(a)).toEqual(['checkin']);
    expect(await waiting(b)).toEqual(['checkin']);
    const prepared = await robin.request('PUT', '/api/checkins/current/prep', {
      appreciation: 'Thank you for the soup',
    });
    expect(prepared.statusCode).toBe(200);
    expect(await waiting(a)).toEqual([]);
    // Sam's reminder does not change with Robin's preparation.
    expect(await waiting(b)).toEqual(['checkin']);
  });

  it('a date today, until it begins', async () => {
    t.clock.set(START);
    const { a: robin, b: sam } = await t.buildCouple();
    const { a } = await coupleOf(robin, sam);
    const today = (await robin.request('GET', '/api/questions/today')).json();
    await robin.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'Done' });
    const planned = await sam.request('POST', '/api/dates', {
      title: 'Picnic by the lake',
      start: '2026-03-02T18:00',
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    expect(planned.statusCode, planned.body).toBe(201);
    expect(await waiting(a)).toEqual(['date']);
    t.clock.set(new Date('2026-03-02T18:30:00Z'));
    expect(await waiting(a)).toEqual([]);
  });

  it('a note left to be found, once it is visible and until it is opened', async () => {
    t.clock.set(START);
    const { a: robin, b: sam } = await t.buildCouple();
    const { a } = await coupleOf(robin, sam);
    const today = (await robin.request('GET', '/api/questions/today')).json();
    await robin.request('PUT', `/api/questions/${today.question.id}/answer`, { text: 'Done' });
    // Sent to be read now: on Today already, nothing to remind of.
    await sam.request('POST', '/api/notes', { kind: 'thank-you', text: 'For the tea' });
    expect(await waiting(a)).toEqual([]);
    const hidden = await sam.request('POST', '/api/notes', {
      kind: 'note',
      text: 'Look under the cushion',
      visibleFrom: '2026-03-02T13:00:00Z',
    });
    expect(hidden.statusCode, hidden.body).toBe(201);
    expect(await waiting(a)).toEqual([]);
    t.clock.set(new Date('2026-03-02T13:05:00Z'));
    expect(await waiting(a)).toEqual(['note']);
    const received = (await robin.request('GET', '/api/notes')).json();
    const note = received.notes.find((n: { leftToFind: boolean }) => n.leftToFind);
    await robin.request('PUT', `/api/notes/${note.id}/read`);
    expect(await waiting(a)).toEqual([]);
  });

  it('a re-check five weeks after the last check', async () => {
    t.clock.set(START);
    const solo = await t.signUp('Checker');
    const me: ReminderPerson = {
      userId: solo.id,
      timeZone: 'UTC',
      couple: null,
      coupleActivities: true,
    };
    const taken = await solo.request('POST', '/api/check/responses', {
      items: { 'check-phy-1': { now: 5, wish: 7 } },
      causes: {},
      signs: [],
    });
    expect(taken.statusCode, taken.body).toBe(201);
    expect(await waiting(me)).toEqual(['question']);
    t.clock.advance(35 * 24 * HOUR - 60_000);
    expect(await waiting(me)).toEqual(['question']);
    t.clock.advance(60_000);
    expect(await waiting(me)).toEqual(['question', 'recheck']);
  });

  it('nothing of a former couple after an unlink, alone or with a new partner', async () => {
    t.clock.set(START);
    const { a: robin, b: sam } = await t.buildCouple();
    const former = await coupleOf(robin, sam);
    await sam.request('POST', '/api/notes', {
      kind: 'note',
      text: 'For later',
      visibleFrom: '2026-03-02T13:00:00Z',
    });
    await sam.request('POST', '/api/dates', {
      title: 'Walk',
      start: '2026-03-02T18:00',
      timeZone: 'UTC',
      durationMinutes: 60,
    });
    expect((await robin.request('POST', '/api/couple/unlink')).statusCode).toBe(204);
    t.clock.set(new Date('2026-03-02T13:05:00Z'));
    expect(await waiting({ ...former.a, couple: null })).toEqual(['question']);
    const kai = await t.signUp('Kai');
    const invite = await kai.request('POST', '/api/couple/invites');
    const joined = await robin.request('POST', '/api/couple/join', { code: invite.json().code });
    expect(joined.statusCode).toBe(200);
    const next = await coupleOf(robin, kai);
    expect(await waiting(next.a)).toEqual(['question']);
  });

  it('nothing of couple activities for a person the private screen routed to their own support', async () => {
    t.clock.set(START);
    const { a: robin, b: sam } = await t.buildCouple();
    await sam.request('PUT', '/api/checkins/schedule/proposal', { weekday: 2, time: '19:00' });
    await robin.request('POST', '/api/checkins/schedule/proposal/accept');
    await sam.request('POST', '/api/dates', {
      title: 'Dinner out',
      start: '2026-03-02T19:00',
      timeZone: 'UTC',
      durationMinutes: 90,
    });
    await sam.request('POST', '/api/notes', {
      kind: 'note',
      text: 'In the drawer',
      visibleFrom: '2026-03-02T12:30:00Z',
    });
    const together = await coupleOf(robin, sam, true);
    const routed = await coupleOf(robin, sam, false);
    t.clock.set(new Date('2026-03-02T12:40:00Z'));
    expect(await waiting(together.a)).toEqual(['checkin', 'date', 'note', 'question']);
    // The partner's own note still reaches them; nothing the couple does together does.
    expect(await waiting(routed.a)).toEqual(['note']);
  });
});
