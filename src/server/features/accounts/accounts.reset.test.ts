/**
 * "Forgot password" through the real app and a real SMTP server: the same
 * answer, after the same work, whether or not the email has an account; the
 * link works once and only within its 30 minutes; using it ends every
 * session (open streams are told to look again) and logs this browser in;
 * asking is limited per address and per email.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../../../tests/support/databases';
import {
  type CapturedMail,
  type MailCapture,
  startMailCapture,
} from '../../../../tests/support/mail-capture';
import { createTestApp, type Person, type TestApp } from '../../../../tests/support/test-app';
import type { BusMessage } from '../../plugins/events';

const START = new Date('2026-03-02T12:00:00Z');
const MINUTE = 60_000;
const NEW_PASSWORD = 'a fresh and quiet passphrase';

function tokenOf(mail: CapturedMail): string {
  const match = /\/reset-password#([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error('no link in the email');
  return match[1];
}

describe.each(dialects)('password reset (%s)', (dialect) => {
  let smtp: MailCapture;
  let t: TestApp;
  beforeAll(async () => {
    smtp = await startMailCapture();
    t = await createTestApp(dialect, {
      start: START,
      mail: smtp.config,
      rateLimits: {
        loginPerIp: { max: 1000, windowMs: MINUTE },
        loginPerIpAndAccount: { max: 1000, windowMs: MINUTE },
        loginPerAccount: { max: 1000, windowMs: MINUTE },
        signupPerIp: { max: 1000, windowMs: MINUTE },
        resetPerIp: { max: 1000, windowMs: MINUTE },
        resetPerAccount: { max: 3, windowMs: 60 * MINUTE },
      },
    });
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.close();
  });
  beforeEach(() => {
    smtp.clear();
    t.clock.set(START);
  });

  const ask = (email: string) => t.anonymous('POST', '/api/auth/reset-requests', { email });
  const reset = (token: string, password = NEW_PASSWORD) =>
    t.anonymous('POST', '/api/auth/reset', { token, password });

  async function jobCount(): Promise<number> {
    const row = await t.database.handle.db
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function linkFor(person: Person): Promise<string> {
    expect((await ask(person.email)).statusCode).toBe(202);
    await t.app.jobs.drain();
    const mail = smtp.messages.filter((m) => m.to.includes(person.email)).at(-1);
    if (!mail) throw new Error('no email');
    return tokenOf(mail);
  }

  it('says that links can be sent', async () => {
    const res = await t.anonymous('GET', '/api/auth/reset');
    expect(res.json()).toEqual({ email: true });
  });

  it('answers alike, after the same work, for an email with or without an account', async () => {
    const robin = await t.signUp('Robin');
    const jobsBefore = await jobCount();
    const known = await ask(robin.email);
    expect(await jobCount()).toBe(jobsBefore + 1);
    const unknown = await ask('nobody-here@example.com');
    expect(await jobCount()).toBe(jobsBefore + 2);
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    expect(Object.keys(unknown.headers).sort()).toEqual(Object.keys(known.headers).sort());
    expect(unknown.cookies).toEqual([]);
    expect(await t.app.jobs.drain()).toBe(2);
    // Only the account that exists gets an email, with exactly these words and nothing of the person.
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages as [CapturedMail];
    expect(mail.to).toEqual([robin.email]);
    expect(mail.subject).toBe('Choose a new password for Rekindle');
    const token = tokenOf(mail);
    expect(mail.text).toBe(
      [
        'Hello,',
        '',
        'Someone asked to choose a new password for the Rekindle account with this email address.',
        '',
        'To choose one, open this link within 30 minutes. It works once:',
        `http://localhost:3000/reset-password#${token}`,
        '',
        'Choosing a new password logs the account out everywhere else.',
        '',
        'If you did not ask for this, you can ignore this email: nothing changes until the link is used.',
        '',
      ].join('\n'),
    );
    expect(mail.raw).not.toContain(robin.displayName);
  });

  it('works once: sets the password, ends every session, tells open streams, logs this browser in', async () => {
    const { a: robin, b: sam } = await t.buildCouple();
    const token = await linkFor(robin);
    const told: BusMessage[] = [];
    const stop = t.bus.subscribe(robin.id, (message) => told.push(message));
    const used = await reset(token);
    stop();
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json().user.id).toBe(robin.id);
    const cookie = used.cookies.find((c) => c.name === 'rekindle_session')?.value ?? '';
    expect(cookie).not.toBe('');
    expect(told).toContainEqual({ kind: 'recheck' });
    // The old session has ended; the new one works; the partner's is untouched.
    expect((await robin.request('GET', '/api/me')).statusCode).toBe(401);
    robin.cookie = cookie;
    expect((await robin.request('GET', '/api/me')).statusCode).toBe(200);
    expect((await sam.request('GET', '/api/me')).statusCode).toBe(200);
    // The new password opens the account; the old one no longer does.
    const login = (password: string) =>
      t.anonymous('POST', '/api/auth/login', { email: robin.email, password });
    expect((await login(NEW_PASSWORD)).statusCode).toBe(200);
    expect((await login(robin.password)).statusCode).toBe(401);
    // Once only.
    const again = await reset(token, 'yet another long passphrase');
    expect(again.statusCode).toBe(400);
    expect(again.json().error.code).toBe('invalid_link');
  });

  it('works only within its 30 minutes', async () => {
    const kim = await t.signUp('Kim');
    const late = await linkFor(kim);
    t.clock.advance(30 * MINUTE);
    expect((await reset(late)).statusCode).toBe(400);
    const inTime = await linkFor(kim);
    t.clock.advance(29 * MINUTE);
    expect((await reset(inTime)).statusCode).toBe(200);
  });

  it('keeps the link for another try when the new password is not acceptable', async () => {
    const ana = await t.signUp('Ana');
    const token = await linkFor(ana);
    const weak = await reset(token, 'password12');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('weak_password');
    expect((await reset(token)).statusCode).toBe(200);
  });

  it('stops working once the password is changed another way, or a newer link is used', async () => {
    const lee = await t.signUp('Lee');
    const first = await linkFor(lee);
    const second = await linkFor(lee);
    expect((await reset(second)).statusCode).toBe(200);
    expect((await reset(first)).statusCode).toBe(400);
    const noor = await t.signUp('Noor');
    const pending = await linkFor(noor);
    const changed = await noor.request('POST', '/api/auth/password', {
      currentPassword: noor.password,
      newPassword: 'a changed and long passphrase',
    });
    expect(changed.statusCode).toBe(204);
    expect((await reset(pending)).statusCode).toBe(400);
  });

  it('limits asking per email, known or not, with the same answer', async () => {
    const max = await t.signUp('Max');
    for (let i = 0; i < 3; i += 1) expect((await ask(max.email)).statusCode).toBe(202);
    const limited = await ask(max.email);
    const unknownEmail = 'limit-nobody@example.com';
    for (let i = 0; i < 3; i += 1) expect((await ask(unknownEmail)).statusCode).toBe(202);
    const limitedUnknown = await ask(unknownEmail);
    expect(limited.statusCode).toBe(429);
    expect(limitedUnknown.statusCode).toBe(429);
    expect(limitedUnknown.body).toBe(limited.body);
    await t.app.jobs.drain();
  });

  it('limits asking per address', async () => {
    const strict = await createTestApp(dialect, {
      start: START,
      mail: smtp.config,
      rateLimits: {
        loginPerIp: { max: 1000, windowMs: MINUTE },
        loginPerIpAndAccount: { max: 1000, windowMs: MINUTE },
        loginPerAccount: { max: 1000, windowMs: MINUTE },
        signupPerIp: { max: 1000, windowMs: MINUTE },
        resetPerIp: { max: 2, windowMs: 60 * MINUTE },
        resetPerAccount: { max: 1000, windowMs: MINUTE },
      },
    });
    try {
      const asked = (email: string) =>
        strict.anonymous('POST', '/api/auth/reset-requests', { email });
      expect((await asked('one@example.com')).statusCode).toBe(202);
      expect((await asked('two@example.com')).statusCode).toBe(202);
      expect((await asked('three@example.com')).statusCode).toBe(429);
    } finally {
      await strict.close();
    }
  });

  it('without email, says so: no link can be asked for', async () => {
    const plain = await createTestApp(dialect, { start: START });
    try {
      expect((await plain.anonymous('GET', '/api/auth/reset')).json()).toEqual({ email: false });
      const res = await plain.anonymous('POST', '/api/auth/reset-requests', {
        email: 'anyone@example.com',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('channel_unavailable');
    } finally {
      await plain.close();
    }
  });
});
