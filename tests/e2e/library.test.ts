/**
 * The learning library, help and the "what we learned" notebook, in a real
 * browser. Ivy and Sam are linked. Ivy finds the library from More, reads an
 * article and marks it read: Sam's answers stay the same, byte for byte.
 * From the article, Ivy adds what they learned to the notebook; Sam opens
 * the notebook and reads it, with the article it came from, and cannot
 * change it. Sam searches the help answers (case and accents aside) and
 * opens one with its links. Each screen is checked with axe at 360 px and
 * 1280 px, in the light scheme and the dark one.
 */
import { randomBytes } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleList, Notebook } from '../../src/shared/library-api';
import { expectAccessibleEverywhere } from './support/axe';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { apiText, mainHeading, pairedThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Library journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const LEARNED = `Saying back what I heard calms us both down ${token}`;
const ARTICLE_TITLE = 'Listening so your partner feels heard';
/** What Sam can ask of the server around Ivy's reading. */
const SAM_API = ['/api/articles', '/api/articles/listening-so-they-feel-heard', '/api/today'];

/** Opens a place from the More page, the way a person finds it. */
async function openFromMore(person: Person, label: string, heading: string): Promise<void> {
  await person.page.goto('/more');
  await mainHeading(person.page, 'More');
  await person.page
    .getByRole('main')
    .getByRole('link', { name: new RegExp(`^${label}`) })
    .click();
  await mainHeading(person.page, heading);
}

suite(`the library, help and the notebook in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let ivy: Person;
  let sam: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    ivy = await openPerson(browser, server.baseUrl, 'Ivy');
    sam = await openPerson(browser, server.baseUrl, 'Sam');
    await pairedThroughApi(ivy, `ivy-${token}@example.com`, sam, `sam-${token}@example.com`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('1. Ivy finds the library from More: articles by track, with reading times', async () => {
    await openFromMore(ivy, 'Library', 'Library');
    const main = ivy.page.getByRole('main');
    await main.getByRole('heading', { level: 2, name: 'Communicate' }).waitFor();
    await main.getByRole('link', { name: ARTICLE_TITLE }).waitFor();
    expect(await main.getByText(/^\d min read$/).count()).toBeGreaterThanOrEqual(20);
    await main.getByText('What you read and mark is yours alone.', { exact: false }).waitFor();
    await expectAccessibleEverywhere(ivy.page, 'ivy-library');
    // One track at a time.
    await main
      .getByRole('navigation', { name: 'Show articles about' })
      .getByRole('link', {
        name: 'Communicate',
      })
      .click();
    await ivy.page.waitForURL((url) => url.search === '?track=3');
    expect(await main.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Communicate',
    ]);
  });

  it('2. Ivy reads an article and marks it read; Sam’s answers stay the same', async () => {
    const samBefore = await Promise.all(SAM_API.map((path) => apiText(sam, path)));
    const main = ivy.page.getByRole('main');
    await main.getByRole('link', { name: ARTICLE_TITLE }).click();
    await mainHeading(ivy.page, ARTICLE_TITLE);
    await main.getByText('Communicate · 4 min read').waitFor();
    await main.getByRole('heading', { level: 2, name: 'Reflect and clarify' }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Put it into practice' }).waitFor();
    await main.getByRole('link', { name: /^Listening sessions/ }).waitFor();
    await main.getByRole('button', { name: 'Mark as read' }).click();
    await main.getByText('You’ve read this.').waitFor();
    await main.getByRole('button', { name: 'Mark as unread' }).waitFor();
    const mine = JSON.parse(await apiText(ivy, '/api/articles')) as ArticleList;
    expect(mine.articles.filter((a) => a.read).map((a) => a.title)).toEqual([ARTICLE_TITLE]);
    expect(await Promise.all(SAM_API.map((path) => apiText(sam, path)))).toEqual(samBefore);
    await expectAccessibleEverywhere(ivy.page, 'ivy-article');
  });

  it('3. Ivy adds what they learned; Sam reads it in the notebook, and cannot change it', async () => {
    const main = ivy.page.getByRole('main');
    await main.getByRole('heading', { name: 'Add what we learned' }).waitFor();
    await main.getByText('Shared with Sam').waitFor();
    await main.getByLabel('One thing worth remembering').fill(LEARNED);
    await main.getByRole('button', { name: 'Add to the notebook' }).click();
    await main.getByRole('link', { name: 'Open the notebook' }).waitFor();

    await openFromMore(sam, 'What we learned', 'What we learned');
    const samMain = sam.page.getByRole('main');
    await samMain.getByText(LEARNED).waitFor();
    await samMain.getByText(/^Ivy · /).waitFor();
    await samMain.getByRole('link', { name: `From ${ARTICLE_TITLE}` }).waitFor();
    expect(await samMain.getByRole('button', { name: 'Edit' }).count()).toBe(0);
    const notebook = JSON.parse(await apiText(sam, '/api/notebook')) as Notebook;
    expect(notebook.entries.map((e) => [e.text, e.author])).toEqual([[LEARNED, 'partner']]);
    await expectAccessibleEverywhere(sam.page, 'sam-notebook');

    // Ivy's own entry can be reworded from the notebook.
    await ivy.page.goto('/notebook');
    await mainHeading(ivy.page, 'What we learned');
    await ivy.page.getByRole('main').getByRole('button', { name: 'Edit' }).click();
    const box = ivy.page.getByLabel('Your entry');
    await box.fill(`${LEARNED}, most days`);
    await ivy.page.getByRole('button', { name: 'Save' }).click();
    await ivy.page.getByRole('main').getByText('edited').waitFor();
    await sam.page.reload();
    await samMain.getByText(`${LEARNED}, most days`).waitFor();
  });

  it('4. Sam searches the help answers and opens one, with its links', async () => {
    await openFromMore(sam, 'Help', 'Help');
    const main = sam.page.getByRole('main');
    await expect
      .poll(() => main.getByRole('button', { expanded: false }).count())
      .toBeGreaterThanOrEqual(10);
    await expectAccessibleEverywhere(sam.page, 'sam-help');
    await main.getByLabel('Search the answers').fill('TÔUCH');
    await main.getByText(/answers? for “TÔUCH”/).waitFor();
    await sam.page.waitForURL((url) => url.search.includes('q='));
    const first = main.getByRole('listitem').first().getByRole('button');
    expect(await first.textContent()).toContain('touch');
    await first.click();
    expect(await first.getAttribute('aria-expanded')).toBe('true');
    await main
      .getByRole('link', { name: /^Small gestures/ })
      .first()
      .waitFor();
    await main.getByRole('link', { name: 'Why everyday touch matters' }).waitFor();
    await expectAccessibleEverywhere(sam.page, 'sam-help-search');
    await main.getByLabel('Search the answers').fill('xylophone');
    await main.getByRole('heading', { name: 'Nothing matched “xylophone”' }).waitFor();
    await main.getByRole('button', { name: 'Show all answers' }).click();
    await main.getByRole('heading', { level: 2, name: /intimacy is slipping/ }).waitFor();
  });
});
