/**
 * The Foundation journey in a real browser: two people sign up on their phones,
 * pair through an invite, answer the daily question with the reveal happening
 * live, look back in History, unlink (after which nothing of the other stays
 * visible), and leave with the quick exit. Every screen on the way is checked
 * with axe. Screenshots of each step land in tests/e2e/.artifacts/.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import {
  browserTier,
  EXIT_ORIGIN,
  launchBrowser,
  openPerson,
  type Person,
  snap,
} from './support/browser';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const QUESTION_PATH = '/question';
const EXIT_URL = `${EXIT_ORIGIN}/weather`;
/** Live updates (server-sent events, then a refetch) must show within this. */
const LIVE_MS = 5_000;
const WELCOME_HEADING = 'Feel close again, one small question at a time';

const tier = browserTier();
if (!tier.run) console.warn(`Browser journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const ROBIN = { name: 'Robin', email: `robin-${token}@example.com` };
const SAMIR = { name: 'Samir', email: `samir-${token}@example.com` };
const PASSWORD = 'a calm and long passphrase';
const ROBIN_ANSWER = `Robin wrote about the lake at dawn ${token}`;
const SAMIR_ANSWER = `Samir wrote about the market on Sunday ${token}`;

/** Marks the document so a later check can tell it was not reloaded. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { e2eMark?: boolean }).e2eMark = true;
  });
}
async function wasNotReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { e2eMark?: boolean }).e2eMark === true);
}

/**
 * Opens a screen and waits until its live-event stream is connected: the server
 * subscribes before it answers, so nothing the partner does after this is missed.
 */
async function gotoLive(page: Page, path: string): Promise<void> {
  const connected = page.waitForResponse(
    (response) => response.url().endsWith('/api/events') && response.status() === 200,
  );
  await page.goto(path);
  await connected;
}

async function todaysQuestionText(person: Person): Promise<string> {
  const res = await person.context.request.get('/api/questions/today');
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { question: { text: string } }).question.text;
}

async function pageHeading(page: Page) {
  const heading = page.getByRole('main').getByRole('heading', { level: 1 });
  await heading.waitFor();
  return heading;
}

suite(`pairing journey in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let a: Person;
  let b: Person;
  /** Every API response Samir's browser received before the reveal, as "url: body". */
  const samirBodiesBeforeReveal: Promise<string>[] = [];
  let revealed = false;

  beforeAll(async () => {
    browser = await launchBrowser();
    buildWebIfNeeded();
    server = await startServer();
    a = await openPerson(browser, server.baseUrl, ROBIN.name);
    b = await openPerson(browser, server.baseUrl, SAMIR.name);
    b.page.on('response', (response) => {
      const url = response.url();
      if (revealed || !url.includes('/api/') || url.endsWith('/api/events')) return;
      samirBodiesBeforeReveal.push(
        response.text().then(
          (body) => `${url}: ${body}`,
          () => `${url}: (no body)`,
        ),
      );
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('0. the app answers at its own address (a direct load of /)', async () => {
    const visitor = await openPerson(browser, server.baseUrl, 'visitor');
    try {
      const response = await visitor.page.goto('/');
      expect(response?.status(), `GET / answered: ${await response?.text()}`).toBe(200);
      await visitor.page.getByRole('heading', { level: 1, name: WELCOME_HEADING }).waitFor();
      expect(visitor.problems).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it('1. both sign up on a phone-sized screen', async () => {
    for (const [person, who] of [
      [a, ROBIN],
      [b, SAMIR],
    ] as const) {
      const { page } = person;
      // Into the welcome screen through the app (step 0 covers loading / directly).
      await page.goto('/signup');
      await page.getByRole('link', { name: 'Rekindle' }).click();
      await page.getByRole('heading', { level: 1, name: WELCOME_HEADING }).waitFor();
      if (person === a) await expectAccessible(page, 'welcome');
      await page.getByRole('link', { name: 'Sign up' }).click();
      await page.getByRole('heading', { level: 1, name: 'Create your account' }).waitFor();
      if (person === a) await expectAccessible(page, 'signup');
      await page.getByLabel('Your name').fill(who.name);
      await page.getByLabel('Email').fill(who.email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Create account' }).click();
      // Logged in: the main navigation appears and sign-up is left behind.
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      await page.waitForURL((url) => url.pathname === '/');
      await pageHeading(page);
      if (person === a) await expectAccessible(page, 'first-logged-in-screen');
      else await snap(page, 'samir-first-logged-in-screen');
    }
  });

  it('2. Robin invites, Samir joins by the link, and each sees the other', async () => {
    await gotoLive(a.page, '/partner');
    await a.page.getByRole('heading', { level: 1, name: 'Partner' }).waitFor();
    await a.page.getByRole('button', { name: 'Create an invite' }).click();
    await a.page.getByText('Your invite code').waitFor();
    await expectAccessible(a.page, 'partner-invite-created');
    const inviteUrl = ((await a.page.getByText('/join/').textContent()) ?? '').trim();
    expect(inviteUrl.startsWith(`${server.baseUrl}/join/`), inviteUrl).toBe(true);
    await markDocument(a.page);

    await gotoLive(b.page, inviteUrl);
    await b.page.getByRole('heading', { level: 1, name: 'Join your partner' }).waitFor();
    await expectAccessible(b.page, 'join-ready');
    // The join's own live event reaches Samir's stream too, and may refresh who he is before
    // the join's answer arrives (a slow network): hold the answer until that refresh is in.
    await b.page.route('**/api/couple/join', async (route) => {
      const meAgain = b.page.waitForResponse(
        (response) =>
          response.url().endsWith('/api/session') && response.request().method() === 'GET',
      );
      const response = await route.fetch();
      await (await meAgain).finished();
      await b.page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))),
      );
      await route.fulfill({ response });
    });
    await b.page.getByRole('button', { name: `Join ${ROBIN.name}` }).click();
    await b.page.waitForURL((url) => url.pathname === '/');
    await pageHeading(b.page);
    await b.page
      .getByRole('main')
      .getByRole('region', { name: `You're now linked with ${ROBIN.name}.` })
      .waitFor();
    await b.page.unroute('**/api/couple/join');
    await snap(b.page, 'samir-after-join');

    // Robin's open Partner page turns to "linked" through the live event.
    await a.page
      .getByRole('heading', { name: `You're linked with ${SAMIR.name}` })
      .waitFor({ timeout: LIVE_MS });
    expect(await wasNotReloaded(a.page)).toBe(true);
    await snap(a.page, 'robin-sees-link-live');

    await b.page.goto('/partner');
    await b.page.getByRole('heading', { name: `You're linked with ${ROBIN.name}` }).waitFor();
    await snap(b.page, 'samir-partner-linked');
  });

  it('3. same question for both; Robin answers and Samir only learns that Robin did', async () => {
    const question = await todaysQuestionText(a);
    expect(await todaysQuestionText(b)).toBe(question);

    await gotoLive(a.page, QUESTION_PATH);
    await gotoLive(b.page, QUESTION_PATH);
    for (const person of [a, b]) {
      await person.page.getByRole('heading', { name: question }).waitFor();
      await person.page.getByLabel('Your answer').waitFor();
      await markDocument(person.page);
    }

    await a.page.getByLabel('Your answer').fill(ROBIN_ANSWER);
    await a.page.getByRole('button', { name: 'Save answer' }).click();
    await a.page.getByText(`${SAMIR.name} hasn't answered yet`).waitFor();
    await expectAccessible(a.page, 'robin-answered-waiting');

    // Samir's open page says that Robin answered, without a reload and without Robin's words.
    await b.page
      .getByRole('main')
      .getByText(`${ROBIN.name} has answered`)
      .waitFor({ timeout: LIVE_MS });
    expect(await wasNotReloaded(b.page)).toBe(true);
    expect(await b.page.content()).not.toContain(ROBIN_ANSWER);
    await expectAccessible(b.page, 'samir-sees-robin-answered');
  });

  it('4. Samir answers and both pages reveal both answers live', async () => {
    await b.page.getByLabel('Your answer').fill(SAMIR_ANSWER);
    // Nothing Samir's browser received before answering carried Robin's words.
    revealed = true;
    const received = await Promise.all(samirBodiesBeforeReveal);
    expect(received.some((body) => body.includes('/api/questions/today'))).toBe(true);
    expect(received.filter((body) => body.includes(ROBIN_ANSWER))).toEqual([]);
    await b.page.getByRole('button', { name: 'Save answer' }).click();

    const bothOnB = b.page.getByRole('region', { name: 'Your answers' });
    await bothOnB.getByText(ROBIN_ANSWER).waitFor();
    await bothOnB.getByText(SAMIR_ANSWER).waitFor();
    await expectAccessible(b.page, 'samir-revealed');

    // Robin's page was left open on "waiting": it turns into the reveal by itself.
    const bothOnA = a.page.getByRole('region', { name: 'Your answers' });
    await bothOnA.getByText(SAMIR_ANSWER).waitFor({ timeout: LIVE_MS });
    await bothOnA.getByText(ROBIN_ANSWER).waitFor();
    expect(await wasNotReloaded(a.page)).toBe(true);
    await expectAccessible(a.page, 'robin-revealed-live');
  });

  it('5. History holds the revealed pair; the other screens pass axe', async () => {
    await b.page.goto('/history');
    await pageHeading(b.page);
    const main = b.page.getByRole('main');
    await main.getByText(ROBIN_ANSWER).waitFor();
    await main.getByText(SAMIR_ANSWER).waitFor();
    await expectAccessible(b.page, 'history-revealed');

    await b.page.goto('/settings');
    await b.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await b.page
      .getByRole('region', { name: "Where you're logged in" })
      .getByText('This device', { exact: true })
      .waitFor();
    await expectAccessible(b.page, 'settings');

    await b.page.goto('/partner');
    await b.page.getByRole('heading', { name: `You're linked with ${ROBIN.name}` }).waitFor();
    await expectAccessible(b.page, 'partner-linked');

    await b.page.goto('/privacy');
    await b.page.getByRole('heading', { level: 1, name: 'Who can read what' }).waitFor();
    await expectAccessible(b.page, 'privacy');
  });

  it("6. Robin unlinks; nothing of Robin's stays in Samir's pages", async () => {
    await gotoLive(b.page, '/history');
    await b.page.getByRole('main').getByText(ROBIN_ANSWER).waitFor();
    await markDocument(b.page);

    await a.page.goto('/partner');
    await a.page.getByRole('button', { name: 'Unlink' }).click();
    const dialog = a.page.getByRole('alertdialog', { name: `Unlink from ${SAMIR.name}?` });
    await dialog.waitFor();
    await expectAccessible(a.page, 'unlink-dialog');
    await dialog.getByRole('button', { name: 'Unlink' }).click();
    await dialog.waitFor({ state: 'detached' });
    await a.page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
    await snap(a.page, 'robin-unlinked');

    // Samir's History, left open, drops Robin's words by itself (the couple.changed event).
    await b.page.getByText(ROBIN_ANSWER).waitFor({ state: 'detached', timeout: LIVE_MS });
    expect(await wasNotReloaded(b.page)).toBe(true);
    expect(await b.page.content()).not.toContain(ROBIN_ANSWER);

    await b.page.reload();
    const main = b.page.getByRole('main');
    await main.getByText(SAMIR_ANSWER).waitFor();
    await snap(b.page, 'samir-history-after-unlink');
    expect(await b.page.content()).not.toContain(ROBIN_ANSWER);
    expect(await b.page.content()).not.toContain(ROBIN.name);

    await b.page.goto(QUESTION_PATH);
    await b.page.getByLabel('Your answer').or(b.page.getByText(SAMIR_ANSWER)).first().waitFor();
    await snap(b.page, 'samir-question-after-unlink');
    expect(await b.page.content()).not.toContain(ROBIN_ANSWER);

    await b.page.goto('/partner');
    await b.page.getByRole('heading', { name: 'Invite your partner' }).waitFor();
    expect(await b.page.content()).not.toContain(ROBIN.name);

    // And the other way round: Robin keeps Robin's answer and loses Samir's.
    await a.page.goto('/history');
    await a.page.getByRole('main').getByText(ROBIN_ANSWER).waitFor();
    expect(await a.page.content()).not.toContain(SAMIR_ANSWER);
    expect(await a.page.content()).not.toContain(SAMIR.name);
  });

  it('7. three Shift presses leave at once, replacing the page in the tab history', async () => {
    // A new tab opened straight on the question page.
    const page = await b.context.newPage();
    await page.goto(QUESTION_PATH);
    await page.getByLabel('Your answer').or(page.getByText(SAMIR_ANSWER)).first().waitFor();
    const lengthBefore = await page.evaluate(() => history.length);
    expect(b.outsideRequests).toEqual([]);

    for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL, { timeout: LIVE_MS });
    await snap(page, 'quick-exit');
    expect(b.outsideRequests).toContain(EXIT_URL);
    expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
    // Back leads to whatever came before the app (here the blank new tab), never to the app page.
    await page.goBack().catch(() => null);
    expect(page.url().startsWith(server.baseUrl), page.url()).toBe(false);
    await page.close();

    expect(a.problems, `${ROBIN.name}'s browser`).toEqual([]);
    expect(b.problems, `${SAMIR.name}'s browser`).toEqual([]);
  });
});
