/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 * Each person gets a browser context of their own: separate cookies, storage
 * and event stream, like two phones.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

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

/** Headless, and quiet on this machine's closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tier needs Chromium at ${CHROMIUM_PATH} (CI=true: it may not skip). ` +
        'Install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** The everyday site quick exit goes to; this machine has no internet, so it is answered locally. */
export const EXIT_ORIGIN = 'https://www.bbc.co.uk';
export const PHONE = { width: 360, height: 740 };
export const WIDE = { width: 1280, height: 900 };

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

export interface OpenOptions {
  /** Journeys about the live app block the service worker (it would serve cached shells between steps). */
  serviceWorkers?: 'allow' | 'block';
  /** Console errors the journey causes on purpose, beside the usual ones. */
  expectedConsole?: RegExp[];
}

export async function openPerson(
  browser: Browser,
  baseUrl: string,
  name: string,
  options: OpenOptions = {},
): Promise<Person> {
  const expectedConsole = [...EXPECTED_CONSOLE, ...(options.expectedConsole ?? [])];
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: PHONE,
    serviceWorkers: options.serviceWorkers ?? 'block',
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
  const problems: string[] = [];
  const outsideRequests: string[] = [];
  // Every tab this person opens is watched, not only the first.
  context.on('page', (page) => {
    page.on('pageerror', (error) => problems.push(`pageerror at ${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (expectedConsole.some((pattern) => pattern.test(text))) return;
      problems.push(`console.error at ${page.url()}: ${text}`);
    });
  });
  context.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && !url.startsWith(`${baseUrl}/`)) outsideRequests.push(url);
  });
  const page = await context.newPage();
  return { name, context, page, problems, outsideRequests };
}

const ARTIFACTS = fileURLToPath(new URL('../.artifacts/', import.meta.url));
/** Screenshots taken so far, per test file. */
const shots = new Map<string, number>();

/**
 * A full-page screenshot into tests/e2e/.artifacts/<test file>/, numbered in
 * journey order; that folder is emptied at the first screenshot of a run.
 */
export async function snap(page: Page, label: string): Promise<void> {
  const testFile = basename(expect.getState().testPath ?? 'e2e').replace(/\.test\.ts$/, '');
  const folder = join(ARTIFACTS, testFile);
  const shot = (shots.get(folder) ?? 0) + 1;
  if (shot === 1) rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  shots.set(folder, shot);
  const file = join(folder, `${String(shot).padStart(2, '0')}-${label}.png`);
  await page.screenshot({ path: file, fullPage: true }).catch(() => {});
}
