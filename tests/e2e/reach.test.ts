/**
 * Reach in a real browser, with a real SMTP server on loopback catching the
 * mail. Ana finds where to turn on notifications for this device, then turns
 * on email reminders in Settings at a time of her choosing;
 * the nudge that comes says only "You have something new in Rekindle", and
 * its link stops the emails without logging in. Then, logged out, she has
 * forgotten her password: the link by email sets a new one once, and works
 * no more after that. Screens are checked with axe at 360 and 1280 px, in
 * light and dark.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationSettings } from '../../src/shared/notifications-api';
import { type MailCapture, startMailCapture } from '../support/mail-capture';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { apiText, mainHeading, PASSWORD, signUpThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Reach journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const EMAIL = `ana-${token}@example.com`;
const NEW_PASSWORD = 'a new and gentle passphrase';

/** Flips a switch by its visible label, the way a person taps it. */
async function flip(scope: Locator, label: string): Promise<void> {
  await scope.locator('.switch').filter({ hasText: label }).locator('.switch__label').click();
}

/** A close-up of one part of a screen, beside the full-page screenshots. */
async function closeUp(part: Locator, label: string): Promise<void> {
  const folder = fileURLToPath(new URL('./.artifacts/reach/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  await part.screenshot({ path: join(folder, `close-up-${label}.png`) });
}

/** "HH:MM" of an instant, in UTC (the browser's and Ana's zone here). */
function hhmm(instant: Date): string {
  return instant.toISOString().slice(11, 16);
}

suite(`reminders and password reset in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let smtp: MailCapture;
  let ana: Person;
  let ahead = 0;

  beforeAll(async () => {
    buildWebIfNeeded();
    smtp = await startMailCapture();
    browser = await launchBrowser();
    // Real time, which the journey can move forward to the chosen nudge time instead of waiting for it.
    server = await startServer({
      mail: smtp.config,
      clock: { now: () => new Date(Date.now() + ahead) },
    });
    ana = await openPerson(browser, server.baseUrl, 'Ana');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await smtp?.close();
  });

  it('1. Ana chooses email reminders at a time of her own, out of quiet hours', async () => {
    await signUpThroughApi(ana, EMAIL);
    await ana.page.goto('/settings');
    await mainHeading(ana.page, 'Settings');
    const section = ana.page.getByRole('region', { name: 'Reminders' });
    await section.getByText('You have something new in Rekindle', { exact: false }).waitFor();
    await section.getByText('No reminders will come').waitFor();
    // This device: push can be turned on here (Chromium headless cannot receive it, so it stays off).
    const device = section.getByRole('region', { name: 'This device' });
    await device.getByRole('button', { name: 'Turn on notifications on this device' }).waitFor();
    await device.getByText('No devices yet.').waitFor();
    await section.locator('.switch').filter({ hasText: 'On your devices' }).waitFor();
    await expectAccessibleEverywhere(ana.page, 'settings-reminders-off');
    await closeUp(device, 'this-device');

    // A time still to come when the choices are saved.
    const at = new Date(Math.ceil((Date.now() + 60_000) / 60_000) * 60_000);
    await closeUp(section, 'reminders-off');
    await flip(section, 'By email');
    await section.getByLabel('Time of day').fill(hhmm(at));
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved.').waitFor();
    await section.getByText('If something is waiting, your next reminder comes').waitFor();
    const saved = JSON.parse(await apiText(ana, '/api/me/notifications')) as NotificationSettings;
    expect(saved.channels.email).toBe(true);
    expect(saved.available.email).toBe(true);
    // Unless quiet hours (22:00–08:00 by default) hold it back to their end.
    const quiet = saved.quietHours;
    expect(quiet).not.toBeNull();
    await expectAccessibleEverywhere(ana.page, 'settings-reminders-on');

    // After a reload, the choices are as saved.
    await ana.page.reload();
    await expect
      .poll(() =>
        ana.page.getByRole('region', { name: 'Reminders' }).getByLabel('Time of day').inputValue(),
      )
      .toBe(hhmm(at));

    // Turn quiet hours off so the nudge may come now, whatever the hour of this run.
    await closeUp(section, 'reminders-on');
    await flip(section, 'Quiet hours');
    await section.getByRole('button', { name: 'Save reminders' }).click();
    await section.getByText('Saved.').waitFor();

    // The day's question is waiting: at the chosen time the nudge comes, generic, with its link.
    ahead = Math.max(0, at.getTime() - Date.now() + 1000);
    await server.app.jobs.tick();
    await server.app.jobs.drain();
    const [nudge] = await smtp.waitFor(1);
    expect(nudge?.to).toEqual([EMAIL]);
    expect(nudge?.subject).toBe('You have something new in Rekindle');
    expect(nudge?.raw).not.toContain('Ana');
  });

  it('2. the link in the email stops reminder emails, without logging in', async () => {
    const nudge = smtp.messages[0];
    const link = nudge?.headers['list-unsubscribe']?.replace(/^<|>$/g, '') ?? '';
    expect(nudge?.text).toContain(link);
    const stranger = await openPerson(browser, server.baseUrl, 'Anyone');
    await stranger.page.goto(link);
    await mainHeading(stranger.page, 'Stop reminder emails?');
    // Opening the page changes nothing.
    const before = JSON.parse(await apiText(ana, '/api/me/notifications')) as NotificationSettings;
    expect(before.channels.email).toBe(true);
    await expectAccessibleEverywhere(stranger.page, 'unsubscribe');
    await stranger.page.getByRole('button', { name: 'Stop reminder emails' }).click();
    await stranger.page.getByText('Done. No more reminder emails will come.').waitFor();
    await expectAccessibleEverywhere(stranger.page, 'unsubscribe-done');
    const after = JSON.parse(await apiText(ana, '/api/me/notifications')) as NotificationSettings;
    expect(after.channels.email).toBe(false);
    expect(stranger.problems).toEqual([]);
    await stranger.context.close();
  });

  it('3. logged out, Ana asks for a link to choose a new password', async () => {
    await ana.page.goto('/settings');
    await ana.page.getByRole('button', { name: 'Log out' }).click();
    await ana.page.waitForURL((url) => url.pathname === '/');
    await ana.page.goto('/login');
    await mainHeading(ana.page, 'Welcome back');
    await ana.page.getByRole('link', { name: 'Forgot your password?' }).click();
    await mainHeading(ana.page, 'Forgot your password?');
    await expectAccessibleEverywhere(ana.page, 'forgot');
    smtp.clear();
    await ana.page.getByLabel('Email').fill(EMAIL);
    await ana.page.getByRole('button', { name: 'Send the link' }).click();
    await ana.page.getByText(`If an account uses ${EMAIL}, a link is on its way.`).waitFor();
    await expectAccessibleEverywhere(ana.page, 'forgot-sent');
    const [mail] = await smtp.waitFor(1);
    expect(mail?.subject).toBe('Choose a new password for Rekindle');
    expect(mail?.text).toContain(`${server.baseUrl}/reset-password#`);
  });

  it('4. the link sets a new password once, and logs Ana in', async () => {
    const link = /(http\S+\/reset-password#\S+)/.exec(smtp.messages[0]?.text ?? '')?.[1] ?? '';
    await ana.page.goto(link);
    await mainHeading(ana.page, 'Choose a new password');
    await expectAccessibleEverywhere(ana.page, 'reset');
    await ana.page.getByLabel('New password').fill(NEW_PASSWORD);
    await ana.page.getByRole('button', { name: 'Set new password' }).click();
    await ana.page.getByText('Your new password is set.').waitFor();
    // The used link leaves the address bar.
    expect(new URL(ana.page.url()).hash).toBe('');
    await expectAccessibleEverywhere(ana.page, 'reset-done');
    await ana.page.getByRole('link', { name: 'Go to Today' }).click();
    await mainHeading(ana.page, 'Today');

    // The same link again: used up.
    const other = await openPerson(browser, server.baseUrl, 'Again');
    await other.page.goto(link);
    await other.page.getByLabel('New password').fill('yet another long passphrase');
    await other.page.getByRole('button', { name: 'Set new password' }).click();
    await other.page.getByText('This link has expired or was already used.').waitFor();
    await other.page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await expectAccessibleEverywhere(other.page, 'reset-used');
    await other.context.close();

    // The new password opens the account; the old one does not.
    const login = (password: string) =>
      ana.context.request.post('/api/auth/login', { data: { email: EMAIL, password } });
    expect((await login(PASSWORD)).status()).toBe(401);
    expect((await login(NEW_PASSWORD)).status()).toBe(200);
    expect(ana.problems).toEqual([]);
  });
});
