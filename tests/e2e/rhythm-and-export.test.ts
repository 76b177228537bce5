/**
 * Keep it going, and your data, in a real browser with two people. Ana
 * answers the day's question and gives her weekly pulse, then reads her
 * weeks: this week's rhythm, counted gently. She names a life event (a new
 * baby) on her plan: the plan gets lighter, for Kai too, who sees it added
 * by Ana; then it is over and the plan is as before. Finally Ana downloads
 * her data from Settings after giving her password again: the JSON file is
 * parsed and holds her words and none of Kai's, and the readable page opens.
 * Screens are checked with axe at 360 and 1280 px, in light and dark.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../src/shared/export-api';
import type { Plan } from '../../src/shared/program-api';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person, snap, WIDE } from './support/browser';
import {
  apiText,
  mainHeading,
  navigateTo,
  PASSWORD,
  signUpThroughApi,
} from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Rhythm and export journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const ANA_ANSWER = `Our Sunday walks, mostly ${token}`;
const KAI_PRIVATE = `Kai keeps this to himself ${token}`;

/** A check whose main cause is routine and boredom: the plan then holds the weekly challenge. */
function check() {
  const items: Record<string, { now: number; wish: number }> = {};
  for (const kind of ['emo', 'phy', 'int'])
    for (let i = 1; i <= 7; i++) items[`check-${kind}-${i}`] = { now: 4, wish: 8 };
  return { items, causes: { 'same-days': 3 }, signs: [] };
}

async function post(person: Person, path: string, data: unknown): Promise<string> {
  const res = await person.context.request.post(path, { data });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return res.text();
}

const DAY = 24 * 3600 * 1000;
/** Live updates (server-sent events, then a refetch) must show within this. */
const LIVE_MS = 5_000;

/** Real time, moved back by whole days: Ana's first weeks happen weeks ago. */
function shiftedClock() {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    daysAgo: (days: number) => {
      offset = -days * DAY;
    },
  };
}

async function planOf(person: Person): Promise<Plan> {
  return JSON.parse(await apiText(person, '/api/plan')) as Plan;
}

suite(`your weeks, life events and your data in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ana: Person;
  let kai: Person;
  const clock = shiftedClock();

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer({ clock });
    ana = await openPerson(browser, server.baseUrl, 'Ana');
    kai = await openPerson(browser, server.baseUrl, 'Kai');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** At a day of the past: a fresh session (sessions last a day), then today's question answered. */
  async function answerOn(daysAgo: number, text: string): Promise<void> {
    clock.daysAgo(daysAgo);
    await post(ana, '/api/auth/login', { email: `ana-${token}@example.com`, password: PASSWORD });
    const today = JSON.parse(await apiText(ana, '/api/questions/today')) as {
      question: { id: string };
    };
    const answer = await ana.context.request.put(`/api/questions/${today.question.id}/answer`, {
      data: { text },
    });
    expect(answer.status(), await answer.text()).toBe(200);
  }

  it('1. after some activity, weeks ago and today, Ana reads her weeks, counted gently', async () => {
    // Ana joined on the Monday three weeks ago and kept her rhythm in that first week.
    const monday = ((new Date().getUTCDay() + 6) % 7) + 21;
    clock.daysAgo(monday);
    await signUpThroughApi(ana, `ana-${token}@example.com`);
    await post(ana, '/api/check/responses', check());
    await post(ana, '/api/pulse', { emotional: 5, physical: 5, intellectual: 6, talk: 5 });
    for (const day of [0, 1, 2, 3]) await answerOn(monday - day, `Early days ${day}`);
    // Then quiet weeks; today she is back.
    await answerOn(0, ANA_ANSWER);
    await post(ana, '/api/pulse', { emotional: 6, physical: 5, intellectual: 7, talk: 6 });
    await signUpThroughApi(kai, `kai-${token}@example.com`);
    const invite = JSON.parse(await post(ana, '/api/couple/invites', {})) as { code: string };
    await post(kai, '/api/couple/join', { code: invite.code });
    await post(kai, '/api/check/responses', check());
    // Kai writes something private: it must never reach Ana's export.
    const prompts = JSON.parse(await apiText(kai, '/api/vulnerability')) as {
      prompts: { id: string }[];
    };
    const wrote = await kai.context.request.put(
      `/api/vulnerability/prompts/${prompts.prompts[0]?.id}/entry`,
      { data: { text: KAI_PRIVATE } },
    );
    expect(wrote.status(), await wrote.text()).toBe(200);

    await ana.page.goto('/');
    await navigateTo(ana.page, 'More');
    await ana.page.getByRole('link', { name: /^Your weeks/ }).click();
    await mainHeading(ana.page, 'Your weeks');
    const main = ana.page.getByRole('main');
    await main.getByText('Welcome back. It’s good to see you this week.').waitFor();
    await main.getByText('You kept your rhythm 1 of the last 3 weeks.').waitFor();
    await main.getByText('Only you see your weeks. Kai has their own.').waitFor();
    expect(await main.getByText('A quiet week').count()).toBeGreaterThan(0);
    expect(await main.getByText('Rhythm kept').count()).toBeGreaterThan(0);
    // No streak, nothing missed: never those words.
    expect(await main.getByText(/streak|missed|broke/i).count()).toBe(0);
    const week = main
      .getByRole('listitem')
      .filter({ has: ana.page.getByRole('heading', { name: 'This week' }) });
    await week.getByText('So far').waitFor();
    const question = week.getByRole('listitem').filter({ hasText: 'Daily question' });
    await question.getByText('1 of 7 days').waitFor();
    await week
      .getByRole('listitem')
      .filter({ hasText: 'Weekly pulse' })
      .getByText('Done')
      .waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-weeks');
  }, 180_000);

  it('2. a life event reshapes the plan, for both, until it is over', async () => {
    // Kai has his plan open (its live stream connected) before Ana names anything.
    const kaiLive = kai.page.waitForResponse(
      (response) => response.url().endsWith('/api/events') && response.status() === 200,
    );
    await kai.page.goto('/plan');
    await mainHeading(kai.page, 'Your plan');
    await kaiLive;
    const kaiCard = kai.page.getByRole('region', { name: 'Life right now' });
    await kaiCard.getByText('Nothing here.', { exact: false }).waitFor();
    await kai.page.evaluate(() => {
      (window as unknown as { e2eMark?: boolean }).e2eMark = true;
    });

    await ana.page.goto('/plan');
    await mainHeading(ana.page, 'Your plan');
    const card = ana.page.getByRole('region', { name: 'Life right now' });
    await card.getByText('Nothing here.', { exact: false }).waitFor();
    expect((await planOf(ana)).rhythm.map((r) => r.id)).toContain('novelty-challenge');

    await card.getByRole('button', { name: 'Add what’s going on' }).click();
    await card
      .getByRole('radiogroup', { name: 'What’s going on?' })
      .getByText('A new baby')
      .click();
    await card.getByText('Shared with Kai').waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-life-event-form');
    await card.getByRole('button', { name: 'Add', exact: true }).click();
    await card.getByText('Adjusted for a new baby: just a few short things for now.').waitFor();
    await card.getByRole('heading', { name: 'A new baby' }).waitFor();
    const rhythm = ana.page.getByRole('region', { name: 'Your weekly rhythm' });
    await expect.poll(() => rhythm.getByText('Weekly challenge').count()).toBe(0);
    const plan = await planOf(ana);
    expect(plan.adjustedFor).toEqual(['new-baby']);
    expect(plan.rhythm.find((r) => r.id === 'daily-question')?.timesPerWeek).toBe(3);
    await ana.page
      .getByText('With a new baby, we’ve moved Touch and Connect up for now.', { exact: false })
      .waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-plan-adjusted');

    // Kai's open plan changed too, live, and he sees who added it.
    await kaiCard.getByText('added by Ana', { exact: false }).waitFor({ timeout: LIVE_MS });
    await kaiCard.getByText('Adjusted for a new baby', { exact: false }).waitFor();
    expect(
      await kai.page.evaluate(() => (window as unknown as { e2eMark?: boolean }).e2eMark),
    ).toBe(true);
    await expectAccessibleEverywhere(kai.page, 'kai-plan-adjusted');

    // It is over: back to the usual plan, and it moves under "Earlier".
    await card.getByRole('button', { name: 'It’s over now' }).click();
    await expect
      .poll(() => card.getByText('Adjusted for a new baby', { exact: false }).count())
      .toBe(0);
    await card.getByText('Earlier').click();
    await expect.poll(async () => (await planOf(ana)).adjustedFor).toEqual([]);
    await rhythm.getByText('Weekly challenge').waitFor();
    await snap(ana.page, 'ana-plan-after');
    // Kai's open plan is back to the usual one as well, without a reload.
    await expect
      .poll(() => kaiCard.getByText('Adjusted for a new baby', { exact: false }).count(), {
        timeout: LIVE_MS,
      })
      .toBe(0);
    await kaiCard.getByText('Earlier').waitFor();
  }, 180_000);

  it('3. Ana downloads her data after giving her password again', async () => {
    await ana.page.goto('/settings');
    await mainHeading(ana.page, 'Settings');
    const section = ana.page.getByRole('region', { name: 'Your data' });
    await section.getByText('Your partner’s words are not in it', { exact: false }).waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-settings-data');

    await section.getByRole('button', { name: 'Download your data' }).click();
    const dialog = ana.page.getByRole('alertdialog', { name: 'Download your data' });
    await dialog.getByLabel('Your password').fill('not my password at all');
    await dialog.getByRole('button', { name: 'Download' }).click();
    await dialog.getByText(/That password isn.t right/).waitFor();
    await dialog.getByLabel('Your password').fill(PASSWORD);
    await expectAccessibleEverywhere(ana.page, 'ana-export-dialog');
    const [json] = await Promise.all([
      ana.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(json.suggestedFilename()).toMatch(/^rekindle-\d{4}-\d{2}-\d{2}\.json$/);
    const text = readFileSync((await json.path()) ?? '', 'utf8');
    const doc = JSON.parse(text) as ExportDocument;
    expect(doc.format).toBe('rekindle-export');
    expect(doc.person.displayName).toBe('Ana');
    expect(doc.writings.map((w) => w.text)).toContain(ANA_ANSWER);
    expect(doc.records.map((r) => r.table)).toEqual(
      expect.arrayContaining(['pulses', 'check_results', 'life_events']),
    );
    expect(text).not.toContain(KAI_PRIVATE);
    await section.getByText('Your download has started.', { exact: false }).waitFor();

    // The readable page: downloaded, then opened in the browser as a person would.
    await section.getByRole('button', { name: 'Download your data' }).click();
    await dialog.getByText('A page to read or print').click();
    await dialog.getByLabel('Your password').fill(PASSWORD);
    const [html] = await Promise.all([
      ana.page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download' }).click(),
    ]);
    const page = readFileSync((await html.path()) ?? '', 'utf8');
    expect(page).toContain(ANA_ANSWER);
    expect(page).not.toContain(KAI_PRIVATE);
    const reader = await ana.context.newPage();
    await reader.setContent(page);
    await reader.getByRole('heading', { name: 'Everything you wrote in Rekindle' }).waitFor();
    await reader.getByText(ANA_ANSWER).waitFor();
    await snap(reader, 'export-page-360');
    await reader.setViewportSize(WIDE);
    await snap(reader, 'export-page-1280');
    await reader.close();
    expect([...ana.problems, ...kai.problems]).toEqual([]);
  }, 180_000);
});
