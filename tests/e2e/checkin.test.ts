/**
 * A full weekly check-in in a real browser, both partners live on their own
 * devices: Ari proposes a day and time, Bo accepts from Today; each prepares
 * privately (Bo keeps a concern to themself); they start focus mode and walk
 * through it step by step — each step's notes appear only then, on both
 * screens — add an agreement and finish. Screens are checked with axe at 360
 * and 1280 px, in light and dark.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { mainHeading, mainText, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Check-in journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const ARI = {
  appreciation: `Ari valued the soup on Tuesday ${token}`,
  success: `Ari: we walked twice ${token}`,
  concern: `Ari worries about late screens ${token}`,
  goals: `Ari hopes for a slow Sunday ${token}`,
};
const BO = {
  appreciation: `Bo valued the morning tea ${token}`,
  success: `Bo finished the shelf ${token}`,
  concern: `Bo keeps this one private ${token}`,
  goals: `Bo wants one evening out ${token}`,
};
const AGREEMENT = `Phones in the drawer after nine ${token}`;

async function openCheckin(person: Person): Promise<void> {
  await person.page.goto('/checkin');
  await mainHeading(person.page, 'Weekly check-in');
  await person.page.getByRole('heading', { name: 'Your day and time' }).waitFor();
}

async function prepare(person: Person, notes: typeof ARI, keepConcern: boolean): Promise<void> {
  const { page } = person;
  const form = page.getByRole('region', { name: 'Prepare, just for you' });
  await form.getByLabel(/^Something you appreciated about/).fill(notes.appreciation);
  await form.getByLabel('A success this week: yours, theirs or shared').fill(notes.success);
  await form.getByLabel('Something that concerns you').fill(notes.concern);
  if (keepConcern) await form.getByText('Keep this to myself this week').click();
  await form.getByLabel('Goals and expectations for the coming week').fill(notes.goals);
}

/** Chooses a 1–10 rating by keyboard: Home chooses 1, then one step right per point. */
async function rateOneToTen(slider: ReturnType<Page['getByRole']>, value: number): Promise<void> {
  await slider.focus();
  await slider.press('Home');
  for (let i = 1; i < value; i += 1) await slider.press('ArrowRight');
  expect(await slider.getAttribute('aria-valuetext')).toBe(`${value} out of 10`);
}

/** The focus-mode region of a page. */
function focus(page: Page) {
  return page.getByRole('region', { name: 'Focus mode of your check-in' });
}

async function stepHeading(person: Person, name: string): Promise<void> {
  await focus(person.page).getByRole('heading', { level: 2, name, exact: true }).waitFor();
}

/** What the focus screen shows, as text. */
async function focusText(person: Person): Promise<string> {
  return ((await focus(person.page).textContent()) ?? '').replace(/\s+/g, ' ');
}

suite(`a weekly check-in, both partners live, in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ari: Person;
  let bo: Person;

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

  it('1. Ari proposes a day and time from the More page; Bo accepts it from Today', async () => {
    await pairedThroughApi(ari, `ari-${token}@example.com`, bo, `bo-${token}@example.com`);

    await ari.page.goto('/more');
    await ari.page.getByRole('link', { name: /Weekly check-in/ }).click();
    await mainHeading(ari.page, 'Weekly check-in');
    const schedule = ari.page.getByRole('region', { name: 'Your day and time' });
    await schedule.getByText("You haven't agreed on a day yet.", { exact: false }).waitFor();
    await schedule.getByLabel('Day').selectOption({ label: 'Sunday' });
    await schedule.getByLabel('Time').fill('19:00');
    await expectAccessibleEverywhere(ari.page, 'ari-schedule');
    await schedule.getByRole('button', { name: 'Propose', exact: true }).click();
    await schedule.getByText("You proposed Sunday at 19:00. It's set once Bo accepts.").waitFor();

    // Bo's Today asks for an answer (under "More for this week" while newer steps come first).
    await bo.page.goto('/');
    await mainHeading(bo.page, 'Today');
    const card = bo.page.getByRole('article', { name: 'A check-in time waits for your answer' });
    await bo.page.getByRole('main').getByRole('article').first().waitFor();
    if (!(await card.isVisible())) await bo.page.getByText('More for this week').click();
    await card.waitFor();
    await card.getByRole('link', { name: 'Answer' }).click();
    await mainHeading(bo.page, 'Weekly check-in');
    await bo.page.getByText('Ari proposes Sunday at 19:00.').waitFor();
    await bo.page.getByRole('button', { name: 'Accept' }).click();
    const agreed = (person: Person) =>
      person.page
        .getByRole('region', { name: 'Your day and time' })
        .getByText('Every Sunday at 19:00')
        .waitFor();
    await agreed(bo);
    // Ari's page follows live.
    await agreed(ari);
  });

  it('2. each prepares privately; nothing of it reaches the other', async () => {
    await openCheckin(ari);
    await prepare(ari, ARI, false);
    for (const slider of await ari.page.getByRole('slider').all()) await rateOneToTen(slider, 7);
    await expectAccessibleEverywhere(ari.page, 'ari-prepare');
    await ari.page.getByRole('button', { name: 'Save my notes' }).click();
    await ari.page
      .getByText('Saved. These stay with you until their step comes.')
      .first()
      .waitFor();

    await openCheckin(bo);
    await prepare(bo, BO, true);
    await bo.page
      .getByText("Kept to yourself: Ari won't see it, not even in your check-in.")
      .waitFor();
    await bo.page.getByRole('button', { name: 'Save my notes' }).click();
    await bo.page.getByText('Saved. These stay with you until their step comes.').first().waitFor();

    await ari.page.reload();
    await mainHeading(ari.page, 'Weekly check-in');
    await ari.page.getByRole('heading', { name: 'Your next check-in' }).waitFor();
    const ariSees = await mainText(ari.page);
    const boSees = await mainText(bo.page);
    for (const words of Object.values(BO)) expect(ariSees).not.toContain(words);
    for (const words of Object.values(ARI)) expect(boSees).not.toContain(words);
    // The ratings were saved as Ari's weekly pulse.
    const pulse = await ari.context.request.get('/api/pulse');
    expect((await pulse.json()).mine).toEqual({
      emotional: 7,
      physical: 7,
      intellectual: 7,
      talk: 7,
    });
  });

  it('3. focus mode, step by step: each step’s notes appear only then, on both screens', async () => {
    await ari.page.getByRole('button', { name: 'Start together' }).click();
    await ari.page.waitForURL((url) => url.pathname === '/checkin/focus');
    await stepHeading(ari, 'Appreciations');
    // Bo's page learns it has started, and Bo joins.
    await bo.page.getByRole('link', { name: 'Join your check-in' }).click();
    await stepHeading(bo, 'Appreciations');
    // The navigation steps aside; the Exit button stays.
    expect(await bo.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await bo.page.getByRole('button', { name: /exit/i }).first().isVisible()).toBe(true);

    const steps: [string, keyof typeof ARI][] = [
      ['Appreciations', 'appreciation'],
      ['Successes', 'success'],
      ['Concerns', 'concern'],
      ['The week ahead', 'goals'],
    ];
    for (const [index, [name, note]] of steps.entries()) {
      await stepHeading(ari, name);
      await stepHeading(bo, name);
      await focus(ari.page).getByText(ARI[note]).waitFor();
      const later = steps.slice(index + 1).map(([, n]) => n);
      for (const person of [ari, bo]) {
        const text = await focusText(person);
        if (note !== 'concern') {
          expect(text).toContain(ARI[note]);
          expect(text).toContain(BO[note]);
        }
        for (const n of later) {
          expect(text).not.toContain(ARI[n]);
          expect(text).not.toContain(BO[n]);
        }
      }
      if (note === 'concern') {
        // Ari's concern reaches Bo; Bo's, kept private, never reaches Ari.
        expect(await focusText(bo)).toContain(ARI.concern);
        expect(await focusText(ari)).not.toContain(BO.concern);
        await focus(ari.page).getByText('Nothing from Bo for this step.').waitFor();
        await focus(bo.page).getByText('You kept your concern to yourself this week.').waitFor();
      }
      if (index === 0) await expectAccessibleEverywhere(bo.page, 'bo-focus-appreciations');
      if (note === 'concern') await expectAccessibleEverywhere(ari.page, 'ari-focus-concerns');
      // Either partner moves both screens on.
      const mover = index % 2 === 0 ? bo : ari;
      await focus(mover.page).getByRole('button', { name: 'Next' }).click();
    }
  });

  it('4. they agree on something and finish, together', async () => {
    await stepHeading(ari, 'Agreements');
    await stepHeading(bo, 'Agreements');
    await focus(bo.page).getByText('No agreements to look back on this time.').waitFor();
    await focus(ari.page).getByLabel('A new agreement').fill(AGREEMENT);
    await focus(ari.page).getByRole('button', { name: 'Add', exact: true }).click();
    // It appears on Bo's screen live.
    await focus(bo.page).getByText(AGREEMENT).waitFor();
    await expectAccessibleEverywhere(bo.page, 'bo-focus-agreements');
    await focus(bo.page).getByRole('button', { name: 'Finish' }).click();
    for (const person of [ari, bo]) {
      await focus(person.page).getByRole('heading', { name: 'Well done, both of you' }).waitFor();
      await focus(person.page).getByText(AGREEMENT).waitFor();
    }
    await expectAccessibleEverywhere(ari.page, 'ari-focus-done');

    // Back on the check-in page: next week's check-in, and the agreement waits to be reviewed.
    await focus(ari.page).getByRole('link', { name: 'Back to your check-in' }).click();
    await mainHeading(ari.page, 'Weekly check-in');
    const agreements = ari.page.getByRole('region', { name: 'Your agreements' });
    await agreements.getByText(AGREEMENT).waitFor();
    await agreements.getByText('To look back on next time').waitFor();
    expect(await ari.page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true);

    // Ari's history keeps Ari's notes and the shared agreement, none of Bo's words.
    await ari.page.getByRole('link', { name: 'Past check-ins' }).click();
    await mainHeading(ari.page, 'Past check-ins');
    await ari.page.getByText(ARI.appreciation).waitFor();
    const history = await mainText(ari.page);
    expect(history).toContain(AGREEMENT);
    for (const words of Object.values(BO)) expect(history).not.toContain(words);
    await expectAccessibleEverywhere(ari.page, 'ari-history');
    expect([...ari.problems, ...bo.problems]).toEqual([]);
  });
});
