/**
 * The quick exit survives the Back button. For each way out (the Exit button,
 * Shift pressed three times) a person signs up, writes a private answer, moves
 * through several app pages (some in one document, some in new documents, so
 * the back/forward cache holds pages with their words), exits, and presses
 * Back past every app entry. No step may show their name, their words or a
 * logged-in screen, even for a moment; the server session must be over, and
 * another open tab of the app leaves as well.
 *
 * Chromium runs with its back/forward cache on (playwright turns it off by
 * default), as in a real browser.
 */
import { randomBytes } from 'node:crypto';
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Page,
  type Route,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserTier,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  EXIT_ORIGIN,
  openPerson,
  type Person,
  snap,
} from './support/browser';
import { mainHeading, navigateTo, PASSWORD, signUpInBrowser } from './support/program-helpers';
import { buildWebIfNeeded, type E2eServer, startServer } from './support/server';

const EXIT_URL = `${EXIT_ORIGIN}/weather`;
const LOCK_KEY = 'rekindle-locked';
/** Headings of screens anyone may see without logging in. */
const GUEST_HEADINGS = [
  'Welcome back',
  'Create your account',
  'Feel close again, one small question at a time',
];

/**
 * Sends a request on with its response headers rewritten. A request the page
 * has already left behind (it is leaving through the exit) is let go: its
 * response is gone, and nothing waits for it.
 */
async function passOn(
  route: Route,
  rewrite: (headers: Record<string, string>) => Record<string, string>,
): Promise<void> {
  try {
    const response = await route.fetch();
    await route.fulfill({ response, headers: rewrite(response.headers()) });
  } catch (error) {
    if (!/disposed|closed|already handled/i.test(String(error))) throw error;
  }
}

const tier = browserTier();
if (!tier.run) console.warn(`Quick exit journey ${tier.reason}`);
const suite = tier.run ? describe : describe.skip;

/** Like launchBrowser(), but with the back/forward cache left on. */
async function launchWithBackForwardCache(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
    args: CHROMIUM_ARGS,
  });
}

interface Watch {
  /** Visible name, words or main navigation, seen after `armed` was set. */
  leaks: string[];
  /** Pages restored from the back/forward cache after `armed` was set. */
  restores: string[];
  armed: boolean;
}

/**
 * Reports from inside every document whenever visible text shows a forbidden
 * string or the main navigation (checked on each DOM change and on pageshow).
 */
async function watchForLeaks(context: BrowserContext, forbidden: string[]): Promise<Watch> {
  const watch: Watch = { leaks: [], restores: [], armed: false };
  await context.exposeBinding('e2eSeen', (source, what: string) => {
    if (watch.armed) watch.leaks.push(`${source.frame.url()}: ${what}`);
  });
  await context.exposeBinding('e2eRestored', (source) => {
    if (watch.armed) watch.restores.push(source.frame.url());
  });
  await context.addInitScript((strings: string[]) => {
    const w = window as unknown as {
      e2eSeen: (what: string) => void;
      e2eRestored: () => void;
    };
    const reported = new Set<string>();
    const check = () => {
      const body = document.body;
      if (!body || getComputedStyle(body).visibility === 'hidden') return;
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what shows.
      const text = body.innerText;
      const hits = strings.filter((s) => text.includes(s));
      const nav = document.querySelector('nav[aria-label="Main"]');
      if (nav?.checkVisibility({ visibilityProperty: true })) hits.push('main navigation');
      const key = `${location.href} ${hits.join(', ')}`;
      if (hits.length === 0 || reported.has(key)) return;
      reported.add(key);
      w.e2eSeen(`${location.pathname} shows ${hits.join(', ')}`);
    };
    new MutationObserver(check).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    addEventListener('pageshow', (event) => {
      if (event.persisted) {
        // Any earlier report for this document must be repeated after a restore.
        reported.clear();
        w.e2eRestored();
      }
      check();
    });
  }, forbidden);
  return watch;
}

/** What the tab shows once it has settled: "weather", "blank", "guest: <heading>", or else. */
async function describeTab(page: Page, baseUrl: string): Promise<string> {
  const url = page.url();
  if (url === 'about:blank') return 'blank';
  if (url.startsWith(EXIT_ORIGIN)) {
    return (await page.title().catch(() => '')) === 'Weather' ? 'weather' : `loading ${url}`;
  }
  if (!url.startsWith(baseUrl)) return `elsewhere ${url}`;
  const path = new URL(url).pathname;
  const heading = await page
    .locator('main h1')
    .first()
    .textContent({ timeout: 500 })
    .catch(() => null);
  const nav = await page.locator('nav[aria-label="Main"]').count();
  if (heading !== null && nav === 0 && GUEST_HEADINGS.includes(heading.trim())) {
    return `guest: ${heading.trim()} at ${path}`;
  }
  return `app ${path}: ${heading ?? '(no heading yet)'}${nav > 0 ? ' with main navigation' : ''}`;
}

/** GET /api/me with a fixed cookie header: the status says whether that session still works. */
async function meStatus(baseUrl: string, cookie: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/me`, { headers: { cookie } });
  return response.status;
}

suite(`quick exit and the Back button in Chromium (${tier.reason})`, () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    buildWebIfNeeded();
    browser = await launchWithBackForwardCache();
    server = await startServer();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const exitButton = (page: Page) =>
    page.getByRole('button', { name: 'Exit this page quickly' }).click({ noWaitAfter: true });
  // The server sends pages with no-store, which keeps them out of Chromium's
  // back/forward cache; `keepsPages` serves them cacheable, as a browser or
  // proxy that ignores no-store would, so the app's own restore guard is tested.
  const ways = [
    { label: 'the Exit button', slug: 'button', keepsPages: false, exit: exitButton },
    {
      label: 'Shift pressed three times',
      slug: 'shift',
      keepsPages: false,
      exit: async (page: Page) => {
        for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
      },
    },
    {
      label: 'the Exit button, in a browser that keeps pages',
      slug: 'cached',
      keepsPages: true,
      exit: exitButton,
    },
  ] as const;

  for (const way of ways) {
    it(`after ${way.label}, Back never shows the person, their words or the app`, async () => {
      const token = randomBytes(4).toString('hex');
      const name = `Quinn ${token}`;
      const email = `quinn-${way.slug}-${token}@example.com`;
      const words = `My private words about the harbour ${token}`;
      const person: Person = await openPerson(browser, server.baseUrl, name);
      const { page, context } = person;
      try {
        const watch = await watchForLeaks(context, [name, words]);
        if (way.keepsPages) {
          await context.route(
            (url) => url.origin === server.baseUrl && !/^\/(api|assets)\//.test(url.pathname),
            (route) => passOn(route, (headers) => ({ ...headers, 'cache-control': 'no-cache' })),
          );
          // Such a browser also ignores the log-out's Clear-Site-Data, which would
          // otherwise empty its back/forward cache before Back is pressed.
          await context.route(`${server.baseUrl}/api/auth/logout`, (route) =>
            passOn(route, ({ 'clear-site-data': _ignored, ...headers }) => headers),
          );
        }

        // Several history entries, across three documents.
        await signUpInBrowser(person, email);
        await page.goto('/question');
        await page.getByLabel('Your answer').fill(words);
        await page.getByRole('button', { name: 'Save answer' }).click();
        await page.getByRole('main').getByText(words).waitFor();
        await navigateTo(page, 'Talk');
        await page.getByRole('main').getByText(words).waitFor();
        await page.goto('/more');
        await mainHeading(page, 'More');
        await navigateTo(page, 'Progress');
        await page.goto('/question');
        await page.getByRole('main').getByText(words).waitFor();
        await navigateTo(page, 'Today');
        await page.getByRole('main').getByText(name).first().waitFor();

        // A second tab, open on the person's words, leaves too.
        const otherTab = await context.newPage();
        await otherTab.goto('/history');
        await otherTab.getByRole('main').getByText(words).waitFor();
        await page.bringToFront();

        const cookie = (await context.cookies(server.baseUrl))
          .map((c) => `${c.name}=${c.value}`)
          .join('; ');
        expect(await meStatus(server.baseUrl, cookie)).toBe(200);
        const entries = await page.evaluate(() => history.length);
        // An unsent draft kept on the device, as the answer box keeps one.
        await page.evaluate((text) => localStorage.setItem('rekindle.draft.e2e', text), words);

        watch.armed = true;
        await way.exit(page);
        await page.waitForURL(EXIT_URL, { timeout: 5_000 });
        expect(await page.evaluate(() => history.length)).toBe(entries);
        await otherTab.waitForURL(EXIT_URL, { timeout: 5_000 });
        // The session ended at once, not only when the app is opened again.
        await expect.poll(() => meStatus(server.baseUrl, cookie), { timeout: 5_000 }).toBe(401);

        const seen: string[] = [];
        for (let step = 1; step <= entries + 1; step += 1) {
          await page.goBack({ waitUntil: 'load' }).catch(() => null);
          await expect
            .poll(() => describeTab(page, server.baseUrl), { timeout: 10_000 })
            .toMatch(/^(blank|weather|guest: )/);
          const shown = await describeTab(page, server.baseUrl);
          seen.push(`back ${step}: ${shown}`);
          const html = await page.content();
          expect(html, `back ${step} (${shown})`).not.toContain(name);
          expect(html, `back ${step} (${shown})`).not.toContain(words);
          if (shown.startsWith('guest: ')) await snap(page, `${way.slug}-back-${step}`);
        }
        console.info(
          `${way.label}: ${entries} entries; ${seen.join('; ')}; ` +
            `restored from the back/forward cache: ${watch.restores.length}`,
        );
        // Back did reach app entries (each then showed a guest screen), some from the cache.
        expect(seen.some((step) => step.includes('guest: '))).toBe(true);
        if (way.keepsPages) {
          expect(
            watch.restores.length,
            'pages restored from the back/forward cache',
          ).toBeGreaterThan(0);
        }
        expect(watch.leaks).toEqual([]);
        const stored = (await context.storageState()).origins
          .filter((o) => o.origin === server.baseUrl)
          .flatMap((o) => o.localStorage);
        expect(stored.filter((e) => e.value.includes(words) || e.value.includes(name))).toEqual([]);
        expect(await meStatus(server.baseUrl, cookie)).toBe(401);
        expect((await context.request.get('/api/me')).status()).toBe(401);

        // Logging in again works, clears the lock and stays logged in across a reload.
        watch.armed = false;
        await page.goto('/login');
        await mainHeading(page, 'Welcome back');
        await page.getByLabel('Email').fill(email);
        await page.getByLabel('Password').fill(PASSWORD);
        await page.getByRole('button', { name: 'Log in' }).click();
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        expect(await page.evaluate((key) => localStorage.getItem(key), LOCK_KEY)).toBeNull();
        await page.reload();
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        expect((await context.request.get('/api/me')).status()).toBe(200);
        expect(person.problems).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
