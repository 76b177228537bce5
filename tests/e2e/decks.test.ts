/**
 * Open-dialogue decks in a real browser, two people on two devices: Ana and
 * Bea, paired, browse the decks, Ana draws a light card and answers (Bea sees
 * only "answered"), Bea answers and both answers show on both screens, live.
 * Bea reacts and Ana marks "let's talk about this"; it lands on Bea's list
 * "To talk about" until Bea marks it talked about. Then they sit together on
 * Ana's phone: each writes, both read, both tick "keep", and the card is
 * kept. Last, the daily question's reveal offers the same reactions and a
 * way on to the decks. Every screen is checked with axe at 360 and 1280 px,
 * in light and dark, and photographed.
 */
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { apiText, mainHeading, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Decks journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const ANA_ANSWER = `Ana remembered the rainy market ${token}`;
const BEA_ANSWER = `Bea wrote about the long train ride ${token}`;
const ANA_TOGETHER = `Ana, side by side ${token}`;
const BEA_TOGETHER = `Bea, side by side ${token}`;

async function openDecks(person: Person): Promise<void> {
  await person.page.goto('/decks');
  await mainHeading(person.page, 'Conversation decks');
  await person.page.getByRole('heading', { name: 'Choose a deck' }).waitFor();
}

suite(`open-dialogue decks in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ana: Person;
  let bea: Person;
  let cardUrl = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ana = await openPerson(browser, server.baseUrl, 'Ana');
    bea = await openPerson(browser, server.baseUrl, 'Bea');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Ana and Bea, paired, find the decks from More', async () => {
    await pairedThroughApi(ana, `ana-${token}@example.com`, bea, `bea-${token}@example.com`);
    await ana.page.goto('/more');
    await ana.page.getByRole('link', { name: /Conversation decks/ }).click();
    await mainHeading(ana.page, 'Conversation decks');
    await ana.page.getByRole('heading', { name: 'Getting to know you again' }).waitFor();
    await ana.page.getByRole('heading', { name: 'Our own questions' }).waitFor();
    await expectAccessibleEverywhere(ana.page, 'decks');
  });

  it('2. Ana chooses a light card, draws it and answers; Bea sees only "answered"', async () => {
    await ana.page.getByRole('link', { name: 'Open this deck', exact: true }).first().click();
    await mainHeading(ana.page, 'Getting to know you again');
    // The address bar (and so the browser history) never names a deck's theme.
    expect(new URL(ana.page.url()).pathname).toMatch(/^\/decks\/d[0-9a-z]+$/);
    await ana.page.getByRole('radio', { name: 'Light' }).click({ force: true });
    await expect.poll(() => ana.page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);
    await expectAccessibleEverywhere(ana.page, 'deck');
    await ana.page.getByRole('button', { name: 'Draw a card' }).click();
    await ana.page.waitForURL(/\/decks\/cards\//);
    cardUrl = new URL(ana.page.url()).pathname;
    await ana.page.getByText('Depth: Light').waitFor();
    await ana.page.getByText('Who sees this: Both of you, once you have both answered').waitFor();
    await expectAccessibleEverywhere(ana.page, 'card-to-answer');
    await ana.page.getByLabel('Your answer').fill(ANA_ANSWER);
    await ana.page.getByRole('button', { name: 'Save answer' }).click();
    await ana.page.getByText("Bea hasn't answered yet").waitFor();

    await openDecks(bea);
    await bea.page.getByRole('heading', { name: 'Cards on the table' }).waitFor();
    await bea.page.getByText('Ana has answered. Write yours to see both.').waitFor();
    const cardId = cardUrl.split('/').at(-1) ?? '';
    const seenByBea = await apiText(bea, `/api/deck-cards/${cardId}`);
    expect(seenByBea).not.toContain(ANA_ANSWER);
    await bea.page.getByRole('link', { name: /Ana has answered/ }).click();
    await bea.page.getByLabel('Your answer').waitFor();
    expect(await bea.page.content()).not.toContain(ANA_ANSWER);
    await bea.page.getByText("Only you will know. Ana isn't told.").waitFor();
  });

  it('3. Bea answers: both answers show on both screens, Ana’s without a reload', async () => {
    await bea.page.getByLabel('Your answer').fill(BEA_ANSWER);
    await bea.page.getByRole('button', { name: 'Save answer' }).click();
    const both = bea.page.getByRole('region', { name: 'Your answers' });
    await both.getByText(ANA_ANSWER).waitFor();
    await both.getByText(BEA_ANSWER).waitFor();
    // Ana's open card refetches on the live event.
    await ana.page.getByRole('region', { name: 'Your answers' }).getByText(BEA_ANSWER).waitFor();
    await expectAccessibleEverywhere(bea.page, 'card-revealed');
  });

  it('4. Bea reacts, Ana asks to talk in person; it waits on Bea’s list until talked about', async () => {
    await bea.page.getByRole('button', { name: 'Sending a hug' }).click();
    await expect
      .poll(() =>
        bea.page.getByRole('button', { name: 'Sending a hug' }).getAttribute('aria-pressed'),
      )
      .toBe('true');
    await ana.page.getByText('Bea: Sending a hug').waitFor();
    await ana.page.getByRole('button', { name: "Let's talk about this in person" }).click();
    await ana.page.getByText("Bea will see that you'd like to talk about this.").waitFor();
    await bea.page.getByText('Ana would like to talk about this in person.').waitFor();
    await expectAccessibleEverywhere(ana.page, 'card-reactions');

    await openDecks(bea);
    const list = bea.page.getByRole('region', { name: 'To talk about' });
    await list.getByText('Ana would like to talk about this in person.').waitFor();
    await expectAccessibleEverywhere(bea.page, 'decks-to-talk-about');
    await list.getByRole('button', { name: 'We talked about it' }).click();
    await expect.poll(() => list.count()).toBe(0);
  });

  it('5. sitting together on Ana’s phone: each writes, both read, both keep it', async () => {
    await openDecks(ana);
    await ana.page.getByRole('link', { name: 'Sit together' }).click();
    await mainHeading(ana.page, 'Sit together');
    await ana.page.getByRole('button', { name: 'Start with Ana' }).waitFor();
    await expectAccessibleEverywhere(ana.page, 'together-choose');
    await ana.page.getByRole('button', { name: 'Start with Ana' }).click();
    await ana.page.getByLabel("Ana's answer").fill(ANA_TOGETHER);
    await ana.page.getByRole('button', { name: 'Done, pass the phone to Bea' }).click();
    await ana.page.getByRole('heading', { name: 'Pass the phone to Bea' }).waitFor();
    expect(await ana.page.content()).not.toContain(ANA_TOGETHER);
    await expectAccessibleEverywhere(ana.page, 'together-hand-over');
    await ana.page.getByRole('button', { name: "I'm Bea, I'm ready" }).click();
    await ana.page.getByLabel("Bea's answer").fill(BEA_TOGETHER);
    expect(await ana.page.content()).not.toContain(ANA_TOGETHER);
    await ana.page.getByRole('button', { name: 'Done, show both answers' }).click();
    await ana.page.getByText(ANA_TOGETHER).waitFor();
    await ana.page.getByText(BEA_TOGETHER).waitFor();
    const keep = ana.page.getByRole('button', { name: 'Keep it' });
    expect(await keep.isDisabled()).toBe(true);
    await ana.page.getByText('Ana: keep this card').click();
    expect(await keep.isDisabled()).toBe(true);
    await ana.page.getByText('Bea: keep this card').click();
    await expectAccessibleEverywhere(ana.page, 'together-both');
    await keep.click();
    await ana.page
      .getByRole('main')
      .getByText('Kept. You’ll find it with this deck', { exact: false })
      .waitFor();
    await ana.page.getByRole('link', { name: 'Open the card' }).click();
    await ana.page.getByText('Answered side by side on one device').waitFor();

    // Bea sees it as her own answer and Ana's, both revealed.
    const bCard = await apiText(
      bea,
      `/api/deck-cards/${new URL(ana.page.url()).pathname.split('/').at(-1)}`,
    );
    expect(JSON.parse(bCard)).toMatchObject({
      revealed: true,
      together: true,
      mine: { text: BEA_TOGETHER },
      partner: { text: ANA_TOGETHER },
    });
  });

  it('6. the daily question’s reveal offers reactions and a way on to the decks', async () => {
    const today = JSON.parse(await apiText(ana, '/api/questions/today')) as {
      question: { id: string };
    };
    for (const [person, text] of [
      [ana, 'Ana, today'],
      [bea, 'Bea, today'],
    ] as const) {
      const res = await person.context.request.put(`/api/questions/${today.question.id}/answer`, {
        data: { text },
      });
      expect(res.status()).toBe(200);
    }
    await ana.page.goto('/question');
    await mainHeading(ana.page, 'Daily question');
    await ana.page.getByRole('button', { name: 'Me too' }).click();
    await expect
      .poll(() => ana.page.getByRole('button', { name: 'Me too' }).getAttribute('aria-pressed'))
      .toBe('true');
    await ana.page.getByRole('link', { name: 'Draw a card from a deck' }).waitFor();
    await expectAccessibleEverywhere(ana.page, 'question-reactions');
    await bea.page.goto('/question');
    await bea.page.getByText('Ana: Me too').waitFor();
    expect([...ana.problems, ...bea.problems]).toEqual([]);
  });
});
