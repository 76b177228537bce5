/**
 * The header bar and the offline start, in a real browser with its service
 * worker on. On a phone the Exit button sits inside a slim header bar that
 * stays at the top: it never lies over the page's heading, before or after
 * scrolling, and the frame drawn before the script runs has the same bar.
 * After one visit the worker holds this build's files and the offline page
 * (and nothing from /api); offline, a reload or a new address shows the calm
 * offline page at once, which opens the app again when the connection is back
 * and still has a working quick exit. axe at 360 px and 1280 px, light and dark.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleEverywhere } from './support/axe';
import {
  browserTier,
  EXIT_ORIGIN,
  launchBrowser,
  openPerson,
  type Person,
  PHONE,
  snap,
  WIDE,
} from './support/browser';
import { mainHeading, navigateTo, signUpThroughApi } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const tier = browserTier();
if (!tier.run) console.warn(`Offline and header journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

const token = randomBytes(4).toString('hex');
const OFFLINE_HEADING = "You're offline";
const EXIT_NAME = 'Exit this page quickly';
/** What the first screen may download as JavaScript, gzipped. */
const INITIAL_JS_BUDGET = 150 * 1024;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(page: Page, selector: string): Promise<Box> {
  const element = page.locator(selector).first();
  // A screen loaded on demand may still be on its way (the previous screen's heading was waited on).
  await element.waitFor();
  const found = await element.boundingBox();
  if (!found) throw new Error(`${selector} is not on screen`);
  return found;
}

/** What the screen shows right now (snap() takes the whole page, which a sticky bar does not show). */
async function view(page: Page, label: string): Promise<void> {
  const folder = fileURLToPath(new URL('./.artifacts/offline-and-header/', import.meta.url));
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `view-${label}.png`) });
}

/** Every URL path held in this origin's caches, per cache. */
async function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const result: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      result[name] = (await cache.keys()).map((request) => new URL(request.url).pathname);
    }
    return result;
  });
}

/**
 * The heading, the Exit button and the header bar as they are on screen now, measured together
 * in one frame of the page: a screen loaded on demand, or one that renders again after a fetch,
 * may replace its heading between two separate measurements.
 */
async function frame(page: Page): Promise<{ heading: Box; exit: Box; header: Box }> {
  const handle = await page.waitForFunction(() => {
    const measure = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) return null;
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    };
    const heading = measure('main h1');
    const exit = measure('.quick-exit__button');
    const header = measure('.app-header');
    return heading && exit && header ? { heading, exit, header } : null;
  });
  return (await handle.jsonValue()) as { heading: Box; exit: Box; header: Box };
}

suite(`header bar and offline start in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;
  let person: Person;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // Always the production build (scripts/build-web.mjs), with the service worker registered.
    buildWebIfNeeded();
    browser = await launchBrowser();
    server = await startServer();
    person = await openPerson(browser, server.baseUrl, 'Noor', {
      serviceWorkers: 'allow',
      // Offline, the browser itself logs the failed requests the test causes on purpose.
      expectedConsole: [/ERR_INTERNET_DISCONNECTED/],
    });
    context = person.context;
    page = person.page;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps the first screen within its JavaScript budget', async () => {
    const html = await (await fetch(`${server.baseUrl}/`)).text();
    const scripts = [
      ...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g),
    ].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    let total = 0;
    for (const src of new Set(scripts)) {
      const body = Buffer.from(await (await fetch(`${server.baseUrl}${src}`)).arrayBuffer());
      total += gzipSync(body, { level: 9 }).length;
    }
    expect(total).toBeGreaterThan(10 * 1024);
    expect(total, `initial JS is ${Math.round(total / 1024)} KB gzipped`).toBeLessThanOrEqual(
      INITIAL_JS_BUDGET,
    );
  });

  it('draws the same header bar before and after the script runs', async () => {
    // Without its scripts the page shows only the frame from index.html.
    await page.route('**/assets/*.js', (route) => route.abort());
    await page.goto('/');
    const boot = await box(page, '.app-header');
    await page.unroute('**/assets/*.js');
    await page.goto('/');
    await mainHeading(page);
    const live = await box(page, '.app-header');
    expect(live).toEqual(boot);
    expect(boot.height).toBeGreaterThanOrEqual(56);
    // The scripts refused above were refused on purpose.
    person.problems.length = 0;
  });

  it('holds the Exit button in a header bar that never covers the heading', async () => {
    await signUpThroughApi(person, `noor-${token}@example.com`);
    // A long screen, so there is something to scroll.
    await navigateTo(page, 'More');
    await page.evaluate(() => window.scrollTo(0, 0));
    const atTop = await frame(page);
    // The button lies inside the bar, and the bar ends above the heading.
    expect(atTop.exit.y).toBeGreaterThanOrEqual(atTop.header.y);
    expect(atTop.exit.y + atTop.exit.height).toBeLessThanOrEqual(
      atTop.header.y + atTop.header.height,
    );
    expect(atTop.exit.x + atTop.exit.width).toBeLessThanOrEqual(PHONE.width);
    expect(overlaps(atTop.exit, atTop.heading)).toBe(false);
    expect(atTop.heading.y).toBeGreaterThanOrEqual(atTop.header.y + atTop.header.height);
    // Nothing else on the line of the brand reaches under the button.
    expect(overlaps(atTop.exit, await box(page, '.brand'))).toBe(false);
    await snap(page, 'header-360-top');

    const scrollable = await page.evaluate(
      () => document.documentElement.scrollHeight - window.innerHeight,
    );
    expect(scrollable, 'the More screen should scroll at 360 px').toBeGreaterThan(40);

    // Scrolling a little at a time: the bar stays at the top, the Exit button in it and on top,
    // and wherever the heading is still visible it is below the bar, never under the button.
    for (let y = 8; y <= Math.min(scrollable, 160); y += 8) {
      await page.evaluate((to) => window.scrollTo(0, to), y);
      const now = await frame(page);
      expect(now.header.y).toBe(0);
      expect(now.exit).toEqual(atTop.exit);
      const visibleTop = Math.max(now.heading.y, now.header.y + now.header.height);
      const visible = {
        ...now.heading,
        y: visibleTop,
        height: now.heading.y + now.heading.height - visibleTop,
      };
      if (visible.height > 0) expect(overlaps(now.exit, visible), `at scroll ${y}`).toBe(false);
      const onTop = await page.evaluate(
        ({ x, y: top }) => {
          const element = document.elementFromPoint(x, top);
          return element?.closest('.quick-exit__button') !== null;
        },
        { x: now.exit.x + now.exit.width / 2, y: now.exit.y + now.exit.height / 2 },
      );
      expect(onTop, `Exit button on top at scroll ${y}`).toBe(true);
    }
    await snap(page, 'header-360-scrolled');
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await view(page, `header-360-scrolled-${scheme}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });

    // Jumping to the heading (skip link, focus) stops below the bar, not under it.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page
      .locator('main h1')
      .first()
      .evaluate((heading) => heading.scrollIntoView());
    const jumped = await frame(page);
    expect(jumped.heading.y).toBeGreaterThanOrEqual(jumped.header.y + jumped.header.height);
    expect(overlaps(jumped.exit, jumped.heading)).toBe(false);

    // Wide screens: the same bar, the button in it, the heading clear of it.
    await page.setViewportSize(WIDE);
    await page.evaluate(() => window.scrollTo(0, 0));
    const wide = await frame(page);
    expect(wide.exit.y + wide.exit.height).toBeLessThanOrEqual(wide.header.y + wide.header.height);
    expect(overlaps(wide.exit, wide.heading)).toBe(false);
    await page.evaluate(() => window.scrollTo(0, 120));
    await view(page, 'header-1280-scrolled-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await view(page, 'header-1280-scrolled-dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize(PHONE);

    await navigateTo(page, 'Today');
    await expectAccessibleEverywhere(page, 'today');
  });

  it('keeps this build and the offline page after one visit, and nothing from /api', async () => {
    await page.goto('/');
    await mainHeading(page, 'Today');
    const active = await page.evaluate(async () => {
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
      const registration = await Promise.race([navigator.serviceWorker.ready, timeout]);
      return registration?.active?.scriptURL ?? null;
    });
    expect(active).toBe(`${server.baseUrl}/sw.js`);
    const sw = await (await fetch(`${server.baseUrl}/sw.js`)).text();
    // The build's list: the one array of the bundled worker that names files under /assets/.
    const listed = JSON.parse(/(\["\/assets\/[^\]]*\])/.exec(sw)?.[1] ?? '[]') as string[];
    const html = await (await fetch(`${server.baseUrl}/`)).text();
    const shellFiles = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    expect(shellFiles.length).toBeGreaterThan(1);
    expect(listed).toEqual(expect.arrayContaining(shellFiles));
    expect(listed.length).toBeGreaterThan(shellFiles.length);

    // The worker's install puts everything in one cache named after the build.
    await expect
      .poll(async () => Object.values(await cachedPaths(page)).flat().length, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(listed.length + 1);

    // Move through screens that call the API, then look at what is stored.
    await navigateTo(page, 'Talk');
    await navigateTo(page, 'Progress');
    await navigateTo(page, 'More');
    const stored = await cachedPaths(page);
    const names = Object.keys(stored);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^rekindle-[0-9a-f]{12}$/);
    const paths = Object.values(stored).flat();
    expect(paths).toEqual(expect.arrayContaining([...listed, '/offline.html']));
    expect(paths.filter((path) => path === '/api' || path.startsWith('/api/'))).toEqual([]);
    // Pages (the shell is `no-store`) are not kept either.
    expect(paths.filter((path) => !/\.[a-z0-9]+$/i.test(path))).toEqual([]);
  });

  it('shows the offline page at once when offline, and the app again when back', async () => {
    await context.setOffline(true);

    let started = Date.now();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: OFFLINE_HEADING }).waitFor();
    expect(Date.now() - started, 'offline page after a reload').toBeLessThan(1_000);
    expect(new URL(page.url()).pathname).toBe('/more');

    started = Date.now();
    await page.goto('/progress');
    await page.getByRole('heading', { level: 1, name: OFFLINE_HEADING }).waitFor();
    expect(Date.now() - started, 'offline page for a new address').toBeLessThan(1_000);

    // A new tab, as when the app is opened from the home screen.
    const tab = await context.newPage();
    started = Date.now();
    await tab.goto('/');
    await tab.getByRole('heading', { level: 1, name: OFFLINE_HEADING }).waitFor();
    expect(Date.now() - started, 'offline page in a new tab').toBeLessThan(1_000);
    // Styled by the app's own stylesheet: the same header bar, the Exit button in it.
    const offline = await frame(tab);
    expect(offline.header.height).toBeGreaterThanOrEqual(56);
    expect(offline.exit.y + offline.exit.height).toBeLessThanOrEqual(
      offline.header.y + offline.header.height,
    );
    expect(overlaps(offline.exit, offline.heading)).toBe(false);
    await tab.close();

    await expectAccessibleEverywhere(page, 'offline');

    // Back online: the page opens the app by itself, where the person was.
    await context.setOffline(false);
    await page
      .getByRole('main')
      .getByRole('heading', { level: 1, name: 'Progress' })
      .waitFor({ timeout: 15_000 });
    expect(new URL(page.url()).pathname).toBe('/progress');
  });

  it('still leaves quickly from the offline page', async () => {
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: OFFLINE_HEADING }).waitFor();
    await expect(page.getByRole('button', { name: EXIT_NAME }).count()).resolves.toBe(1);
    const leaving = page.waitForRequest((request) => request.url().startsWith(EXIT_ORIGIN));
    // The page hides in the same moment as the press, before anything loads.
    const right = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('.quick-exit__button')?.click();
      return {
        hidden: getComputedStyle(document.body).visibility === 'hidden',
        title: document.title,
        locked: localStorage.getItem('rekindle-locked'),
      };
    });
    expect(right).toEqual({ hidden: true, title: '', locked: '1' });
    // It heads for the everyday site (which, offline, the browser cannot reach either).
    await leaving;

    // The lock it left makes the next start a logged-out one that ends the session.
    await context.setOffline(false);
    await page.goto('/');
    await mainHeading(page, 'Welcome back');
    expect(new URL(page.url()).pathname).toBe('/login');
    const me = await page.evaluate(async () => {
      const response = await fetch('/api/me');
      return response.ok ? await response.text() : '';
    });
    expect(me).not.toContain('Noor');
    expect(person.problems).toEqual([]);
  });
});
