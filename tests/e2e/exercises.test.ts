/**
 * A guided exercise in a real browser, on two phones in step: Ari finds the
 * breathing exercises from More, reads the steps and the consent, slows the
 * pace a little and invites Jun. Jun (whose phone asks for reduced motion)
 * sees the invitation, reads the same consent and says "I'm ready"; after
 * the count-in both phones show the same step, and the pacer runs on both:
 * a growing and shrinking circle on Ari's, a text cue that counts each
 * breath on Jun's. Jun stops, and it ends on both: "It ended. That's okay."
 * Then Ari does an exercise on one device. Screens are checked with axe at
 * 360 and 1280 px, in light and dark.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person, snap, WIDE } from './support/browser';
import { mainHeading, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Exercises journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const EXERCISE = 'Square breathing for two';
/** Square breathing: 20 s to settle, then the paced step. */
const FIRST_STEP_SECONDS = 20;
const ENDED = "It ended. That's okay.";

/** The pacer's text cue, e.g. "Breathe in… 4". */
function cue(page: Page) {
  return page.getByRole('timer', { name: 'Breathing pacer' });
}

/** The circle's running animation ("none" when it stands still) and whether it is shown. */
async function circle(page: Page): Promise<{ animation: string; shown: boolean }> {
  return page.locator('.pacer__circle').evaluate((el) => {
    const style = getComputedStyle(el);
    const stage = el.parentElement ? getComputedStyle(el.parentElement) : style;
    return { animation: style.animationName, shown: stage.display !== 'none' };
  });
}

suite(`a guided exercise, in step on two phones, in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ari: Person;
  let jun: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ari = await openPerson(browser, server.baseUrl, 'Ari');
    jun = await openPerson(browser, server.baseUrl, 'Jun');
    await jun.page.emulateMedia({ reducedMotion: 'reduce' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Ari finds the exercises from More and filters to breathing', async () => {
    await pairedThroughApi(ari, `ari-${token}@example.com`, jun, `jun-${token}@example.com`);

    const { page } = ari;
    await page.goto('/more');
    await page.getByRole('link', { name: /Exercises for two/ }).click();
    await mainHeading(page, 'Exercises for two');
    const list = page.getByRole('list', { name: 'Exercises' });
    await list.getByRole('link').first().waitFor();
    expect(await list.getByRole('link').count()).toBeGreaterThanOrEqual(15);
    await expectAccessibleEverywhere(page, 'list');

    await page.getByRole('radiogroup', { name: 'What kind' }).getByText('Breathing').click();
    await expect.poll(() => list.getByRole('link').count()).toBeLessThan(6);
    await page.getByRole('radiogroup', { name: 'How long' }).getByText('Up to 5 min').click();
    await list.getByRole('link', { name: new RegExp(EXERCISE) }).waitFor();
    await snap(page, 'list-breathing');
  });

  it('2. Ari reads the steps and the consent, slows the pace, and invites Jun', async () => {
    const { page } = ari;
    await page.getByRole('link', { name: new RegExp(EXERCISE) }).click();
    await mainHeading(page, EXERCISE);
    await page.getByRole('heading', { name: 'How it goes' }).waitFor();
    await page.getByRole('heading', { name: 'Agree first' }).waitFor();
    await page
      .getByText('either of you can stop at any moment, for any reason, and that is fine', {
        exact: false,
      })
      .first()
      .waitFor();
    await page.getByText('One breath every 16 seconds, the pace this exercise suggests.').waitFor();
    await page.getByRole('button', { name: 'Slower' }).click();
    await page.getByText('One breath every 18 seconds.').waitFor();
    await expectAccessibleEverywhere(page, 'exercise');

    await page
      .getByRole('radiogroup', { name: "How you'll do it" })
      .getByText('In step on both phones')
      .click();
    await page.getByRole('button', { name: "I'm ready, invite Jun" }).click();
    await page.getByRole('heading', { name: 'Waiting for Jun' }).waitFor();
    await page.getByRole('button', { name: 'Stop' }).waitFor();
    await expectAccessibleEverywhere(page, 'run-waiting');
  });

  it('3. Jun sees the invitation, reads the consent and joins: both begin together', async () => {
    const { page } = jun;
    await page.goto('/exercises');
    await page
      .getByText(`Ari would like to do “${EXERCISE}” with you.`, { exact: false })
      .waitFor();
    // Today leads with it too, while it is open.
    await page.goto('/');
    await mainHeading(page, 'Today');
    const card = page
      .getByRole('main')
      .getByRole('article')
      .filter({
        has: page.getByRole('heading', { name: 'Ari invited you to an exercise' }),
      });
    await card.waitFor();
    await snap(page, 'today-invitation');
    await card.getByRole('link', { name: 'Have a look' }).click();
    await mainHeading(page, EXERCISE);
    await page.getByRole('heading', { name: 'Ari invited you' }).waitFor();
    await page.getByRole('link', { name: 'Not now' }).waitFor();
    await expectAccessibleEverywhere(page, 'run-invited');

    await page.getByRole('button', { name: "I'm ready" }).click();
    for (const person of [ari, jun]) {
      await person.page.getByRole('heading', { name: 'Step 1 of 3' }).waitFor({ timeout: 8_000 });
      await person.page
        .getByRole('main')
        .getByText('Sit side by side or facing each other.', { exact: false })
        .waitFor();
    }
    await snap(ari.page, 'run-step-1-ari');
  });

  it('4. the pacer runs on both phones: a circle for Ari, a still text cue for Jun', async () => {
    for (const person of [ari, jun]) {
      await person.page
        .getByRole('heading', { name: 'Step 2 of 3' })
        .waitFor({ timeout: (FIRST_STEP_SECONDS + 5) * 1000 });
      await cue(person.page).waitFor();
    }
    // Ari: the circle grows with the breath in.
    await expect.poll(() => cue(ari.page).textContent()).toMatch(/^Breathe in… [1-5]$/);
    expect(await circle(ari.page)).toEqual({ animation: 'pacer-grow', shown: true });

    // Jun, with reduced motion: no animation at all, and the cue counts instead.
    expect((await circle(jun.page)).animation).toBe('none');
    expect((await circle(jun.page)).shown).toBe(false);
    const seen = new Set<string>();
    await expect
      .poll(
        async () => {
          seen.add((await cue(jun.page).textContent()) ?? '');
          return seen.size;
        },
        { timeout: 6_000, interval: 250 },
      )
      .toBeGreaterThanOrEqual(3);
    for (const text of seen) expect(text).toMatch(/^(Breathe in…|Hold…|Breathe out…|Rest…) \d+$/);

    await snap(ari.page, 'pacer-ari-360');
    await snap(jun.page, 'pacer-jun-reduced-360');
    await ari.page.setViewportSize(WIDE);
    await snap(ari.page, 'pacer-ari-1280');
    await expectAccessibleEverywhere(ari.page, 'run-pacer');
  });

  it('5. Jun stops: it simply ends, on both phones, and nobody is blamed', async () => {
    await jun.page.getByRole('button', { name: 'Stop' }).click();
    for (const person of [jun, ari]) {
      await person.page.getByRole('heading', { name: ENDED }).waitFor({ timeout: 8_000 });
      expect(await person.page.getByRole('button', { name: 'Stop' }).count()).toBe(0);
      expect(await person.page.getByRole('main').textContent()).not.toMatch(
        /Jun stopped|Ari stopped/,
      );
    }
    await expectAccessibleEverywhere(ari.page, 'run-ended');
  });

  it('6. on one device: both ready on one screen, then the steps, and Stop', async () => {
    const { page } = ari;
    await page.goto('/exercises/ex-long-hug');
    await mainHeading(page, 'The long hug');
    expect(await page.getByRole('radio', { name: /Together on this screen/ }).isChecked()).toBe(
      true,
    );
    await page.getByRole('button', { name: "We're both ready, start" }).click();
    await page.getByRole('heading', { name: /Starting in/ }).waitFor();
    await page.getByRole('heading', { name: 'Step 1 of 5' }).waitFor({ timeout: 8_000 });
    await page.getByText('On this screen, together').waitFor();
    await page
      .getByRole('main')
      .getByText("Agree how you'd like to hug", { exact: false })
      .waitFor();
    await expectAccessibleEverywhere(page, 'run-one-device');
    await page.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('heading', { name: ENDED }).waitFor();
    await page.getByRole('link', { name: 'Back to exercises' }).click();
    await mainHeading(page, 'Exercises for two');
    expect([...ari.problems, ...jun.problems]).toEqual([]);
  });
});
