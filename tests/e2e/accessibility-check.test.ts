/**
 * The accessibility check the journeys rely on can fail: on a page with known
 * faults it names each one, also after the page changed under it (axe stays
 * in the page between checks), and it is put in again after a navigation;
 * a fault of the dark colour scheme alone is found by the check of every variant.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleEverywhere, runAxe } from './support/axe';
import { browserTier, launchBrowser } from './support/browser';

const tier = browserTier();
if (!tier.run) console.warn(`Accessibility check ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const CLEAN =
  '<!doctype html><html lang="en"><head><title>Clean</title></head><body><main><h1>Fine</h1><button type="button">Save</button></main></body></html>';

suite(`the accessibility check itself (${tier.reason})`, () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds nothing on a clean page, then each fault added to it, and again after navigating', async () => {
    const page = await browser.newPage();
    await page.setContent(CLEAN);
    expect((await runAxe(page)).violations).toEqual([]);

    await page.evaluate(() => {
      const main = document.querySelector('main');
      main?.insertAdjacentHTML(
        'beforeend',
        '<button type="button"></button><p style="color:#777;background:#888">Faint words</p>',
      );
    });
    const ids = (await runAxe(page)).violations.map((v) => v.id).sort();
    expect(ids).toEqual(['button-name', 'color-contrast']);

    await page.setContent(
      CLEAN.replace('<button type="button">Save</button>', '<img src="x.png">'),
    );
    expect((await runAxe(page)).violations.map((v) => v.id)).toEqual(['image-alt']);
    await page.close();
  });

  it('finds a contrast fault that only the dark scheme has', async () => {
    const page = await browser.newPage();
    await page.setContent(
      CLEAN.replace(
        '</head>',
        '<style>@media (prefers-color-scheme: dark) { body { background: #222; } p { color: #333; } }</style></head>',
      ).replace('</main>', '<p>Words that fade in the dark</p></main>'),
    );
    await expect(expectAccessibleEverywhere(page, 'dark-only-fault')).rejects.toThrow(
      /"dark-only-fault-360-dark"[\s\S]*color-contrast/,
    );
    await page.close();
  });
});
