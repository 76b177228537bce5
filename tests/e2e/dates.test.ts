/**
 * A date, from idea to calendar, in two browsers: Ana and Ben each mark the
 * same idea privately (Ana yes, Ben maybe); the match appears for both —
 * live for Ana, who is looking at it. Ana plans it for tomorrow evening, Ben
 * sees it, Ana downloads its calendar file and makes a calendar-feed link, and
 * both are read back with a real iCalendar parser. A date already behind
 * them gets Ana's private reflection, and Today reminds both on the day.
 * Screens are checked with axe at 360 and 1280 px, in light and dark.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DateIdeas, DateMatches, PlannedDates } from '../../src/shared/dates-api';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person, snap } from './support/browser';
import { apiText, mainHeading, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Dates journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const PLACE = `The bench by the pond ${token}`;
const NOTES = `Bring the warm flask ${token}`;
const REFLECTION = `It felt easy and unhurried ${token}`;

async function openDates(person: Person, tab?: string): Promise<void> {
  await person.page.goto(tab ? `/dates?tab=${tab}` : '/dates');
  await mainHeading(person.page, 'Date nights');
  await person.page.getByRole('tablist', { name: 'Date nights' }).waitFor();
  await expectNoSkeleton(person.page);
}

async function expectNoSkeleton(page: Page): Promise<void> {
  await expect.poll(() => page.locator('main .skeleton').count()).toBe(0);
}

/** Narrows the library to free ideas at home, the same for both. */
async function filterHomeAndFree(page: Page): Promise<void> {
  const filters = page.getByRole('group', { name: 'Find ideas' });
  await filters.getByLabel('Where').selectOption({ label: 'At home' });
  await filters.getByLabel('Cost').selectOption({ label: 'Free' });
}

function card(page: Page, title: string) {
  return page.getByRole('main').getByRole('article', { name: title });
}

async function mark(page: Page, title: string, answer: 'Yes' | 'Maybe' | 'No'): Promise<void> {
  const group = card(page, title).getByRole('radiogroup', { name: `Your answer for ${title}` });
  await group.getByText(answer, { exact: true }).click();
  await expect
    .poll(() => group.getByRole('radio', { name: answer, exact: true }).isChecked())
    .toBe(true);
}

function tomorrow(): string {
  const day = new Date(Date.now() + 24 * 3600_000);
  return day.toISOString().slice(0, 10);
}

suite(`a date, matched and planned, in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let ana: Person;
  let ben: Person;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let ideaTitle = '';
  let otherTitle = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ana = await openPerson(browser, server.baseUrl, 'Ana');
    ben = await openPerson(browser, server.baseUrl, 'Ben');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Ana finds date nights under More and marks an idea yes, privately', async () => {
    await pairedThroughApi(ana, `ana-${token}@example.com`, ben, `ben-${token}@example.com`);

    await ana.page.goto('/more');
    await ana.page.getByRole('link', { name: /Date nights/ }).click();
    await mainHeading(ana.page, 'Date nights');
    await expectNoSkeleton(ana.page);
    const main = ana.page.getByRole('main');
    await main.getByText('Who sees this: Only you').first().waitFor();
    await filterHomeAndFree(ana.page);
    const ideas = JSON.parse(
      await apiText(ana, '/api/dates/ideas?setting=home&cost=free'),
    ) as DateIdeas;
    const [first, second] = ideas.ideas;
    if (!first || !second) throw new Error('expected free ideas at home');
    ideaTitle = first.title;
    otherTitle = second.title;
    await mark(ana.page, ideaTitle, 'Yes');
    // A "no" of Ana's is hers alone.
    await mark(ana.page, otherTitle, 'No');
    await main.getByText('You have answered 2 ideas so far.').waitFor();
  });

  it('1b. the library reads well and passes axe, phone and desktop, light and dark', async () => {
    await expectAccessibleEverywhere(ana.page, 'ana-ideas');
  }, 300_000);

  it('2. Ben says maybe to the same idea: the match appears for both, live for Ana', async () => {
    await openDates(ana, 'matches');
    await ana.page.getByRole('heading', { name: 'No matches yet' }).waitFor();

    await openDates(ben);
    await filterHomeAndFree(ben.page);
    // Ana's answers are not Ben's to see.
    expect(
      await card(ben.page, otherTitle).getByRole('radio', { name: 'No', exact: true }).isChecked(),
    ).toBe(false);
    await mark(ben.page, ideaTitle, 'Maybe');

    // Ana's open Matches tab fills in by itself.
    await ana.page.getByRole('heading', { name: '1 match' }).waitFor({ timeout: 10_000 });
    await card(ana.page, ideaTitle).getByText('A yes and a maybe').waitFor();
    await ben.page.getByRole('tab', { name: /Matches/ }).click();
    await ben.page.getByRole('heading', { name: '1 match' }).waitFor();
    // Ana's "no" on the other idea shows nowhere for Ben.
    const benMatches = JSON.parse(await apiText(ben, '/api/dates/matches')) as DateMatches;
    expect(benMatches.matches.map((m) => m.idea.title)).toEqual([ideaTitle]);
    await expectAccessibleEverywhere(ana.page, 'ana-matches');
  }, 300_000);

  it('3. Ana plans the match for tomorrow evening; Ben sees it planned', async () => {
    await card(ana.page, ideaTitle).getByRole('button', { name: 'Plan it' }).click();
    const dialog = ana.page.getByRole('dialog', { name: 'Plan this date' });
    await dialog.waitFor();
    await dialog.getByLabel('Day').fill(tomorrow());
    await dialog.getByLabel('Time', { exact: true }).fill('19:30');
    await dialog.getByLabel('How long').selectOption({ label: '2 hours' });
    await dialog.getByLabel('Place (optional)').fill(PLACE);
    await dialog.getByLabel('Notes (optional)').fill(NOTES);
    await dialog.getByText('Shared with Ben').waitFor();
    await snap(ana.page, 'ana-plan-dialog-360');
    await dialog.getByRole('button', { name: 'Plan this date' }).click();
    await dialog.waitFor({ state: 'detached' });
    await card(ana.page, ideaTitle).getByRole('link', { name: 'Planned: see it' }).click();
    const planned = card(ana.page, ideaTitle);
    await planned.getByText(PLACE).waitFor();
    await planned.getByText(NOTES).waitFor();

    await openDates(ben, 'planned');
    await card(ben.page, ideaTitle).getByText(PLACE).waitFor();
    const dates = JSON.parse(await apiText(ben, '/api/dates')) as PlannedDates;
    expect(dates.upcoming.map((d) => [d.title, d.start])).toEqual([
      [ideaTitle, `${tomorrow()}T19:30`],
    ]);
  });

  it('4. Ana downloads the date for her calendar: a real iCalendar file, in neutral words', async () => {
    await openDates(ana, 'planned');
    const planned = card(ana.page, ideaTitle);
    const [download] = await Promise.all([
      ana.page.waitForEvent('download'),
      planned.getByRole('link', { name: 'Add to calendar (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`time-together-${tomorrow()}.ics`);
    const text = readFileSync(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(1);
    expect(events[0]?.summary).toBe('Time together');
    expect(events[0]?.location).toBe(PLACE);
    expect(events[0]?.startDate.toJSDate().toISOString()).toBe(`${tomorrow()}T19:30:00.000Z`);
    expect(text).not.toContain(ideaTitle);
    expect(text).not.toContain(NOTES);
  });

  it('5. Ana makes a calendar-feed link: shown once, and a calendar app can read it', async () => {
    const feed = ana.page.getByRole('region', { name: 'In your calendar' });
    await feed.getByText('No calendar link yet.').waitFor();
    await feed.getByRole('button', { name: 'Make a calendar link' }).click();
    const field = feed.getByLabel('Your private calendar link');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await feed.getByRole('link', { name: 'Open in calendar app' }).waitFor();
    expect(
      await feed.getByRole('link', { name: 'Open in calendar app' }).getAttribute('href'),
    ).toBe(url.replace(/^http:/, 'webcal:'));
    await expectAccessibleEverywhere(ana.page, 'ana-planned-feed');

    // A calendar app carries no session: a fresh context reads the feed by its address alone.
    const app = await browser.newContext();
    try {
      const res = await app.request.get(url);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      const events = new ICAL.Component(ICAL.parse(await res.text()))
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v));
      expect(events.map((e) => [e.summary, e.location])).toEqual([['Time together', PLACE]]);
    } finally {
      await app.close();
    }

    // Ben sees that a link is on, not the link itself.
    await openDates(ben, 'planned');
    await ben.page.getByText('Your calendar link is on.', { exact: false }).waitFor();
    expect(await ben.page.getByRole('main').textContent()).not.toContain(url);
  }, 300_000);

  it('6. after a date, Ana writes a few words, just for her', async () => {
    const start = new Date(Date.now() - 3 * 3600_000).toISOString().slice(0, 16);
    const res = await ana.context.request.post('/api/dates', {
      data: { title: 'Sunday walk', start, timeZone: 'UTC', durationMinutes: 60 },
    });
    expect(res.status(), await res.text()).toBe(201);
    await openDates(ana, 'past');
    const past = card(ana.page, 'Sunday walk');
    await past.getByLabel('How was it?').fill(REFLECTION);
    await past.getByText('Who sees this: Only you').waitFor();
    await past.getByRole('button', { name: 'Save' }).click();
    await past.getByText(REFLECTION).waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-past');

    const forBen = await apiText(ben, '/api/dates');
    expect(forBen).toContain('Sunday walk');
    expect(forBen).not.toContain(REFLECTION);
    await openDates(ben, 'past');
    await expectAccessibleEverywhere(ben.page, 'ben-past');
    expect([...ana.problems, ...ben.problems]).toEqual([]);
  }, 300_000);

  it('7. on the day, Today reminds both of them, gently', async () => {
    const soon = new Date(Date.now() + 15 * 60_000);
    // Only when "soon" is still today (in UTC, the couple's zone here).
    if (soon.toISOString().slice(0, 10) !== new Date().toISOString().slice(0, 10)) return;
    const res = await ben.context.request.post('/api/dates', {
      data: {
        title: 'Tea on the balcony',
        start: soon.toISOString().slice(0, 16),
        timeZone: 'UTC',
        durationMinutes: 30,
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    for (const person of [ana, ben]) {
      await person.page.goto('/');
      await mainHeading(person.page, 'Today');
      const reminder = person.page.getByRole('main').getByRole('article', {
        name: /^(Time together today|Date night tonight)$/,
      });
      await reminder.getByText(/Tea on the balcony, at \d\d:\d\d\./).waitFor();
    }
    await expectAccessibleEverywhere(ana.page, 'ana-today-reminder');
    expect([...ana.problems, ...ben.problems]).toEqual([]);
  }, 300_000);
});
