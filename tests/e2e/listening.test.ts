/**
 * A live listening session in two real browsers, kept in step: Ari starts a
 * session from the More page; Bo, on Today, sees it arrive and joins; the
 * timer runs on both screens; a pause on Bo's device shows on Ari's; the
 * roles swap; the session ends; each rates how heard they felt. Ari keeps
 * the rating private, Bo shares it: Ari sees Bo's, and nothing of Ari's
 * reaches Bo. Each new screen is checked with axe at 360 and 1280 px, in
 * light and dark.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ListeningSession } from '../../src/shared/listening-api';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { apiText, choose, mainHeading, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Listening journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const ARI_TOPIC = `The weekend at the lake ${token}`;
/** Live updates arrive over the event stream; this is how long a screen may take to follow. */
const LIVE_MS = 5_000;

/** The seconds left on the big clock, as shown. */
async function clockSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').textContent()) ?? '';
  const [minutes, seconds] = text.split(':').map(Number);
  return (minutes ?? 0) * 60 + (seconds ?? 0);
}

function button(page: Page, name: string) {
  return page.getByRole('main').getByRole('button', { name, exact: true });
}

async function sessionAs(person: Person, id: string): Promise<ListeningSession> {
  return JSON.parse(await apiText(person, `/api/listening/sessions/${id}`)) as ListeningSession;
}

suite(`a live listening session in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ari: Person;
  let bo: Person;
  let sessionId = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ari = await openPerson(browser, server.baseUrl, 'Ari');
    bo = await openPerson(browser, server.baseUrl, 'Bo');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Ari finds listening sessions on the More page and sets one up', async () => {
    await pairedThroughApi(ari, `ari-${token}@example.com`, bo, `bo-${token}@example.com`);
    await ari.page.goto('/more');
    await mainHeading(ari.page, 'More');
    await ari.page.getByRole('link', { name: /Listening sessions/ }).click();
    await mainHeading(ari.page, 'Listening sessions');
    const main = ari.page.getByRole('main');
    await main.getByRole('heading', { name: 'Start a session' }).waitFor();
    await main.getByText('No sessions yet. Your first one will show here.').waitFor();
    await choose(ari.page, 'Who speaks first?', 'I do');
    await choose(ari.page, 'Minutes for each of you', '2 min');
    const where = ari.page.getByRole('radiogroup', { name: 'Where will you do it?' });
    expect(await where.getByRole('radio', { name: /On both our devices/ }).isChecked()).toBe(true);
    // A few topics from the list, and another few on request.
    const topics = ari.page.getByRole('radiogroup', { name: 'A topic for your turn' });
    expect(await topics.getByRole('radio').count()).toBe(5);
    const labels = topics.locator('.choice__label');
    const before = await labels.allTextContents();
    await button(ari.page, 'Show other topics').click();
    await expect.poll(() => labels.allTextContents()).not.toEqual(before);
    await main.getByText('Who sees this: Shared with Bo').first().waitFor();
    await choose(ari.page, 'A topic for your turn', 'In my own words');
    await expectAccessibleEverywhere(ari.page, 'ari-start');
    // Own words chosen but none written: the form says so instead of starting.
    await button(ari.page, 'Start the session').click();
    await main.getByText('Write your topic, or choose another option.').waitFor();
    await ari.page.getByLabel('Your topic').fill(ARI_TOPIC);
  });

  it('2. Ari starts; Bo, on Today, sees it arrive and joins', async () => {
    await bo.page.goto('/');
    await mainHeading(bo.page, 'Today');
    await button(ari.page, 'Start the session').click();
    await ari.page.waitForURL(/\/listening\/[\w-]+$/);
    sessionId = new URL(ari.page.url()).pathname.split('/').pop() ?? '';
    await mainHeading(ari.page, 'Listening session');
    await ari.page.getByText('You speak, Bo listens.').waitFor();
    await ari.page.getByText(ARI_TOPIC).waitFor();
    await ari.page.getByText('2:00').waitFor();

    const card = bo.page
      .getByRole('main')
      .getByRole('article', { name: 'Ari started a listening session' });
    await card.waitFor({ timeout: LIVE_MS });
    await card.getByRole('link', { name: 'Join' }).click();
    await mainHeading(bo.page, 'Listening session');
    await bo.page.getByText('Ari speaks, you listen.').waitFor();
    await bo.page.getByText('Waiting for Ari to start their turn.').waitFor();
    await bo.page.getByText(ARI_TOPIC).waitFor();
    await bo.page.getByRole('heading', { name: "You're listening" }).waitFor();
    expect(await button(bo.page, 'Start my turn').count()).toBe(0);
  });

  it('3. the timer runs on both screens, and a pause on one shows on the other', async () => {
    await button(ari.page, 'Start my turn').click();
    await ari.page.getByText('Take your time. Say what is true for you.').waitFor();
    // Bo's screen follows live, and counts down too.
    await expect.poll(() => clockSeconds(bo.page), { timeout: LIVE_MS }).toBeLessThan(119);
    await expect.poll(() => clockSeconds(ari.page)).toBeLessThan(119);
    await bo.page.getByText('Look at them: gentle eye contact.').waitFor();
    await bo.page.getByText('Let them finish. No interrupting, no fixing.').waitFor();

    await button(bo.page, 'Pause').click();
    await bo.page.getByText('Paused', { exact: true }).first().waitFor();
    await ari.page.getByText('Paused', { exact: true }).first().waitFor({ timeout: LIVE_MS });
    await button(ari.page, 'Resume').waitFor();
    // Both show the same time left while paused.
    const [onAri, onBo] = [await clockSeconds(ari.page), await clockSeconds(bo.page)];
    expect(Math.abs(onAri - onBo)).toBeLessThanOrEqual(1);
    const frozen = await clockSeconds(bo.page);
    await bo.page.waitForTimeout(1500);
    expect(await clockSeconds(bo.page)).toBe(frozen);

    // Reduced motion: the ring steps instead of easing.
    await bo.page.emulateMedia({ reducedMotion: 'reduce' });
    const transition = await bo.page
      .locator('.listening-timer__fill')
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition).toBe('0s');
    await bo.page.emulateMedia({ reducedMotion: 'no-preference' });

    await expectAccessibleEverywhere(bo.page, 'bo-listening-paused');
    await expectAccessibleEverywhere(ari.page, 'ari-speaking-paused');
    await button(ari.page, 'Resume').click();
    await button(bo.page, 'Pause').waitFor({ timeout: LIVE_MS });
  });

  it('4. Ari finishes early, Bo reflects, and the roles swap', async () => {
    await button(ari.page, "I'm done").click();
    await bo.page.getByText("“What I'm hearing is … Is that right?”").waitFor();
    await bo.page.locator('.listening-reflect--now').waitFor({ timeout: LIVE_MS });
    // Ended early: both screens say so, with no time left counting and no "Time is up".
    for (const page of [ari.page, bo.page]) {
      await page.locator('.listening-timer').getByText('Turn ended').waitFor({ timeout: LIVE_MS });
      expect(await page.getByRole('timer').count()).toBe(0);
      expect(await page.getByText('Time is up').count()).toBe(0);
    }
    await button(bo.page, 'Swap roles').click();
    await bo.page.getByText('You speak, Ari listens.').waitFor();
    await ari.page.getByText('Bo speaks, you listen.').waitFor({ timeout: LIVE_MS });
    await ari.page.getByText('Turn 2 of 2').waitFor();
    // Bo picks a topic for their own turn, then starts.
    const topics = bo.page.getByRole('radiogroup', { name: 'A topic for your turn' });
    const first = topics.locator('.choice__label').first();
    await first.waitFor();
    const prompt = ((await first.textContent()) ?? '').trim();
    await choose(bo.page, 'A topic for your turn', prompt);
    await button(bo.page, 'Start my turn').click();
    await ari.page.getByText(prompt).waitFor({ timeout: LIVE_MS });
    await expect.poll(() => clockSeconds(ari.page), { timeout: LIVE_MS }).toBeLessThan(120);
    await button(bo.page, "I'm done").click();
    await button(ari.page, 'Finish').click();
    await ari.page.getByRole('heading', { name: 'Session ended' }).waitFor();
    await bo.page.getByRole('heading', { name: 'Session ended' }).waitFor({ timeout: LIVE_MS });
    await bo.page
      .getByText('You both had your turn. Thank you for listening to each other.')
      .waitFor();
  });

  it('5. each rates how heard they felt: Ari privately, Bo shared', async () => {
    const rating = (page: Page) =>
      page.getByRole('radiogroup', { name: 'How heard did you feel?' });
    await rating(ari.page).waitFor();
    await ari.page.getByText('Who sees this: Only you').waitFor();
    await expectAccessibleEverywhere(ari.page, 'ari-rate');
    await choose(ari.page, 'How heard did you feel?', '4');
    await button(ari.page, 'Save').click();
    await ari.page.getByText('You felt heard: 4 of 5.').waitFor();

    await choose(bo.page, 'How heard did you feel?', '5');
    await bo.page.getByText('Share this with Ari').click();
    await bo.page.getByText('Who sees this: Shared with Ari').waitFor();
    await button(bo.page, 'Save').click();
    await bo.page.getByText('You felt heard: 5 of 5.').waitFor();
    // Ari sees Bo's shared rating arrive live; Bo sees nothing of Ari's.
    await ari.page.getByText('Bo felt heard: 5 of 5.').waitFor({ timeout: LIVE_MS });
    await bo.page.reload();
    await bo.page.getByText('You felt heard: 5 of 5.').waitFor();
    expect(await bo.page.getByText(/Ari felt heard/).count()).toBe(0);
    expect((await sessionAs(bo, sessionId)).rating).toEqual({
      myTurn: 2,
      mine: { rating: 5, shared: true },
      partnerShared: null,
    });
    await expectAccessibleEverywhere(ari.page, 'ari-ended');
  });

  it('6. the summary counts the session; the listener sees no single rating', async () => {
    for (const person of [ari, bo]) {
      await person.page.goto('/listening');
      await mainHeading(person.page, 'Listening sessions');
      await person.page.getByText('1 session done').waitFor();
      await person.page
        .getByText('Your average as a listener shows here after a few rated sessions.')
        .waitFor();
    }
    await ari.page.getByText('Bo felt heard: 5 of 5.').waitFor();
    expect(await bo.page.getByText(/Ari felt heard/).count()).toBe(0);
    await expectAccessibleEverywhere(bo.page, 'bo-summary');
  });

  it('7. on one shared device, one screen shows both roles in turn', async () => {
    await ari.page.getByText('On this device, together').click();
    await choose(ari.page, 'Who speaks first?', 'Bo');
    await ari.page.getByRole('heading', { name: "A topic for Bo's turn" }).waitFor();
    await button(ari.page, 'Start the session').click();
    await ari.page.waitForURL(/\/listening\/[\w-]+$/);
    await ari.page.getByText('Bo speaks, you listen.').waitFor();
    await ari.page.getByRole('heading', { name: 'Bo is speaking' }).waitFor();
    await ari.page.getByRole('heading', { name: "You're listening" }).waitFor();
    await expectAccessibleEverywhere(ari.page, 'ari-shared-device');
    // Bo is right there: nothing waits on Bo's Today.
    const today = JSON.parse(await apiText(bo, '/api/today')) as { now: { kind: string }[] };
    expect(today.now.some((item) => item.kind === 'listening')).toBe(false);
    for (const step of ['Start the turn', 'Done speaking', 'Swap roles']) {
      await button(ari.page, step).click();
    }
    await ari.page.getByText('You speak, Bo listens.').waitFor();
    await ari.page.getByRole('heading', { name: "You're speaking" }).waitFor();
    await ari.page.getByRole('heading', { name: 'Bo is listening' }).waitFor();
    for (const step of ['Start the turn', 'Done speaking', 'Finish']) {
      await button(ari.page, step).click();
    }
    await ari.page.getByRole('heading', { name: 'Session ended' }).waitFor();
    await ari.page.getByText('Bo can say how heard they felt from their own account.').waitFor();
    await ari.page.getByRole('radiogroup', { name: 'How heard did you feel?' }).waitFor();
    expect([...ari.problems, ...bo.problems]).toEqual([]);
  });
});
