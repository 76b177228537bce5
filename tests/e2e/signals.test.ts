/**
 * Getting support, in a real browser. Ari's weekly pulse stays in the
 * distressed band for three weeks (the server's clock is real time moved by
 * whole weeks); after the third, Ari's Today has a quiet card, and the support
 * page a gentle suggestion with "Show me how to find someone", "Not now" and
 * "Remind me in a month". Ari answers the private weekly questions and opens
 * the summary for a first session. Bo, Ari's partner, sees nothing different:
 * every answer Bo's screens read is byte for byte the same, and so is Bo's
 * Today. Screens are checked with axe at 360 and 1280 px, light and dark.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person, snap, WIDE } from './support/browser';
import { apiText, mainHeading, mainText, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Support journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const WEEK = 7 * 24 * 3600 * 1000;
const LOW = { emotional: 3, physical: 3, intellectual: 4, talk: 3 };

/** Real time, moved by whole weeks: pulses land in earlier weeks without waiting for them. */
function shiftedClock() {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    weeksAgo: (weeks: number) => {
      offset = -weeks * WEEK;
    },
  };
}

/** Everything Bo's screens read, as Bo gets it. */
const BO_VIEWS = [
  '/api/today',
  '/api/plan',
  '/api/progress',
  '/api/me',
  '/api/support/signals',
  '/api/support/week',
  '/api/me/summary',
];

async function boViews(bo: Person): Promise<string[]> {
  return Promise.all(BO_VIEWS.map((path) => apiText(bo, path)));
}

/** Rates this week's pulse on the pulse page, one keyboard choice per slider. */
async function ratePulse(page: Page, values: readonly number[]): Promise<void> {
  const sliders = page.getByRole('main').getByRole('slider');
  for (const [index, value] of values.entries()) {
    const slider = sliders.nth(index);
    await slider.focus();
    await slider.press('Home');
    for (let i = 1; i < value; i += 1) await slider.press('ArrowRight');
  }
}

/** Today's cards, including those under "More for this week". */
async function todayText(page: Page): Promise<string> {
  await page.goto('/');
  await mainHeading(page, 'Today');
  await page.getByRole('main').getByRole('article').first().waitFor();
  const more = page.getByText('More for this week');
  if (await more.isVisible()) await more.click();
  return mainText(page);
}

suite(`getting support, privately, in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ari: Person;
  let bo: Person;
  const clock = shiftedClock();
  let boBefore: string[] = [];
  let boTodayBefore = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer({ clock });
    ari = await openPerson(browser, server.baseUrl, 'Ari');
    bo = await openPerson(browser, server.baseUrl, 'Bo');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. two hard weeks: nothing is suggested yet', async () => {
    await pairedThroughApi(ari, `ari-${token}@example.com`, bo, `bo-${token}@example.com`);
    for (const weeks of [2, 1]) {
      clock.weeksAgo(weeks);
      const saved = await ari.context.request.post('/api/pulse', { data: LOW });
      expect(saved.status(), await saved.text()).toBe(200);
      const signals = await ari.context.request.get('/api/support/signals');
      expect(await signals.json()).toEqual({ suggestion: null });
    }
    clock.weeksAgo(0);
    boBefore = await boViews(bo);
    boTodayBefore = await todayText(bo.page);
    expect(await todayText(ari.page)).not.toContain('Something for you');
  });

  it('2. the third hard week: a quiet card on Today, a gentle suggestion on the support page', async () => {
    await ari.page.goto('/pulse');
    await mainHeading(ari.page, 'Weekly pulse');
    await ratePulse(ari.page, [LOW.emotional, LOW.physical, LOW.intellectual, LOW.talk]);
    await ari.page.getByRole('button', { name: 'Save this week' }).click();
    await ari.page.getByText('Saved for this week.').waitFor();

    const today = await todayText(ari.page);
    expect(today).toContain('Something for you');
    // Neutral on Today: nothing that a glance at the screen would give away.
    expect(today).not.toMatch(/therap|distress|hard few weeks/i);
    await snap(ari.page, 'ari-today-360');
    await ari.page
      .getByRole('article', { name: 'Something for you' })
      .getByRole('link', { name: 'Have a look' })
      .click();
    await mainHeading(ari.page, 'Get support');
    const card = ari.page.getByRole('region', { name: "It's been a hard few weeks" });
    await card.waitFor();
    await card.getByText('One option: a couples therapist.', { exact: false }).waitFor();
    await card.getByText('This is only a suggestion. You know your situation best.').waitFor();
    await expectAccessibleEverywhere(ari.page, 'ari-support');

    await card.getByRole('button', { name: 'Show me how to find someone' }).click();
    const finding = ari.page.getByRole('heading', { name: 'Finding someone', level: 2 });
    await expect.poll(() => finding.evaluate((el) => el === document.activeElement)).toBe(true);
    await ari.page.getByText('Suggested for you').waitFor();
    await ari.page.getByLabel('Your country').selectOption({ label: 'United Kingdom' });
    await ari.page.getByRole('link', { name: /Relate \(relationship counselling\)/ }).waitFor();
    await ari.page.getByText('Books', { exact: true }).click();
    await ari.page.getByText('Mating in Captivity').waitFor();
    await ari.page.setViewportSize(WIDE);
    await snap(ari.page, 'ari-support-found-1280');
    await ari.page.setViewportSize({ width: 360, height: 740 });
    await expectAccessibleEverywhere(ari.page, 'ari-support-found');
  });

  it('3. "Remind me in a month": the card goes, calmly, and Today is quiet again', async () => {
    await ari.page.goto('/get-support');
    const card = ari.page.getByRole('region', { name: "It's been a hard few weeks" });
    await card.getByRole('button', { name: 'Remind me in a month' }).click();
    await ari.page.getByText("We'll remind you in about a month.").waitFor();
    expect(await todayText(ari.page)).not.toContain('Something for you');
  });

  it('4. the private weekly questions, each optional, "rather not say" always there', async () => {
    await ari.page.goto('/more');
    await ari.page.getByRole('link', { name: /Get support/ }).click();
    await mainHeading(ari.page, 'Get support');
    await ari.page.getByRole('link', { name: /How have things been\?/ }).click();
    await mainHeading(ari.page, 'How have things been?');
    await ari.page.getByText('Only you', { exact: false }).first().waitFor();
    await ari.page
      .getByRole('radiogroup', { name: /thoughts of separating/ })
      .getByText("I'd rather not say")
      .click();
    await ari.page.getByText('Feeling low or empty most days').click();
    await expect
      .poll(() =>
        ari.page.getByRole('checkbox', { name: 'Feeling low or empty most days' }).isChecked(),
      )
      .toBe(true);
    await expectAccessibleEverywhere(ari.page, 'ari-week');
    await ari.page.getByRole('button', { name: 'Save', exact: true }).click();
    await ari.page.getByText('Saved. Thank you for taking a moment for yourself.').waitFor();
    const week = await ari.context.request.get('/api/support/week');
    expect((await week.json()).mine).toEqual({
      separation: 'prefer-not',
      conflict: null,
      needs: ['low-mood'],
    });
  });

  it('5. "We have tried on our own" brings help at once; the summary prints and downloads', async () => {
    await ari.page.goto('/get-support');
    await mainHeading(ari.page, 'Get support');
    await ari.page
      .getByRole('button', { name: "We've tried on our own and it isn't improving" })
      .click();
    await ari.page.getByRole('region', { name: 'Reaching out is a good step' }).waitFor();

    await ari.page.getByRole('link', { name: /Prepare for a first session/ }).click();
    await mainHeading(ari.page, 'Prepare for a first session');
    await ari.page.getByRole('heading', { name: 'How things have felt, week by week' }).waitFor();
    await ari.page.getByText('Feeling low most days: 1 of 1 week.').waitFor();
    await expectAccessibleEverywhere(ari.page, 'ari-prepare');
    // An A4 page's width, printed: only the summary, without the app around it.
    await ari.page.setViewportSize({ width: 794, height: 1123 });
    await ari.page.emulateMedia({ media: 'print' });
    expect(await ari.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await ari.page.getByRole('link', { name: 'Download PDF' }).isVisible()).toBe(false);
    await snap(ari.page, 'ari-prepare-print');
    await ari.page.emulateMedia({ media: 'screen' });
    await ari.page.setViewportSize({ width: 360, height: 740 });
    const [download] = await Promise.all([
      ari.page.waitForEvent('download'),
      ari.page.getByRole('link', { name: 'Download PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rekindle-notes-\d{4}-\d{2}-\d{2}\.pdf$/);
  });

  it('6. Bo, the partner, sees nothing different, in any answer or on Today', async () => {
    expect(await boViews(bo)).toEqual(boBefore);
    const boToday = await todayText(bo.page);
    expect(boToday).toBe(boTodayBefore);
    expect(boToday).not.toContain('Something for you');
    await bo.page.goto('/get-support');
    await mainHeading(bo.page, 'Get support');
    expect(await bo.page.getByRole('region', { name: /hard few weeks|good step/ }).count()).toBe(0);
    for (const person of [ari, bo]) expect(person.problems).toEqual([]);
  });
});
