/**
 * Play, in a real browser with two people on two "phones": Robin and Sam
 * accept the week's challenge (each sees the other is in, live), do it, and
 * write reflections — Robin's stays private until Robin shares it. A hobby
 * shows as theirs only once both picked it. A trip both want is planned,
 * and a checklist item Robin added is ticked by Sam. Screens are checked
 * with axe at 360 and 1280 px, in light and dark.
 */
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentChallenge } from '../../src/shared/challenges-api';
import type { Hobbies, Travel } from '../../src/shared/interests-api';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { apiText, mainHeading, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Play journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const ROBIN_REFLECTION = `Robin loved the flour on every surface ${token}`;
const SAM_REFLECTION = `Sam wants to do it again ${token}`;
const CHECKLIST_ITEM = `Book the early train ${token}`;

async function openFromMore(person: Person, link: string, heading: string): Promise<void> {
  await person.page.goto('/more');
  await mainHeading(person.page, 'More');
  await person.page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`^${link}`) })
    .click();
  await mainHeading(person.page, heading);
}

suite(`play: challenge, hobbies and travel in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let robin: Person;
  let sam: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    robin = await openPerson(browser, server.baseUrl, 'Robin');
    sam = await openPerson(browser, server.baseUrl, 'Sam');
    await pairedThroughApi(robin, `robin-${token}@example.com`, sam, `sam-${token}@example.com`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. the week’s challenge: both say they are in, each sees the other live', async () => {
    const current = JSON.parse(await apiText(robin, '/api/challenges/current')) as CurrentChallenge;
    const title = current.current?.challenge.title ?? '';
    expect(title).not.toBe('');

    await openFromMore(robin, 'Weekly challenge', 'Try something new');
    await robin.page.getByRole('heading', { name: title }).waitFor();
    await robin.page.getByText('Only you will know.', { exact: false }).waitFor();
    await expectAccessibleEverywhere(robin.page, 'challenge-open');

    await openFromMore(sam, 'Weekly challenge', 'Try something new');
    const samStand = sam.page.getByRole('list', { name: 'Where you both stand' });
    expect(await samStand.getByText('In', { exact: true }).count()).toBe(0);

    await robin.page.getByRole('button', { name: "I'm in", exact: true }).click();
    await robin.page.getByText("You're in. Once Sam is in too, it's on.").waitFor();
    // Sam's screen hears of it without a reload: "Robin · In".
    await samStand.getByText('In', { exact: true }).waitFor();
    await expectAccessibleEverywhere(sam.page, 'challenge-partner-in');

    // On Sam's Today, Robin's "I'm in" is a warm nudge: after the first week's basics
    // (the private questions, the day's question, the primer), so under "More for this week".
    await sam.page.goto('/');
    await mainHeading(sam.page, 'Today');
    const nudge = sam.page.getByRole('article', { name: "This week's challenge" });
    await sam.page.getByText('More for this week').click();
    await nudge.getByText('Robin is in.').waitFor();
    await expectAccessibleEverywhere(sam.page, 'today-challenge');
    await nudge.getByRole('link').click();
    await mainHeading(sam.page, 'Try something new');

    await sam.page.getByRole('button', { name: "I'm in", exact: true }).click();
    await sam.page.getByText("You're both in. Find a moment this week").waitFor();
    await robin.page.getByText("You're both in. Find a moment this week").waitFor();
  });

  it('2. done together, with a reflection each: Robin’s stays private until shared', async () => {
    await robin.page.getByRole('button', { name: 'We did it' }).click();
    await robin.page.getByText('Done. Well done, you two.', { exact: true }).waitFor();
    await sam.page.getByText('Done. Well done, you two.', { exact: true }).waitFor();

    const box = robin.page.getByLabel('A few words on how it went');
    await box.fill(ROBIN_REFLECTION);
    const robinCard = robin.page.locator('.challenge-reflection');
    await robinCard.getByText('Who sees this: Only you').waitFor();
    await robin.page.getByRole('button', { name: 'Save', exact: true }).click();
    await robin.page.getByText(ROBIN_REFLECTION).waitFor();

    await sam.page.getByLabel('A few words on how it went').fill(SAM_REFLECTION);
    await sam.page.getByText('Share with Robin').click();
    await sam.page
      .locator('.challenge-reflection')
      .getByText('Who sees this: Shared with Robin')
      .waitFor();
    await sam.page.getByRole('button', { name: 'Save', exact: true }).click();
    await sam.page.getByText(SAM_REFLECTION).waitFor();
    await robin.page.getByText(SAM_REFLECTION).waitFor();
    // Robin's private words reach Sam nowhere: not the page, not the API.
    await sam.page.reload();
    await mainHeading(sam.page, 'Try something new');
    await sam.page.getByText(SAM_REFLECTION).waitFor();
    expect(await sam.page.content()).not.toContain(ROBIN_REFLECTION);
    expect(await apiText(sam, '/api/challenges/current')).not.toContain(ROBIN_REFLECTION);
    await expectAccessibleEverywhere(robin.page, 'challenge-done');

    // Shared by choice, later.
    await robin.page.getByRole('button', { name: 'Edit' }).click();
    await robin.page.getByText('Share with Sam').click();
    await robin.page.getByRole('button', { name: 'Save', exact: true }).click();
    await sam.page.getByText(ROBIN_REFLECTION).waitFor();
  });

  it('3. a hobby shows as shared only once both picked it', async () => {
    const hobbies = (JSON.parse(await apiText(robin, '/api/hobbies')) as Hobbies).hobbies;
    const [first, second] = hobbies;
    if (!first || !second) throw new Error('no hobbies');

    await openFromMore(robin, 'Shared hobbies', 'Shared hobbies');
    const mark = (person: Person, title: string, value: string) =>
      person.page
        .getByRole('radiogroup', { name: `Your mark for ${title}` })
        .getByText(value, { exact: true })
        .click();
    await mark(robin, first.title, 'Yes');
    await mark(robin, second.title, 'No');
    await robin.page.getByText('Nothing in common yet.', { exact: false }).waitFor();

    await openFromMore(sam, 'Shared hobbies', 'Shared hobbies');
    const samMatches = sam.page.getByRole('region', { name: 'What you both enjoy' });
    await samMatches.getByText('Nothing in common yet.', { exact: false }).waitFor();
    await mark(sam, second.title, 'Yes');
    // Robin's "no" reads exactly like no mark: still nothing in common.
    await sam.page.waitForTimeout(300);
    await samMatches.getByText('Nothing in common yet.', { exact: false }).waitFor();
    await mark(sam, first.title, 'Maybe');
    await samMatches.getByText(first.title).waitFor();
    await samMatches.getByText('A yes and a maybe').waitFor();
    expect(await samMatches.getByText(second.title).count()).toBe(0);
    // Robin's screen hears of the new match live.
    const robinMatches = robin.page.getByRole('region', { name: 'What you both enjoy' });
    await robinMatches.getByText(first.title).waitFor();
    await expectAccessibleEverywhere(sam.page, 'hobbies');
  });

  it('4. a trip both want is planned, and Sam ticks the item Robin added', async () => {
    const ideas = (JSON.parse(await apiText(robin, '/api/travel')) as Travel).ideas;
    const trip = ideas.find((idea) => idea.scale === 'weekend');
    if (!trip) throw new Error('no weekend idea');

    await openFromMore(robin, 'Travel and adventure', 'Travel and adventure');
    await robin.page
      .getByRole('radiogroup', { name: 'Show trips of this size' })
      .getByText('A weekend')
      .click();
    await robin.page
      .getByRole('radiogroup', { name: `Your mark for ${trip.title}` })
      .getByText('Yes', { exact: true })
      .click();
    await openFromMore(sam, 'Travel and adventure', 'Travel and adventure');
    await sam.page
      .getByRole('radiogroup', { name: `Your mark for ${trip.title}` })
      .getByText('Yes', { exact: true })
      .click();
    const samTrips = sam.page.getByRole('region', { name: 'Your trips' });
    await samTrips.getByText(trip.title).waitFor();
    await sam.page
      .getByRole('radiogroup', { name: 'Show trips of this size' })
      .getByText('A weekend')
      .click();
    await expectAccessibleEverywhere(sam.page, 'travel');

    const robinTrips = robin.page.getByRole('region', { name: 'Your trips' });
    await robinTrips.getByRole('link', { name: `Plan ${trip.title}` }).click();
    await mainHeading(robin.page, trip.title);
    const when = robin.page.getByRole('radiogroup', { name: 'When' });
    await when.getByText('A season', { exact: true }).click();
    await robin.page.getByRole('radiogroup', { name: 'Season' }).getByText('Autumn').click();
    await robin.page.getByLabel('Year').fill('2027');
    await robin.page.getByRole('radiogroup', { name: 'Budget' }).getByText('Mid budget').click();
    await robin.page.getByRole('button', { name: 'Save when and budget' }).click();
    await robin.page.getByText('When: Autumn 2027. Budget: Mid budget.').waitFor();
    await robin.page.getByLabel('Something to do or bring').fill(CHECKLIST_ITEM);
    await robin.page.getByRole('button', { name: 'Add to the list' }).click();
    await robin.page.getByText('Added by you').waitFor();

    await samTrips.getByRole('link', { name: `Plan ${trip.title}` }).click();
    await mainHeading(sam.page, trip.title);
    await sam.page.getByText('When: Autumn 2027. Budget: Mid budget.').waitFor();
    await sam.page.getByText('Added by Robin').waitFor();
    await sam.page.getByText(CHECKLIST_ITEM, { exact: true }).click();
    await sam.page.getByText('Added by Robin · ticked by you').waitFor();
    // Robin's plan updates live.
    await robin.page.getByText('Added by you · ticked by Sam').waitFor();
    expect(await robin.page.getByRole('checkbox', { name: CHECKLIST_ITEM }).isChecked()).toBe(true);
    await expectAccessibleEverywhere(robin.page, 'trip-plan');
    expect([...robin.problems, ...sam.problems]).toEqual([]);
  });
});
