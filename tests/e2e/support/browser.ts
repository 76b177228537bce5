/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 * Each person gets a browser context of their own: separate cookies, storage
 * and event stream, like two phones.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CI = process.env.CI === 'true';

/**
 * Whether the browser tier runs here. Without Chromium it is skipped, except
 * with CI=true, where it must run (launching then fails the suite loudly).
 */
export function browserTier(): { run: boolean; reason: string } {
  if (existsSync(CHROMIUM_PATH)) return { run: true, reason: `Chromium at ${CHROMIUM_PATH}` };
  if (CI) return { run: true, reason: `CI=true but no Chromium at ${CHROMIUM_PATH}` };
  return {
    run: false,
    reason: `skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`,
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tier needs Chromium at ${CHROMIUM_PATH} (CI=true: it may not skip). ` +
        'Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The everyday site quick exit goes to; this machine has no internet, so it is answered locally. */
export const EXIT_ORIGIN = 'https://www.bbc.co.uk';
export const PHONE = { width: 360, height: 740 };

export interface Person {
  name: string;
  context: BrowserContext;
  page: Page;
  /** Uncaught page errors and unexpected console errors seen so far. */
  problems: string[];
  /** Every URL the page requested outside the app (quick exit should add one). */
  outsideRequests: string[];
}

/** Console noise that is expected: the logged-out /api/me check answers 401. */
const EXPECTED_CONSOLE = [/status of 401/];

export async function openPerson(browser: Browser, baseUrl: string, name: string): Promise<Person> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: PHONE,
    // A service worker would serve cached shells between steps; this journey is about the live app.
    serviceWorkers: 'block',
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  context.setDefaultTimeout(10_000);
  await context.route(`${EXIT_ORIGIN}/**`, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>',
    }),
  );
  const page = await context.newPage();
  const person: Person = { name, context, page, problems: [], outsideRequests: [] };
  page.on('pageerror', (error) => person.problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (EXPECTED_CONSOLE.some((pattern) => pattern.test(text))) return;
    person.problems.push(`console.error: ${text}`);
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl) && /^https?:/.test(request.url())) {
      person.outsideRequests.push(request.url());
    }
  });
  return person;
}

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
let shot = 0;

/** A full-page screenshot into tests/e2e/.artifacts/, numbered in journey order. */
export async function snap(page: Page, label: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  shot += 1;
  const file = join(ARTIFACTS, `${String(shot).padStart(2, '0')}-${label}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => {});
}
