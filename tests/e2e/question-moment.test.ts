/**
 * The daily question fits the moment, in a real browser: Noor starts alone
 * and gets a light journal question that speaks to nobody who is not there,
 * asks for lighter questions to come, skips today's question (Today stops
 * asking) and comes back to answer it. Then Noor pairs with Theo: the couple
 * starts light, shares one depth choice, and Theo skips — Noor's pages and
 * API answers stay byte for byte what they were. Theo puts it back, both
 * answer, and the reveal still happens. Screens are checked with axe at 360
 * and 1280 px, in light and dark.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { speaksToPartner } from '../../src/content/schema';
import type { TodayQuestion } from '../../src/shared/api';
import { expectAccessible } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person, PHONE } from './support/browser';
import {
  apiText,
  choose,
  mainHeading,
  mainText,
  navigateTo,
  pairThroughApi,
  signUpThroughApi,
} from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Question journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const NOOR_JOURNAL = `Noor's journal about the quiet morning ${token}`;
const NOOR_ANSWER = `Noor wrote about the bakery walk ${token}`;
const THEO_ANSWER = `Theo wrote about the river light ${token}`;
const DEPTH_GROUP = 'Questions to come';
/** What Noor can reach about the question; compared before and after Theo's skip. */
const NOOR_API = ['/api/questions/today', '/api/today', '/api/progress', '/api/questions/history'];
const WIDE = { width: 1280, height: 900 };

async function todayQuestion(person: Person): Promise<TodayQuestion> {
  return JSON.parse(await apiText(person, '/api/questions/today')) as TodayQuestion;
}

/** Axe and a screenshot at phone and desktop width, in light and dark; back to a light phone after. */
async function checkEverywhere(page: Page, label: string): Promise<void> {
  for (const [size, name] of [
    [PHONE, '360'],
    [WIDE, '1280'],
  ] as const) {
    await page.setViewportSize(size);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expectAccessible(page, `${label}-${name}-${scheme}`);
    }
  }
  await page.setViewportSize(PHONE);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function openQuestion(person: Person): Promise<void> {
  await person.page.goto('/question');
  await mainHeading(person.page, 'Daily question');
  await person.page.getByRole('radiogroup', { name: DEPTH_GROUP }).waitFor();
}

/** Whether Today's screen has the daily question among its cards. */
async function todayAsksTheQuestion(person: Person): Promise<boolean> {
  await navigateTo(person.page, 'Today');
  await expect.poll(() => person.page.locator('main .skeleton').count()).toBe(0);
  await person.page.getByRole('main').getByRole('article').first().waitFor();
  return (
    (await person.page
      .getByRole('main')
      .getByRole('heading', { name: "Today's question", exact: true })
      .count()) > 0
  );
}

suite(`the daily question fits the moment in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let noor: Person;
  let theo: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    noor = await openPerson(browser, server.baseUrl, 'Noor');
    theo = await openPerson(browser, server.baseUrl, 'Theo');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. alone, Noor gets a light journal question that speaks to nobody who is not there', async () => {
    await signUpThroughApi(noor, `noor-${token}@example.com`);
    const q = await todayQuestion(noor);
    expect(q.question.depth).toBe('light');
    expect(speaksToPartner(q.question.text), q.question.text).toBe(false);

    await openQuestion(noor);
    const main = noor.page.getByRole('main');
    await main.getByRole('heading', { name: q.question.text }).waitFor();
    await main.getByText('Depth: Light').waitFor();
    await main.getByText('Who sees this: Only you').waitFor();
    // The count says what it counts.
    await main
      .getByText('Deeper questions open after 5 answered days. So far: 0 of 5 days answered.')
      .waitFor();
    const group = noor.page.getByRole('radiogroup', { name: DEPTH_GROUP });
    expect(await group.getByRole('radio', { name: 'As it comes' }).isChecked()).toBe(true);
    await checkEverywhere(noor.page, 'noor-journal');
  });

  it('2. Noor asks for lighter questions to come; the choice is kept', async () => {
    await choose(noor.page, DEPTH_GROUP, 'Lighter');
    await noor.page.getByText('Easy, everyday questions.').waitFor();
    await expect.poll(async () => (await todayQuestion(noor)).deck.choice).toBe('lighter');
    await noor.page.reload();
    const group = noor.page.getByRole('radiogroup', { name: DEPTH_GROUP });
    await expect.poll(() => group.getByRole('radio', { name: 'Lighter' }).isChecked()).toBe(true);
  });

  it('3. Noor skips today’s question: Today stops asking, and it can still be answered', async () => {
    expect(await todayAsksTheQuestion(noor)).toBe(true);
    await openQuestion(noor);
    await noor.page.getByText('You can come back to it later today.').waitFor();
    await noor.page.getByRole('button', { name: 'Skip for today' }).click();
    const heading = noor.page.getByRole('heading', { name: 'Skipped for today' });
    await heading.waitFor();
    // Focus moves to what replaced the button, not to the top of the page.
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await checkEverywhere(noor.page, 'noor-skipped');

    expect(await todayAsksTheQuestion(noor)).toBe(false);
    await expectAccessible(noor.page, 'noor-today-after-skip');

    await openQuestion(noor);
    // Opening the box and thinking better of it leads back, focus and all.
    await noor.page.getByRole('button', { name: 'Answer it after all' }).click();
    await noor.page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    await noor.page.getByRole('button', { name: 'Answer it after all' }).click();
    const box = noor.page.getByLabel('Your answer');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill(NOOR_JOURNAL);
    await noor.page.getByRole('button', { name: 'Save answer' }).click();
    await noor.page.getByText(NOOR_JOURNAL).waitFor();
    expect((await todayQuestion(noor)).skipped).toBe(false);
  });

  it('4. paired with Theo: a light question in the couple’s words, one shared depth choice', async () => {
    await signUpThroughApi(theo, `theo-${token}@example.com`);
    await pairThroughApi(noor, theo);
    const [qn, qt] = [await todayQuestion(noor), await todayQuestion(theo)];
    expect(qn.question).toEqual(qt.question);
    expect(qn.question.depth).toBe('light');
    // A new couple starts afresh: Noor's own journal choice stays with the journal.
    expect(qn.deck).toMatchObject({ choice: 'as-it-comes', open: ['light'] });

    await openQuestion(theo);
    const main = theo.page.getByRole('main');
    await main.getByRole('heading', { name: qt.question.text }).waitFor();
    await main
      .getByText(
        'Deeper questions open after 5 answered days. So far: 0 of 5 days answered by you both.',
      )
      .waitFor();
    await main
      .getByText("You share this choice with Noor. It starts with tomorrow's question.")
      .waitFor();
    await choose(theo.page, DEPTH_GROUP, 'Deeper');
    await theo.page.getByText("You'll get them as soon as they open.").waitFor();
    await expect.poll(async () => (await todayQuestion(noor)).deck.choice).toBe('deeper');
    await checkEverywhere(theo.page, 'theo-question');
  });

  it('5. Theo skips; nothing of it reaches Noor, then Theo puts it back', async () => {
    await openQuestion(noor);
    const noorApiBefore = await Promise.all(NOOR_API.map((path) => apiText(noor, path)));
    const noorPageBefore = await mainText(noor.page);

    await openQuestion(theo);
    await theo.page.getByText("Only you will know. Noor isn't told.").waitFor();
    await theo.page.getByRole('button', { name: 'Skip for today' }).click();
    await theo.page.getByRole('heading', { name: 'Skipped for today' }).waitFor();
    expect(await todayAsksTheQuestion(theo)).toBe(false);

    expect(await Promise.all(NOOR_API.map((path) => apiText(noor, path)))).toEqual(noorApiBefore);
    await noor.page.reload();
    await noor.page.getByRole('radiogroup', { name: DEPTH_GROUP }).waitFor();
    expect(await mainText(noor.page)).toBe(noorPageBefore);
    expect(await noor.page.content()).not.toMatch(/skipp/i);

    await openQuestion(theo);
    await theo.page.getByRole('button', { name: 'Put it back on Today' }).click();
    await theo.page.getByLabel('Your answer').waitFor();
    expect(await todayAsksTheQuestion(theo)).toBe(true);
  });

  it('6. both answer and the answers are revealed together, as before', async () => {
    await openQuestion(noor);
    await noor.page.getByLabel('Your answer').fill(NOOR_ANSWER);
    await noor.page.getByRole('button', { name: 'Save answer' }).click();
    await noor.page.getByText("Theo hasn't answered yet").waitFor();

    await openQuestion(theo);
    await theo.page.getByLabel('Your answer').fill(THEO_ANSWER);
    await theo.page.getByRole('button', { name: 'Save answer' }).click();
    const both = theo.page.getByRole('region', { name: 'Your answers' });
    await both.getByText(NOOR_ANSWER).waitFor();
    await both.getByText(THEO_ANSWER).waitFor();
    await checkEverywhere(theo.page, 'theo-revealed');
    expect([...noor.problems, ...theo.problems]).toEqual([]);
  });
});
