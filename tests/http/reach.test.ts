/**
 * Reach, through the real app and a real SMTP server on loopback: the
 * settings, the daily nudge (at the chosen time in the person's own zone,
 * out of quiet hours, at most once a day, never twice for the same thing,
 * nothing to a person who turned it off), its exact words and headers, the
 * one-click unsubscribe, failed sends in /metrics, and two instances on one
 * PostgreSQL database sending each nudge exactly once.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { NUDGE_SUBJECT } from '../../src/server/features/notifications/notifications.messages';
import { dialects } from '../support/databases';
import { type CapturedMail, type MailCapture, startMailCapture } from '../support/mail-capture';
import { createTestApp, type Person, TEST_METRICS_TOKEN, type TestApp } from '../support/test-app';

const START = new Date('2026-03-02T12:00:00Z'); // a Monday
/** Words a nudge must never carry, wherever it is read. */
const SENSITIVE = [
  'partner',
  'question',
  'answer',
  'note',
  'reveal',
  'check-in',
  'date ',
  'intimacy',
  'therapy',
  'sex',
];

function emailOn(person: Person, nudgeTime = '19:00', quietHours: object | null = null) {
  return person.request('PUT', '/api/me/notifications', {
    enabled: true,
    channels: { email: true, push: false },
    nudgeTime,
    quietHours,
  });
}

/** A message's words without its links (whose random tokens could spell anything). */
function wordsOf(mail: CapturedMail): string {
  return `${mail.subject}\n${mail.text}`.replace(/https?:\/\/\S+/g, '');
}

function expectDiscreet(mail: CapturedMail, forbidden: readonly string[]): void {
  for (const text of forbidden) expect(mail.raw, text).not.toContain(text);
  for (const word of SENSITIVE) expect(wordsOf(mail).toLowerCase(), word).not.toContain(word);
}

describe.each(dialects)('reach (%s)', (dialect) => {
  let smtp: MailCapture;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startMailCapture();
    t = await createTestApp(dialect, { start: START, mail: smtp.config });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.clear();
    t.clock.set(START);
  });

  /** One scheduler tick at `iso`, then the worker runs what it added. */
  async function tickAt(iso: string): Promise<void> {
    t.clock.set(new Date(iso));
    await t.app.jobs.tick();
    await t.app.jobs.drain();
  }

  const to = (person: Person) => smtp.messages.filter((m) => m.to.includes(person.email));

  async function answerToday(person: Person, text: string): Promise<string> {
    const today = (await person.request('GET', '/api/questions/today')).json();
    const res = await person.request('PUT', `/api/questions/${today.question.id}/answer`, { text });
    expect(res.statusCode, res.body).toBe(200);
    return today.question.text as string;
  }

  it('keeps each person’s settings, says email is available, and plans the next nudge in their own zone', async () => {
    const kim = await t.signUp('Kim', 'America/New_York');
    const before = (await kim.request('GET', '/api/me/notifications')).json();
    expect(before).toEqual({
      enabled: true,
      channels: { email: false, push: false },
      nudgeTime: '19:00',
      quietHours: { from: '22:00', to: '08:00' },
      timeZone: 'America/New_York',
      available: { email: true, push: true },
      nextNudgeAt: null,
    });
    const saved = await emailOn(kim, '07:30', { from: '22:00', to: '08:00' });
    expect(saved.statusCode, saved.body).toBe(200);
    // At 07:00 in New York, 07:30 is inside quiet hours: today's nudge comes at 08:00 (13:00 UTC).
    expect(saved.json().nextNudgeAt).toBe('2026-03-02T13:00:00.000Z');
    expect((await kim.request('GET', '/api/me/notifications')).json()).toEqual(saved.json());
    const bad = (body: object) => kim.request('PUT', '/api/me/notifications', body);
    const base = {
      enabled: true,
      channels: { email: true, push: false },
      nudgeTime: '19:00',
      quietHours: null,
    };
    for (const body of [
      { ...base, nudgeTime: '7pm' },
      { ...base, nudgeTime: '24:00' },
      { ...base, quietHours: { from: '22:00', to: '22:00' } },
      { ...base, channels: { email: true } },
      { ...base, extra: true },
    ])
      expect((await bad(body)).statusCode).toBe(400);
  });

  it('sends one nudge at the chosen time, with exactly these words and nothing of anyone', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    expect((await emailOn(robin)).statusCode).toBe(200);
    const samsAnswer = 'sam-words-about-the-weekend-71c';
    const question = await answerToday(sam, samsAnswer);
    await tickAt('2026-03-02T18:59:00Z');
    expect(smtp.messages).toEqual([]);
    await tickAt('2026-03-02T19:00:00Z');
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages as [CapturedMail];
    expect(mail.to).toEqual([robin.email]);
    expect(mail.from).toBe('rekindle@example.org');
    expect(mail.subject).toBe(NUDGE_SUBJECT);
    const unsubscribe = mail.headers['list-unsubscribe']?.replace(/^<|>$/g, '') ?? '';
    expect(unsubscribe).toMatch(/^http:\/\/localhost:3000\/unsubscribe\/[A-Za-z0-9_-]{50,}$/);
    expect(mail.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    expect(mail.text).toBe(
      [
        'Hello,',
        '',
        'You have something new in Rekindle.',
        '',
        'Open Rekindle: http://localhost:3000/',
        '',
        '—',
        'You get this because you turned on email reminders. You can change their time,',
        'set quiet hours or turn them off in your settings: http://localhost:3000/settings#notifications',
        '',
        `To stop these emails now, without logging in: ${unsubscribe}`,
        '',
      ].join('\n'),
    );
    expectDiscreet(mail, [robin.displayName, sam.displayName, sam.email, question, samsAnswer]);
    // The rest of the day: nothing more, however often the scheduler looks.
    for (const at of ['2026-03-02T19:01:00Z', '2026-03-02T21:00:00Z', '2026-03-02T23:59:00Z'])
      await tickAt(at);
    expect(smtp.messages).toHaveLength(1);
  });

  it('never twice for the same thing, and never later in the day because the partner did something', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    await emailOn(robin);
    await answerToday(robin, 'Robin first');
    // Nothing waits at 19:00: no nudge.
    await tickAt('2026-03-02T19:00:00Z');
    expect(to(robin)).toEqual([]);
    // A note Sam left becomes visible at 19:30: no nudge then, which would tell when it was found.
    const note = 'sam-note-under-the-pillow-3d9';
    await sam.request('POST', '/api/notes', {
      kind: 'note',
      text: note,
      visibleFrom: '2026-03-02T19:30:00Z',
    });
    for (const at of ['2026-03-02T19:31:00Z', '2026-03-02T22:00:00Z']) await tickAt(at);
    expect(to(robin)).toEqual([]);
    // The next day at 19:00: the note and the day's question.
    await tickAt('2026-03-03T19:00:00Z');
    expect(to(robin)).toHaveLength(1);
    expectDiscreet(to(robin)[0] as CapturedMail, [note, sam.displayName]);
    // The day after, Robin answered: the unopened note alone reminds no more.
    t.clock.set(new Date('2026-03-04T10:00:00Z'));
    await answerToday(robin, 'Robin again');
    await tickAt('2026-03-04T19:00:00Z');
    expect(to(robin)).toHaveLength(1);
  });

  it('comes at the person’s own time across a daylight-saving change, and out of quiet hours', async () => {
    const lea = await t.signUp('Lea', 'Europe/Berlin');
    await emailOn(lea, '23:00', { from: '22:30', to: '07:15' });
    // 23:00 is quiet: 07:15 Berlin, which is 06:15 UTC before the change (CET)...
    await tickAt('2026-03-28T06:14:00Z');
    expect(to(lea)).toEqual([]);
    await tickAt('2026-03-28T06:15:00Z');
    expect(to(lea)).toHaveLength(1);
    // ...and 05:15 UTC the morning after the clocks went forward (CEST).
    await tickAt('2026-03-29T05:15:00Z');
    expect(to(lea)).toHaveLength(2);
  });

  it('sends nothing to a person who turned reminders off, or turned email off', async () => {
    const off = await t.signUp('Off');
    await emailOn(off);
    await off.request('PUT', '/api/me/notifications', {
      enabled: false,
      channels: { email: true, push: false },
      nudgeTime: '19:00',
      quietHours: null,
    });
    const quiet = await t.signUp('Quiet');
    await emailOn(quiet);
    await quiet.request('PUT', '/api/me/notifications', {
      enabled: true,
      channels: { email: false, push: false },
      nudgeTime: '19:00',
      quietHours: null,
    });
    await tickAt('2026-03-02T19:00:00Z');
    expect([...to(off), ...to(quiet)]).toEqual([]);
  });

  it('sends nothing of couple activities to a person the private screen routed to their own support', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    await emailOn(robin);
    await robin.request('POST', '/api/for-you/answers', {
      answers: { afraid: 'yes' },
      remember: 'account',
    });
    await sam.request('POST', '/api/dates', {
      title: 'Dinner out',
      start: '2026-03-02T20:00',
      timeZone: 'UTC',
      durationMinutes: 90,
    });
    await tickAt('2026-03-02T19:00:00Z');
    expect(to(robin)).toEqual([]);
  });

  it('turns email off from the link, without logging in, from a mail program’s one-click too', async () => {
    const dana = await t.signUp('Dana');
    await emailOn(dana);
    await tickAt('2026-03-02T19:00:00Z');
    const link = to(dana)[0]?.headers['list-unsubscribe']?.replace(/^<|>$/g, '') ?? '';
    const path = new URL(link).pathname;
    // RFC 8058: the mail program posts a form, with no cookie and no origin.
    const oneClick = await t.app.inject({
      method: 'POST',
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.statusCode, oneClick.body).toBe(204);
    expect((await dana.request('GET', '/api/me/notifications')).json().channels.email).toBe(false);
    // Again, and from the page (no body): the same answer.
    const again = await t.anonymous('POST', path);
    expect(again.statusCode).toBe(204);
    const tampered = await t.anonymous('POST', `${path.slice(0, -2)}xx`);
    expect(tampered.statusCode).toBe(400);
    expect(tampered.json().error.code).toBe('invalid_link');
    await tickAt('2026-03-03T19:00:00Z');
    expect(to(dana)).toHaveLength(1);
  });

  it('retries a send the mail server refused; /metrics shows it, without an address', async () => {
    const ari = await t.signUp('Ari');
    smtp.refuse(ari.email);
    await emailOn(ari);
    await tickAt('2026-03-02T19:00:00Z');
    expect(to(ari)).toEqual([]);
    const metrics: LightMyRequestResponse = await t.app.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
    });
    expect(metrics.body).toMatch(
      /rekindle_jobs_total\{kind="notifications.nudge",outcome="retried"\} [1-9]/,
    );
    expect(metrics.body).not.toContain(ari.email);
    expect(metrics.body).not.toContain('@');
  });

  it('says plainly when the server cannot send email', async () => {
    const plain = await createTestApp(dialect, { start: START });
    try {
      const kai = await plain.signUp('Kai');
      const settings = (await kai.request('GET', '/api/me/notifications')).json();
      expect(settings.available).toEqual({ email: false, push: true });
      const on = await emailOn(kai);
      expect(on.statusCode).toBe(409);
      expect(on.json().error.code).toBe('channel_unavailable');
    } finally {
      await plain.close();
    }
  });

  it.runIf(dialect === 'postgres')(
    'two instances on one database send each nudge exactly once',
    async () => {
      const second = await createTestApp('postgres', {
        start: START,
        mail: smtp.config,
        database: t.database,
        bus: t.bus,
      });
      try {
        const people: Person[] = [];
        for (let i = 0; i < 8; i += 1) {
          const person = await t.signUp(`Twin ${i}`);
          await emailOn(person);
          people.push(person);
        }
        for (const at of ['2026-03-02T19:00:00Z', '2026-03-02T19:00:30Z', '2026-03-02T19:01:00Z']) {
          t.clock.set(new Date(at));
          second.clock.set(new Date(at));
          await Promise.all([t.app.jobs.tick(), second.app.jobs.tick()]);
          await Promise.all([t.app.jobs.drain(), second.app.jobs.drain()]);
        }
        for (const person of people) expect(to(person), person.displayName).toHaveLength(1);
      } finally {
        await second.close();
      }
    },
  );
});
