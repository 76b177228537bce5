/**
 * The first week in a real browser, for the check, the pulse, progress and the
 * plan. Alex takes the check: nothing starts on a value, Next waits for two
 * ratings or an explicit skip, the step count is the real number of screens and
 * the introduction's time comes from them; only what Alex chose is recorded.
 * Once Alex and Sam both opt in to compare, the check says it is shared with
 * Sam. The weekly pulse starts empty and refuses to save half-answered; then
 * Progress shows weeks as dates, whose line is whose, no "Rate this week" once
 * rated, and nothing clipped at 360 px. The plan links each part it can to its
 * activity and names the rest once. Every screen is checked with axe at 360 px
 * and 1280 px.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person, PHONE } from './support/browser';
import {
  apiText,
  CHECK_SCREENS,
  choose,
  FIRST_STATEMENT,
  mainHeading,
  NOT_ANSWERED,
  pairedThroughApi,
  rate,
  skipTheRest,
  statement,
} from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`First-week journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const WIDE = { width: 1280, height: 900 };
const SCREENS = CHECK_SCREENS;

/** axe at the phone width and at a desktop width, then back to the phone. */
async function accessibleAtBothWidths(page: Page, label: string): Promise<void> {
  await expectAccessible(page, `${label}-360`);
  await page.setViewportSize(WIDE);
  await expectAccessible(page, `${label}-1280`);
  await page.setViewportSize(PHONE);
}

/** Turns a sharing switch on by its visible label, the way a person taps it. */
async function turnOn(page: Page, label: string): Promise<void> {
  const toggle = page.getByRole('switch', { name: label });
  await page.locator('.switch').filter({ hasText: label }).locator('.switch__label').click();
  await expect.poll(() => toggle.isChecked()).toBe(true);
}

/** What the check kept on this device for resume (it holds only what was chosen). */
async function savedProgress(
  page: Page,
): Promise<{ items: Record<string, unknown>; step: number }> {
  const raw = await page.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('rekindle.check.'));
    return key ? localStorage.getItem(key) : null;
  });
  return JSON.parse(raw ?? '{"items":{},"step":-1}');
}

/** Nothing on the screen is wider than its box: no sideways scrolling, no clipped table. */
async function expectNothingClipped(page: Page): Promise<void> {
  const clipped = await page.evaluate(() => {
    const found: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page');
    for (const element of document.querySelectorAll<HTMLElement>(
      'main .card, main .table-wrap, main table, main .check-history',
    )) {
      if (element.closest('.visually-hidden')) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(
          `${element.className || element.tagName}: ${element.scrollWidth}px in ${element.clientWidth}px`,
        );
      }
    }
    return found;
  });
  expect(clipped).toEqual([]);
}

/** "Week of 30 Nov": the Monday of this ISO week (the people here live in UTC), as en-GB writes it. */
function thisWeekLabel(now = new Date()): string {
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  monday.setUTCDate(monday.getUTCDate() - ((monday.getUTCDay() + 6) % 7));
  const date = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(monday.getUTCFullYear() !== now.getUTCFullYear() ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(monday);
  return `Week of ${date}`;
}

/** A whole check where the first statement is rated and everything else is skipped. */
async function quickCheck(page: Page, now: number, wish: number): Promise<void> {
  await page.goto('/check');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.getByText(`Step 1 of ${SCREENS}`).waitFor();
  const first = statement(page, FIRST_STATEMENT);
  await rate(first.now, now);
  await rate(first.wish, wish);
  for (let n = 1; n <= SCREENS - 2; n += 1) {
    await page.getByText(`Step ${n} of ${SCREENS}`).waitFor();
    await skipTheRest(page);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  await page.getByText(`Step ${SCREENS - 1} of ${SCREENS}`).waitFor();
  await page.getByRole('button', { name: 'Skip', exact: true }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await mainHeading(page, 'Your results');
}

/** Rates this week's pulse, one keyboard choice per slider. */
async function ratePulse(page: Page, values: number[]): Promise<void> {
  const sliders = page.getByRole('main').getByRole('slider');
  for (const [index, value] of values.entries()) {
    const slider = sliders.nth(index);
    await slider.focus();
    await slider.press('Home');
    for (let i = 1; i < value; i += 1) await slider.press('ArrowRight');
  }
}

suite(`first week in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let alex: Person;
  let sam: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    alex = await openPerson(browser, server.baseUrl, 'Alex');
    sam = await openPerson(browser, server.baseUrl, 'Sam');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Alex and Sam have accounts and are paired', async () => {
    await pairedThroughApi(alex, `alex-${token}@example.com`, sam, `sam-${token}@example.com`);
  });

  it('2. the introduction says the real number of steps and minutes, and who sees it', async () => {
    const { page } = alex;
    await page.goto('/check');
    await mainHeading(page, 'The check');
    const intro = page.getByRole('main');
    await intro.getByText('21 short statements about emotional').waitFor();
    await intro.getByText(`${SCREENS} steps, about 6 minutes.`).waitFor();
    await intro.getByText('Who sees this:').waitFor();
    expect(await intro.locator('.who-sees strong').textContent()).toBe('Only you');
    await accessibleAtBothWidths(page, 'check-intro');
  });

  it('3. nothing starts on a value, and Next waits for two ratings or a skip', async () => {
    const { page } = alex;
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText(`Step 1 of ${SCREENS}`).waitFor();
    const sliders = page.getByRole('main').getByRole('slider');
    expect(await sliders.count()).toBe(8);
    for (let i = 0; i < 8; i += 1) {
      expect(await sliders.nth(i).getAttribute('aria-valuetext')).toBe(NOT_ANSWERED);
    }
    expect(await page.getByRole('main').locator('output.rating__value').count()).toBe(0);
    await accessibleAtBothWidths(page, 'check-statements');

    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByRole('alert')
      .getByText('4 statements still need both answers, or a skip.')
      .waitFor();
    await page.getByText(`Step 1 of ${SCREENS}`).waitFor();
    const first = statement(page, FIRST_STATEMENT);
    await expect.poll(() => first.now.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await savedProgress(page)).items).toEqual({});
    await accessibleAtBothWidths(page, 'check-statements-missing');

    // One rating is not an answer yet.
    await rate(first.now, 3);
    expect(await first.wish.getAttribute('aria-valuetext')).toBe(NOT_ANSWERED);
    await page.getByRole('button', { name: 'Next' }).click();
    await page
      .getByRole('alert')
      .getByText('4 statements still need both answers, or a skip.')
      .waitFor();
    await expect.poll(() => first.wish.evaluate((el) => el === document.activeElement)).toBe(true);

    await rate(first.wish, 9);
    await page.getByRole('alert').getByText('3 statements still need').waitFor();
    await skipTheRest(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Step 2 of ${SCREENS}`).waitFor();
    expect((await savedProgress(page)).items).toEqual({ 'check-emo-1': { now: 3, wish: 9 } });
  });

  it('4. the step count matches the screens to the end, and only what was chosen is kept', async () => {
    const { page } = alex;
    for (let n = 2; n <= SCREENS - 2; n += 1) {
      await page.getByText(`Step ${n} of ${SCREENS}`).waitFor();
      await skipTheRest(page);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByText(`Step ${SCREENS - 1} of ${SCREENS}`).waitFor();
    await page.getByRole('heading', { name: 'How much does this weigh on you?' }).waitFor();
    // Nothing chosen: the way on is an explicit "Skip".
    await page.getByRole('button', { name: 'Skip', exact: true }).waitFor();
    await choose(page, 'Arguments that leave resentment behind', 'A lot');
    await accessibleAtBothWidths(page, 'check-causes');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByText(`Step ${SCREENS} of ${SCREENS}`).waitFor();
    await page.getByRole('heading', { name: 'Which of these do you notice?' }).waitFor();
    await accessibleAtBothWidths(page, 'check-signs');
    await page.getByRole('button', { name: 'See my results' }).click();
    await mainHeading(page, 'Your results');
    expect(await page.getByRole('main').locator('.who-sees strong').first().textContent()).toBe(
      'Only you',
    );
    await accessibleAtBothWidths(page, 'check-results');

    const results = JSON.parse(await apiText(alex, '/api/check/results')).results;
    expect(results).toHaveLength(1);
    expect(results[0].kinds).toEqual([
      { kind: 'emotional', score: 30, wish: 90, gap: 60 },
      { kind: 'physical', score: null, wish: null, gap: null },
      { kind: 'intellectual', score: null, wish: null, gap: null },
    ]);
    expect(results[0].causes).toEqual([
      { group: 'communication', weight: 3, items: ['arguments'] },
    ]);
    expect(results[0].signs).toEqual([]);
  });

  it('5. once both opt in to compare, the check says it is shared with Sam', async () => {
    await turnOn(alex.page, 'Show my latest results to Sam');
    // Only Alex has opted in: still only Alex, and the label says what would change it.
    await alex.page.getByText("If Sam also turns on sharing, they'll see your results.").waitFor();
    expect(await alex.page.locator('main .who-sees strong').first().textContent()).toBe('Only you');

    await quickCheck(sam.page, 6, 8);
    await turnOn(sam.page, 'Show my latest results to Alex');
    await sam.page.locator('main .who-sees strong', { hasText: 'Shared with Alex' }).waitFor();

    const { page } = alex;
    await page.goto('/check');
    await mainHeading(page, 'The check');
    await page.locator('main .who-sees strong', { hasText: 'Shared with Sam' }).waitFor();
    await page.getByText('Sam sees your results too').waitFor();
    expect(await page.getByText('Only you', { exact: true }).count()).toBe(0);
    await accessibleAtBothWidths(page, 'check-intro-shared');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByText(`Step 1 of ${SCREENS}`).waitFor();
    await page.locator('main .who-sees strong', { hasText: 'Shared with Sam' }).waitFor();
    await page.getByRole('link', { name: 'Finish later' }).click();

    await page.goto('/check/results');
    await mainHeading(page, 'Your results');
    await page.locator('main .who-sees strong', { hasText: 'Shared with Sam' }).waitFor();
    await page.getByRole('heading', { name: 'Side by side' }).waitFor();
    await accessibleAtBothWidths(page, 'check-results-shared');
  });

  it('6. the weekly pulse starts empty and saves only all four answers', async () => {
    const { page } = alex;
    await page.goto('/pulse');
    await mainHeading(page, 'Weekly pulse');
    const sliders = page.getByRole('main').getByRole('slider');
    await sliders.first().waitFor();
    expect(await sliders.count()).toBe(4);
    for (let i = 0; i < 4; i += 1) {
      expect(await sliders.nth(i).getAttribute('aria-valuetext')).toBe(NOT_ANSWERED);
    }
    await page.getByRole('button', { name: 'Save this week' }).click();
    await page.getByRole('alert').getByText('4 ratings are still missing.').waitFor();
    await expect
      .poll(() => sliders.nth(0).evaluate((el) => el === document.activeElement))
      .toBe(true);
    expect(JSON.parse(await apiText(alex, '/api/pulse')).mine).toBeNull();
    await accessibleAtBothWidths(page, 'pulse-missing');

    await ratePulse(page, [6, 4, 7]);
    await page.getByRole('button', { name: 'Save this week' }).click();
    await page.getByRole('alert').getByText('One rating is still missing.').waitFor();
    expect(JSON.parse(await apiText(alex, '/api/pulse')).mine).toBeNull();

    await ratePulse(page, [6, 4, 7, 5]);
    await page.getByRole('button', { name: 'Save this week' }).click();
    await page.getByText('Saved for this week.').waitFor();
    expect(JSON.parse(await apiText(alex, '/api/pulse')).mine).toEqual({
      emotional: 6,
      physical: 4,
      intellectual: 7,
      talk: 5,
    });

    await sam.page.goto('/pulse');
    await mainHeading(sam.page, 'Weekly pulse');
    await sam.page.getByRole('main').getByRole('slider').first().waitFor();
    await ratePulse(sam.page, [3, 5, 8, 2]);
    await sam.page.getByRole('button', { name: 'Save this week' }).click();
    await sam.page.getByText('Saved for this week.').waitFor();
  });

  it('7. progress speaks plainly, says whose line is whose, and fits a 360 px phone', async () => {
    for (const [person, partner] of [
      [sam, 'Alex'],
      [alex, 'Sam'],
    ] as const) {
      await person.page.goto('/progress');
      await mainHeading(person.page, 'Progress');
      await turnOn(person.page, `Show my progress to ${partner}`);
    }
    const { page } = alex;
    await page.locator('main .who-sees strong', { hasText: 'Shared with Sam' }).waitFor();
    const main = page.getByRole('main');
    await main.getByText('Weekly ratings go from 1 (not close) to 10 (very close)').waitFor();
    expect(await main.getByText(/from 1 \(not close\) to 10/).count()).toBe(1);
    const emotional = main.locator('section.series').first();
    await emotional.getByRole('heading', { name: 'You', level: 4 }).waitFor();
    await emotional.getByRole('heading', { name: 'Sam', level: 4 }).waitFor();
    await main.getByRole('heading', { name: 'Sam', level: 3 }).waitFor();
    // This week is rated: no "Rate this week", a quiet line instead.
    await main.getByText("You've rated this week.").waitFor();
    expect(await main.getByRole('link', { name: 'Rate this week' }).count()).toBe(0);
    // Weeks as dates, whole numbers.
    await emotional.getByRole('button', { name: 'Show as table' }).click();
    const row = emotional.getByRole('row', { name: new RegExp(thisWeekLabel()) });
    await row.waitFor();
    expect(await row.getByRole('rowheader').textContent()).toBe(thisWeekLabel());
    expect(await row.getByRole('cell').allTextContents()).toEqual(['6', '3']);
    expect(await main.getByText(/\d\.\d/).count()).toBe(0);
    expect(await main.getByText(/\bW\d{2}\b/).count()).toBe(0);
    await expectNothingClipped(page);
    await accessibleAtBothWidths(page, 'progress-shared');
  });

  it('8. the plan links every part to where it is acted on, with no "not yet" line', async () => {
    const { page } = alex;
    await page.goto('/plan');
    await mainHeading(page, 'Your plan');
    const main = page.getByRole('main');
    const act = main.getByRole('link', { name: "Answer today's question" });
    await act.waitFor();
    expect(await act.getAttribute('href')).toBe('/question');
    expect(await main.getByText('no activities in Rekindle yet').count()).toBe(0);
    expect(await main.getByText('More activities join your plan').count()).toBe(0);
    await expectNothingClipped(page);
    await accessibleAtBothWidths(page, 'plan');

    await act.click();
    await page.waitForURL((url) => url.pathname === '/question');

    expect(alex.problems, "Alex's browser").toEqual([]);
    expect(sam.problems, "Sam's browser").toEqual([]);
  });
});
