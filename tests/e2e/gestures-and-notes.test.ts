/**
 * Small gestures and appreciation notes, in a real browser with two people.
 * Ana sets a gesture aside (Kai learns nothing of it), does today's gesture,
 * and Kai sees it live and says thank you, which Ana sees live. Then Ana
 * sends Kai a thank-you note that arrives live, and leaves a second note
 * hidden until a minute ahead, picked in Ana's own time zone: before that
 * moment Kai gets nothing of it (not in the notes API, not in Today, not in
 * any live event, not on screen); at that moment it appears on Kai's open
 * notes screen by itself. Screens are checked with axe at 360 and 1280 px,
 * in light and dark.
 */
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wallTimeOf } from '../../src/core/wall-clock';
import type { GestureToday } from '../../src/shared/gestures-api';
import type { Today } from '../../src/shared/program-api';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { apiText, mainHeading, navigateTo, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Gestures and notes journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const THANKS = `Thank you for walking the dog in the rain ${token}`;
const HIDDEN = `Look in your coat pocket ${token}`;
/** Ana picks times in her own zone, far from the browser's (UTC). */
const ANA_ZONE = 'America/Sao_Paulo';
/** What Kai can reach about notes: compared before and after the hidden note is written. */
const KAI_API = ['/api/notes', '/api/today', '/api/gestures/today', '/api/notes/sent'];

async function gestureToday(person: Person): Promise<GestureToday> {
  return JSON.parse(await apiText(person, '/api/gestures/today')) as GestureToday;
}

/** Every live event this person's pages receive, with when it arrived (set before the pages load). */
async function recordLiveEvents(person: Person): Promise<void> {
  await person.context.addInitScript(() => {
    const seen: { at: number; data: string }[] = [];
    (window as unknown as { liveEvents: typeof seen }).liveEvents = seen;
    const Original = window.EventSource;
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener('message', (event) =>
          seen.push({ at: Date.now(), data: event.data }),
        );
      }
    };
  });
}

async function liveEvents(person: Person): Promise<{ at: number; data: string }[]> {
  return person.page.evaluate(
    () => (window as unknown as { liveEvents: { at: number; data: string }[] }).liveEvents ?? [],
  );
}

/** The type of a live event's data, or the data itself when it is not an event. */
function typeOf(data: string): string {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value === 'object' && value !== null && 'type' in value) return String(value.type);
  } catch {
    // Not JSON: reported as it is.
  }
  return data;
}

async function openFromMore(person: Person, link: string, heading: string): Promise<void> {
  await navigateTo(person.page, 'More');
  await person.page.getByRole('link', { name: new RegExp(`^${link}`) }).click();
  await mainHeading(person.page, heading);
}

suite(`small gestures and notes in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ana: Person;
  let kai: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ana = await openPerson(browser, server.baseUrl, 'Ana');
    kai = await openPerson(browser, server.baseUrl, 'Kai');
    await recordLiveEvents(kai);
    await recordLiveEvents(ana);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Ana sets a gesture aside: a new one is suggested, and nothing of it reaches Kai', async () => {
    await pairedThroughApi(ana, `ana-${token}@example.com`, kai, `kai-${token}@example.com`);
    const kaiBefore = await apiText(kai, '/api/gestures/today');

    await openFromMore(ana, 'Small gestures', 'Small gestures');
    const first = (await gestureToday(ana)).suggestion;
    expect(first).not.toBeNull();
    const main = ana.page.getByRole('main');
    await main.getByRole('heading', { name: first?.text }).waitFor();
    await main.getByText('Kai sees a gesture once you mark it done').waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-gesture');

    await main.getByRole('button', { name: 'Not for me' }).click();
    await expect.poll(async () => (await gestureToday(ana)).suggestion?.id).not.toBe(first?.id);
    const second = (await gestureToday(ana)).suggestion;
    await main.getByRole('heading', { name: second?.text }).waitFor();
    expect(await apiText(kai, '/api/gestures/today')).toBe(kaiBefore);
  });

  it('2. Ana does today’s gesture; Kai sees it live and says thank you; Ana sees that live', async () => {
    await kai.page.goto('/gestures');
    await mainHeading(kai.page, 'Small gestures');
    await kai.page.getByText('Nothing marked yet this week.').waitFor();

    const suggestion = (await gestureToday(ana)).suggestion;
    await ana.page.getByRole('main').getByRole('button', { name: 'I did it' }).click();
    await ana.page.getByText('Done today').waitFor();
    await ana.page.getByText('Kai can see it and say thank you.').waitFor();
    await ana.page.getByText('1 small gesture this week').waitFor();

    const fromAna = kai.page.getByRole('region', { name: 'From Ana this week' });
    await fromAna.getByText(suggestion?.text ?? '').waitFor();
    await expectAccessibleEverywhere(kai.page, 'kai-partner-gesture');
    await fromAna.getByRole('button', { name: 'Say thank you' }).click();
    await fromAna.getByText('You said thank you').waitFor();
    await ana.page.getByText('Kai said thank you.').waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-gesture-thanked');

    // Today: Ana's gesture is done; Kai's own is still there, and leads to the gestures screen.
    await navigateTo(kai.page, 'Today');
    const kaiOwn = (await gestureToday(kai)).suggestion;
    const kaiToday = JSON.parse(await apiText(kai, '/api/today')) as Today;
    const inNow = kaiToday.now.some((item) => item.kind === 'gesture');
    expect(inNow || kaiToday.waiting.some((item) => item.kind === 'gesture')).toBe(true);
    await kai.page.getByRole('main').getByRole('article').first().waitFor();
    // Past the first three things, it waits one tap away under "More for this week".
    if (!inNow) await kai.page.locator('summary.disclosure__summary').click();
    const card = kai.page.getByRole('article', { name: 'A small gesture' });
    await card.getByText(kaiOwn?.text ?? '').waitFor();
    await card.getByRole('link', { name: "See today's gesture" }).click();
    await mainHeading(kai.page, 'Small gestures');
    await navigateTo(ana.page, 'Today');
    await ana.page.getByRole('main').getByRole('article').first().waitFor();
    expect(await ana.page.getByRole('article', { name: 'A small gesture' }).count()).toBe(0);
  });

  it('3. the full list: Ana brings the gesture back', async () => {
    await ana.page.goto('/gestures/all');
    await mainHeading(ana.page, 'All small gestures');
    await ana.page.getByText('1 set aside').waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-gesture-list');
    await ana.page.getByRole('button', { name: 'Bring it back' }).click();
    await expect.poll(() => ana.page.getByText('1 set aside').count()).toBe(0);
  }, 180_000);

  it('4. a thank-you note arrives live, folded until Kai opens it', async () => {
    await kai.page.goto('/notes');
    await mainHeading(kai.page, 'Notes');
    await kai.page.getByText('No notes yet.').waitFor();

    await openFromMore(ana, 'Notes', 'Notes');
    await ana.page.getByLabel('Your words').fill(THANKS);
    await ana.page.getByRole('button', { name: 'Send now' }).click();
    await ana.page.getByRole('main').getByText('Sent. Kai can read it now.').waitFor();

    await kai.page.getByText('A note is waiting for you').waitFor();
    const card = kai.page.getByRole('article', { name: 'A thank-you' });
    await card.getByText('From Ana').waitFor();
    expect(await kai.page.getByText(THANKS).count()).toBe(0);
    await expectAccessibleEverywhere(kai.page, 'kai-note-waiting');
    await card.getByRole('button', { name: 'Open it' }).click();
    await card.getByText(THANKS).waitFor();
    await expectAccessibleEverywhere(kai.page, 'kai-note-opened');
  });

  it('5. a note hidden until a minute ahead reaches Kai then, and not a moment before', async () => {
    const zone = await ana.context.request.patch('/api/me', { data: { timeZone: ANA_ZONE } });
    expect(zone.status(), await zone.text()).toBe(200);
    await ana.page.goto('/notes');
    await mainHeading(ana.page, 'Notes');
    await kai.page.goto('/notes');
    await kai.page.getByRole('article', { name: 'A thank-you' }).waitFor();
    const kaiBefore = await Promise.all(KAI_API.map((path) => apiText(kai, path)));
    const kaiEventsBefore = (await liveEvents(kai)).length;

    await ana.page
      .getByRole('radiogroup', { name: 'What kind of note?' })
      .getByText('Note', { exact: true })
      .click();
    await ana.page.getByLabel('Your words').fill(HIDDEN);
    await ana.page.getByText('Hide it until a chosen time').click();
    await ana.page.getByText(`Your time (${ANA_ZONE}). Up to 30 days ahead.`).waitFor();
    // The accessibility pass runs before the time is chosen.
    await expectAccessibleEverywhere(ana.page, 'ana-note-hidden-form');
    // The next whole minute at least 25 s away (one accessibility pass runs before it), in Ana's own zone.
    const at = new Date(Math.ceil((Date.now() + 25_000) / 60_000) * 60_000);
    await ana.page.getByLabel('Found at').fill(wallTimeOf(at, ANA_ZONE));
    await ana.page.getByRole('button', { name: 'Leave it to be found' }).click();
    await ana.page
      .getByRole('main')
      .getByText(/^Left to be found /)
      .waitFor();
    const sent = ana.page.getByRole('region', { name: 'Notes you wrote' });
    await sent.getByText(/^Will be found /).waitFor();
    await expectAccessibleEverywhere(ana.page, 'ana-note-waiting');

    // Until then Kai gets nothing of it: the same API answers byte for byte, no event, no card.
    while (Date.now() < at.getTime() - 3000) {
      expect(await Promise.all(KAI_API.map((path) => apiText(kai, path)))).toEqual(kaiBefore);
      expect(await kai.page.getByText(HIDDEN).count()).toBe(0);
      expect(await kai.page.getByText('A note is waiting for you').count()).toBe(0);
      await kai.page.waitForTimeout(4000);
    }
    // No event tells of it before its time (a stream may still get unrelated ones, such as its
    // own reconnect). On a busy machine the steps above may take until its time: what arrives
    // from then on is the note's own arrival, checked below.
    const during = (await liveEvents(kai))
      .slice(kaiEventsBefore)
      .filter((e) => e.at < at.getTime())
      .map((e) => typeOf(e.data));
    expect(
      during.filter((type) => type.startsWith('note')),
      `events during the hidden time: ${during.join(', ')}`,
    ).toEqual([]);

    // Its time comes: Kai's open screen shows it by itself, without a reload.
    await kai.page.getByText('A note is waiting for you').waitFor({ timeout: 30_000 });
    const arrived = (await liveEvents(kai))
      .slice(kaiEventsBefore)
      .filter((e) => typeOf(e.data) === 'note.arrived');
    expect(arrived).toHaveLength(1);
    expect(arrived[0]?.at ?? 0).toBeGreaterThanOrEqual(at.getTime());
    const card = kai.page.getByRole('article', { name: 'A note', exact: true });
    await card.getByText(/^Left for you to find/).waitFor();
    await card.getByRole('button', { name: 'Open it' }).click();
    await card.getByText(HIDDEN).waitFor();
    // Ana's list looks again at the note's time, by itself: now it is with Kai.
    await expect.poll(() => sent.getByText(/^Will be found /).count(), { timeout: 10_000 }).toBe(0);
    await expectAccessibleEverywhere(kai.page, 'kai-note-found');
    expect([...ana.problems, ...kai.problems]).toEqual([]);
  }, 300_000);
});
