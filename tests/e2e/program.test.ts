/**
 * The program journey in a real browser (issue 5): Ash signs up, pairs with
 * Blair, reads the primer, answers the private questions (one "yes" on a harm
 * question, kept in the account), takes the check, and finds a plan on Today
 * with their own support first and no couple items. Blair's Today, plan,
 * progress and "Just for you" pages stay exactly as they were: nothing of
 * Ash's answers, route or scores. Every screen on the way is checked with axe.
 */
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import {
  apiText,
  CHECK_SCREENS,
  choose,
  FIRST_STATEMENT,
  mainHeading,
  mainText,
  navigateTo,
  pair,
  rate,
  signUpInBrowser,
  skipTheRest,
  statement,
} from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Program journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const REFLECTION = `Ash's private note about the lake ${token}`;
/** What Blair's browser can reach; compared before and after Ash's answers. */
const BLAIR_API = ['/api/today', '/api/plan', '/api/progress', '/api/for-you', '/api/sharing'];
const BLAIR_PAGES = [
  { nav: 'Today', heading: 'Today' },
  { path: '/plan', heading: 'Your plan' },
  { nav: 'Progress', heading: 'Progress' },
  { path: '/for-you', heading: 'Just for you' },
];

suite(`program journey in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ash: Person;
  let blair: Person;
  const blairBefore = { api: new Map<string, string>(), pages: new Map<string, string>() };

  async function blairPages(check: (label: string, text: string) => Promise<void>) {
    for (const target of BLAIR_PAGES) {
      if (target.nav) await navigateTo(blair.page, target.nav);
      else await blair.page.goto(target.path ?? '/');
      await mainHeading(blair.page, target.heading);
      // Wait for every part of the screen to have loaded (no skeletons left).
      await expect.poll(() => blair.page.locator('main .skeleton').count()).toBe(0);
      await check(target.heading, await mainText(blair.page));
    }
  }

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ash = await openPerson(browser, server.baseUrl, 'Ash');
    blair = await openPerson(browser, server.baseUrl, 'Blair');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. both sign up and pair; Today starts with the private questions', async () => {
    await signUpInBrowser(ash, `ash-${token}@example.com`);
    await signUpInBrowser(blair, `blair-${token}@example.com`);
    await pair(ash, blair);
    await navigateTo(ash.page, 'Today');
    const first = ash.page.getByRole('main').getByRole('article').first();
    await first.getByRole('heading', { name: 'A few questions just for you' }).waitFor();
    await expectAccessible(ash.page, 'ash-today-new');

    for (const path of BLAIR_API) blairBefore.api.set(path, await apiText(blair, path));
    await blairPages(async (label, text) => {
      blairBefore.pages.set(label, text);
      await expectAccessible(blair.page, `blair-before-${label}`);
    });
  });

  it('2. Ash reads the primer, with one private reflection, and it marks itself done', async () => {
    const { page } = ash;
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await mainHeading(page, 'Understand');
    await page.getByText('1 of 9').waitFor();
    await expectAccessible(page, 'ash-primer-card-1');
    await page.getByRole('textbox').fill(REFLECTION);
    await page.getByText('Only you').first().waitFor();
    for (let card = 1; card <= 9; card += 1) {
      await page.getByText(`${card} of 9`).waitFor();
      await page.getByRole('button', { name: card === 9 ? 'Finish' : 'Next' }).click();
    }
    await page.getByRole('heading', { name: "You've read them all" }).waitFor();
    await expectAccessible(page, 'ash-primer-done');
    await page.getByRole('button', { name: 'Back to Today' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await mainHeading(page, 'Today');
    const primerCard = page.getByRole('main').getByText('Understand the three kinds');
    await expect.poll(() => primerCard.count()).toBe(0);
  });

  it('3. Ash answers the private questions alone: one "yes", kept in the account', async () => {
    const { page } = ash;
    await page.getByRole('link', { name: 'Open' }).click();
    await mainHeading(page, 'Just for you');
    expect(await page.title()).toBe('Just for you · Rekindle');
    expect(new URL(page.url()).pathname).toBe('/for-you');
    await page.getByText('when you are alone, on a device only you use').first().waitFor();
    await expectAccessible(page, 'ash-for-you-intro');
    await page.getByRole('button', { name: 'Start' }).click();
    const total = 6;
    for (let n = 1; n <= total; n += 1) {
      const heading = page.getByRole('main').getByRole('heading', { level: 2 });
      await page.getByText(`Question ${n} of ${total}`).waitFor();
      const group = (await heading.textContent()) ?? '';
      await choose(page, group, n === 2 ? 'Yes' : n === total ? 'Prefer not to say' : 'No');
      if (n === 2) await expectAccessible(page, 'ash-for-you-question');
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('heading', { name: 'Where should we keep this?' }).waitFor();
    await page
      .getByText('Whoever runs this Rekindle server could read what is kept in an account.')
      .waitFor();
    expect(await page.getByRole('radio', { name: /In my account/ }).isChecked()).toBe(true);
    await expectAccessible(page, 'ash-for-you-keep');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('heading', { name: 'Thank you for telling us' }).waitFor();
    await page.getByRole('heading', { name: 'In danger now?' }).waitFor();
    await expectAccessible(page, 'ash-for-you-result');
  });

  it('4. Ash takes the check, pauses, resumes, and sees private results', async () => {
    const { page } = ash;
    await navigateTo(page, 'Today');
    await page.getByRole('link', { name: 'Start the check' }).click();
    await mainHeading(page, 'The check');
    await expectAccessible(page, 'ash-check-intro');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText(`Step 1 of ${CHECK_SCREENS}`).waitFor();
    const first = statement(page, FIRST_STATEMENT);
    await rate(first.now, 3);
    await rate(first.wish, 9);
    await expectAccessible(page, 'ash-check-question');
    await skipTheRest(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Step 2 of ${CHECK_SCREENS}`).waitFor();
    await skipTheRest(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Step 3 of ${CHECK_SCREENS}`).waitFor();
    await page.getByRole('link', { name: 'Finish later' }).click();
    await mainHeading(page, 'Today');

    await page.goto('/check');
    await page.getByText("Welcome back. You're picking up where you left off.").waitFor();
    for (let n = 3; n <= CHECK_SCREENS - 2; n += 1) {
      await page.getByText(`Step ${n} of ${CHECK_SCREENS}`).waitFor();
      await skipTheRest(page);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('heading', { name: 'How much does this weigh on you?' }).waitFor();
    await choose(page, 'Arguments that leave resentment behind', 'A lot');
    await choose(page, 'Days that all feel the same', 'A little');
    await expectAccessible(page, 'ash-check-causes');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: 'Which of these do you notice?' }).waitFor();
    await page.getByText('We talk less than we used to').click();
    await expectAccessible(page, 'ash-check-signs');
    await page.getByRole('button', { name: 'See my results' }).click();
    await mainHeading(page, 'Your results');
    await page.getByText('Only you', { exact: true }).first().waitFor();
    await page.getByText('Talking and listening').waitFor();
    await expectAccessible(page, 'ash-check-results');
  });

  it('5. Ash sees the plan on Today: own support first, no couple items', async () => {
    const { page } = ash;
    await navigateTo(page, 'Today');
    const cards = page.getByRole('main').getByRole('article');
    await cards.first().getByRole('heading', { name: 'Just for you' }).waitFor();
    const main = page.getByRole('main');
    expect(await main.getByText("Today's question").count()).toBe(0);
    expect(await main.getByText('Rekindle is made for two').count()).toBe(0);
    expect(await main.getByText('A few questions just for you').count()).toBe(0);
    await expectAccessible(page, 'ash-today-plan');

    await page.getByRole('link', { name: 'Your plan' }).click();
    await mainHeading(page, 'Your plan');
    await page.getByText('Get support').waitFor();
    expect(await main.getByText('Daily question').count()).toBe(0);
    await expectAccessible(page, 'ash-plan');

    await navigateTo(page, 'Progress');
    await page.getByText('Checks taken').waitFor();
    await expectAccessible(page, 'ash-progress');
  });

  it("6. Blair's Today, plan, progress and private page show nothing of Ash's", async () => {
    for (const path of BLAIR_API) {
      expect(await apiText(blair, path), `Blair's ${path}`).toBe(blairBefore.api.get(path));
    }
    await blairPages(async (label, text) => {
      expect(text, `Blair's ${label} page`).toBe(blairBefore.pages.get(label));
      expect(text).not.toContain(REFLECTION);
      await expectAccessible(blair.page, `blair-after-${label}`);
    });
    const comparison = await blair.context.request.get('/api/check/comparison');
    expect(comparison.status()).toBe(404);

    expect(ash.problems, "Ash's browser").toEqual([]);
    expect(blair.problems, "Blair's browser").toEqual([]);
  });
});
