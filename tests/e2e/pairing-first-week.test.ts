/**
 * Pairing and unlinking in two real browsers, as the first week should feel:
 * Robin invites; Sam opens the link before having an account and sees who
 * invited them; Sam signs up from the link and lands linked, with a visible
 * confirmation; Robin finds a calm note the next time the app opens. Then Sam
 * unlinks (the dialog lists what happens), sees a confirmation, and Robin
 * finds a calm note of that. Also: a mistyped code, and signing up from an
 * invite that stopped working on the way. Each new screen is checked with
 * axe at 360 px and 1280 px, in the light scheme and the dark one.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNLINK_PROMISES } from '../../src/web/features/partner/unlink-promises';
import en from '../../src/web/i18n/locales/en.json';
import { expectAccessible } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person, PHONE } from './support/browser';
import { mainHeading, PASSWORD, signUpInBrowser } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`First-week pairing journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const WIDE = { width: 1280, height: 860 };
const LIVE_MS = 5_000;

/** axe at 360 px and 1280 px in the light scheme, and at 360 px in the dark one; back to a phone after. */
async function expectAccessibleEverywhere(page: Page, label: string): Promise<void> {
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${label}-360`);
  await page.setViewportSize(WIDE);
  await expectAccessible(page, `${label}-1280`);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize(PHONE);
  await expectAccessible(page, `${label}-360-dark`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** The note at the top of a screen, found by its heading. */
function note(page: Page, title: string) {
  return page.getByRole('main').getByRole('region', { name: title });
}

async function inviteLink(person: Person): Promise<string> {
  await person.page.goto('/partner');
  await mainHeading(person.page, 'Partner');
  await person.page.getByRole('button', { name: /Create an invite|Make a new code/ }).click();
  await person.page.getByText('Your invite code').waitFor();
  return ((await person.page.getByText('/join/').textContent()) ?? '').trim();
}

suite(`first-week pairing in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let robin: Person;
  let sam: Person;
  let link = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    robin = await openPerson(browser, server.baseUrl, 'Robin');
    sam = await openPerson(browser, server.baseUrl, 'Sam');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Robin invites; Sam, not signed up yet, sees who invited them', async () => {
    await signUpInBrowser(robin, `robin-${token}@example.com`);
    link = await inviteLink(robin);
    expect(link.startsWith(`${server.baseUrl}/join/`), link).toBe(true);

    await sam.page.goto(link);
    await mainHeading(sam.page, 'Robin invited you to Rekindle');
    await sam.page.getByText("you'll be linked with Robin straight away").waitFor();
    // The name, and nothing else of Robin's.
    expect(await sam.page.content()).not.toContain(`robin-${token}@example.com`);
    await expectAccessibleEverywhere(sam.page, 'invite-preview');
  });

  it('2. a mistyped code says so plainly, with what to do next', async () => {
    const visitor = await openPerson(browser, server.baseUrl, 'Visitor');
    try {
      const mistyped = link.replace(/\/join\/.*/, '/join/ABCD-EFGH-JKMN-PQRS');
      await visitor.page.goto(mistyped);
      await mainHeading(visitor.page, "This code doesn't match any invite");
      await visitor.page.getByText('Ask your partner to send you a new link').waitFor();
      await visitor.page.getByRole('link', { name: 'Create an account' }).waitFor();
      await expectAccessibleEverywhere(visitor.page, 'invite-no-match');
      // The browser logs the preview's 400 ("no such invite") as a failed load; nothing else.
      expect(visitor.problems.filter((problem) => !/status of 400/.test(problem))).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it('3. Sam signs up from the link and lands linked, with a confirmation', async () => {
    await sam.page.getByRole('link', { name: 'Create an account' }).click();
    await mainHeading(sam.page, 'Create your account');
    await sam.page
      .getByText("You'll be linked with Robin as soon as your account is ready.")
      .waitFor();
    await expectAccessibleEverywhere(sam.page, 'signup-from-invite');
    await sam.page.getByLabel('Your name').fill('Sam');
    await sam.page.getByLabel('Email').fill(`sam-${token}@example.com`);
    await sam.page.getByLabel('Password').fill(PASSWORD);
    await sam.page.getByRole('button', { name: 'Create account' }).click();
    await sam.page.waitForURL((url) => url.pathname === '/');
    await mainHeading(sam.page, 'Today');

    // Linked without another step, and told so where it can be seen.
    const confirmation = note(sam.page, "You're now linked with Robin.");
    await confirmation.waitFor();
    await confirmation.getByText('the same question each day').waitFor();
    const me = await sam.context.request.get('/api/me');
    expect(((await me.json()) as { couple: { partnerName: string } }).couple.partnerName).toBe(
      'Robin',
    );
    await expectAccessibleEverywhere(sam.page, 'sam-linked-confirmation');

    // It stays through a reload until put away.
    await sam.page.reload();
    await confirmation.waitFor();
    await confirmation.getByRole('button', { name: 'Got it' }).click();
    await confirmation.waitFor({ state: 'detached' });
    await expect.poll(() => sam.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('4. Robin finds a calm note of the link the next time the app opens, once', async () => {
    await robin.page.goto('/');
    await mainHeading(robin.page, 'Today');
    const linked = note(robin.page, 'You and Sam are now linked.');
    await linked.waitFor();
    await expectAccessibleEverywhere(robin.page, 'robin-linked-note');
    await linked.getByRole('button', { name: 'Got it' }).click();
    await linked.waitFor({ state: 'detached' });
    await robin.page.reload();
    await mainHeading(robin.page, 'Today');
    // Wait for Today to be drawn, then make sure the note did not come back.
    await expect.poll(() => robin.page.locator('main .skeleton').count()).toBe(0);
    expect(await linked.count()).toBe(0);
  });

  it('5. Sam unlinks: the dialog says what happens, and Sam sees it done', async () => {
    await sam.page.goto('/partner');
    await sam.page.getByRole('heading', { name: "You're linked with Robin" }).waitFor();
    await sam.page.getByRole('button', { name: 'Unlink' }).click();
    const dialog = sam.page.getByRole('alertdialog', { name: 'Unlink from Robin?' });
    await dialog.waitFor();
    const promises = dialog.getByRole('listitem');
    expect(await promises.count()).toBe(UNLINK_PROMISES.length);
    for (const [index, promise] of UNLINK_PROMISES.entries()) {
      expect(await promises.nth(index).textContent()).toBe(
        en.partner.unlinkPromises[promise].replace('{partner}', 'Robin'),
      );
    }
    await expectAccessibleEverywhere(sam.page, 'unlink-dialog');
    await dialog.getByRole('button', { name: 'Unlink' }).click();
    await dialog.waitFor({ state: 'detached' });

    const done = note(sam.page, "You're no longer linked with Robin.");
    await done.waitFor();
    await done.getByText('Your own answers and notes stay with you.').waitFor();
    // Focus moves to the confirmation: the button that opened the dialog is gone.
    await expect
      .poll(() => done.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await sam.page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
    await expectAccessibleEverywhere(sam.page, 'sam-unlinked-confirmation');
    await done.getByRole('button', { name: 'Got it' }).click();
    await done.waitFor({ state: 'detached' });
  });

  it('6. Robin finds a calm note that Sam ended the link', async () => {
    await robin.page.goto('/');
    await mainHeading(robin.page, 'Today');
    const ended = note(robin.page, 'Sam ended your link.');
    await ended.waitFor();
    await ended.getByText('Your own answers and notes stay with you.').waitFor();
    await expectAccessibleEverywhere(robin.page, 'robin-unlinked-note');
    await ended.getByRole('button', { name: 'Got it' }).click();
    await ended.waitFor({ state: 'detached' });
    const notice = await robin.context.request.get('/api/couple/notice');
    expect(await notice.json()).toEqual({ notice: null });

    // Robin, signed in, opens the link Sam used: it matches nothing now, said the same way.
    await robin.page.goto(link);
    await mainHeading(robin.page, "This code doesn't match any invite");
    await robin.page.getByText('If you made this invite yourself').waitFor();
    await robin.page.getByRole('heading', { name: 'Have another code?' }).waitFor();
    await robin.page.getByRole('link', { name: 'Make your own invite' }).waitFor();
    await expectAccessibleEverywhere(robin.page, 'robin-used-link');
    robin.problems.splice(
      0,
      robin.problems.length,
      ...robin.problems.filter((problem) => !/status of 400/.test(problem)),
    );
  });

  it('7. an invite that stops working on the way: the account is made, and said kindly', async () => {
    const noor = await openPerson(browser, server.baseUrl, 'Noor');
    const lee = await openPerson(browser, server.baseUrl, 'Lee');
    try {
      const fresh = await inviteLink(robin);
      await noor.page.goto(fresh);
      await mainHeading(noor.page, 'Robin invited you to Rekindle');
      await noor.page.getByRole('link', { name: 'Create an account' }).click();
      await mainHeading(noor.page, 'Create your account');
      await noor.page
        .getByText("You'll be linked with Robin as soon as your account is ready.")
        .waitFor();

      // While Noor fills in the form, Robin links with Lee, which withdraws Robin's open invites.
      const signup = await lee.context.request.post('/api/auth/signup', {
        data: { email: `lee-${token}@example.com`, password: PASSWORD, displayName: 'Lee' },
      });
      expect(signup.status()).toBe(201);
      const invite = await lee.context.request.post('/api/couple/invites');
      const code = ((await invite.json()) as { code: string }).code;
      const joined = await robin.context.request.post('/api/couple/join', { data: { code } });
      expect(joined.status()).toBe(200);

      await noor.page.getByLabel('Your name').fill('Noor');
      await noor.page.getByLabel('Email').fill(`noor-${token}@example.com`);
      await noor.page.getByLabel('Password').fill(PASSWORD);
      await noor.page.getByRole('button', { name: 'Create account' }).click();
      await noor.page.waitForURL((url) => url.pathname === '/');
      await mainHeading(noor.page, 'Today');
      const gone = note(noor.page, 'Your account is ready.');
      await gone.waitFor();
      await gone.getByText("The invite you followed doesn't work any more").waitFor();
      const me = await noor.context.request.get('/api/me');
      expect(((await me.json()) as { couple: unknown }).couple).toBeNull();
      await expectAccessibleEverywhere(noor.page, 'noor-invite-gone');

      // Lee, who did not act, hears of the link on opening the app.
      await lee.page.goto('/');
      await note(lee.page, 'You and Robin are now linked.').waitFor({ timeout: LIVE_MS });
      expect(noor.problems).toEqual([]);
      expect(lee.problems).toEqual([]);
    } finally {
      await noor.context.close();
      await lee.context.close();
    }
    expect(robin.problems, "Robin's browser").toEqual([]);
    expect(sam.problems, "Sam's browser").toEqual([]);
  });
});
