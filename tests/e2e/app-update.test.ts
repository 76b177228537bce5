/**
 * The app is updated on the server while a tab is open: that tab's build asks
 * for files the server no longer has (a screen's code, the screens' words),
 * and gets a 404. The tab reloads once and opens the screen from the new
 * build. A file that is really missing fails again right after that reload:
 * then the usual error page shows, with no reload loop.
 */
import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTier, launchBrowser, openPerson, type Person } from './support/browser';
import { mainHeading, navigateTo, signUpThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`App update journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
/** The More screen's code, and the screens' words (the first lazy screen loads them). */
const MORE_CODE = /\/assets\/more-page-[\w-]+\.js$/;
const SCREEN_WORDS = /\/assets\/en-[\w-]+\.js$/;
const ERROR_TEXT = 'Something went wrong on our side.';

/**
 * Counts the page's documents: the first one and every reload, counted when
 * the document is asked for, so before any file of the reloaded page.
 */
function countLoads(page: Page): { loads: number } {
  const counter = { loads: 0 };
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) counter.loads += 1;
  });
  return counter;
}

/**
 * Answers 404 for each pattern: until the page reloads (the old build's
 * files, gone after an update), or always (a file that is really missing).
 */
async function gone(
  page: Page,
  patterns: RegExp[],
  until: { loads: number } | 'always',
): Promise<{ misses: number }> {
  const counter = { misses: 0 };
  for (const pattern of patterns) {
    await page.route(pattern, async (route) => {
      if (until !== 'always' && until.loads > 1) return route.continue();
      counter.misses += 1;
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' });
    });
  }
  return counter;
}

suite(`an app update while a tab is open, in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let noor: Person;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    noor = await openPerson(browser, server.baseUrl, 'Noor', {
      // The missing files, on purpose: the browser logs their 404s and the failed imports.
      expectedConsole: [/status of 404/, /dynamically imported module/],
    });
    await signUpThroughApi(noor, `noor-${token}@example.com`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['the screen’s code', [MORE_CODE]],
    ['the screens’ words', [SCREEN_WORDS]],
    ['both', [MORE_CODE, SCREEN_WORDS]],
  ])('1. %s from the old build gone: one reload, and the screen opens', async (_what, files) => {
    const page = await noor.context.newPage();
    try {
      const counter = countLoads(page);
      await page.goto('/');
      await mainHeading(page, 'Today');
      const missing = await gone(page, files, counter);
      expect(counter.loads).toBe(1);

      await navigateTo(page, 'More');
      await mainHeading(page, 'More');
      expect(new URL(page.url()).pathname).toBe('/more');
      expect(missing.misses).toBeGreaterThanOrEqual(1);
      expect(counter.loads).toBe(2);
      expect(await page.getByText(ERROR_TEXT).count()).toBe(0);
      expect(noor.problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('2. a file that is really missing shows the error after one reload, without a loop', async () => {
    const page = await noor.context.newPage();
    try {
      const counter = countLoads(page);
      await page.goto('/');
      await mainHeading(page, 'Today');
      const code = await gone(page, [MORE_CODE], 'always');

      await navigateTo(page, 'More');
      await page.getByText(ERROR_TEXT).waitFor();
      expect(counter.loads).toBe(2);
      expect(code.misses).toBeGreaterThanOrEqual(2);
      // It stays on the error page: no further reloads.
      await page.waitForTimeout(1_500);
      expect(counter.loads).toBe(2);
    } finally {
      await page.close();
    }
  });
});
