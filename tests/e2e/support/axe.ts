/**
 * Accessibility check of the page as it is now: axe-core must find nothing.
 *
 * axe is put into a page once and stays until the page navigates; each check
 * then only runs it, asking for violations alone. Injecting its source on every
 * check (as a builder per call does) cost about a second each, and the browser
 * tier runs some 500 checks.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PHONE, snap, WIDE } from './browser';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** Only the violations: axe skips gathering the details of every rule that passed. */
const OPTIONS: RunOptions = { resultTypes: ['violations'] };

/**
 * The rules a colour scheme can change. The dark scheme only swaps the colour
 * tokens (`styles/tokens.css` is the one `prefers-color-scheme` rule), so the
 * page's structure, names and roles are those already checked in light: in dark
 * only these run, about a quarter of a whole check's time.
 * `E2E_CHECKS=all` runs every rule in both schemes.
 */
const COLOUR_RULES: RunOptions = {
  ...OPTIONS,
  runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] },
};
const EVERY_CHECK = process.env.E2E_CHECKS === 'all';

/** Screenshots of every variant of a check (`E2E_SCREENSHOTS=all`), or of its first only. */
const EVERY_SHOT = process.env.E2E_SCREENSHOTS === 'all';

/** axe on the whole page, or only on the parts the selectors name (`include`). */
export async function runAxe(
  page: Page,
  include?: readonly string[],
  options: RunOptions = OPTIONS,
): Promise<AxeResults> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.evaluate(axeSource);
  return page.evaluate(
    ([options, parts]) => {
      const { axe } = window as unknown as {
        axe: { run(context: unknown, o: RunOptions): Promise<AxeResults> };
      };
      return axe.run(parts ? { include: parts } : document, options);
    },
    [options, include ? [...include] : null] as const,
  );
}

/**
 * Waits for the page's CSS transitions to end. After a change of colour
 * scheme a button's background fades over 120 ms while its text changes at
 * once: a check in between would judge a mix no one sees for long.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ended = Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    );
    // At most a second: a transition whose element left the page may never say it ended.
    return Promise.race([ended, new Promise((done) => setTimeout(done, 1000))]);
  });
}

interface CheckOptions {
  /** Only the rules a colour scheme can change (the page was checked whole in the other one). */
  colourOnly?: boolean;
  /** No screenshot (another variant of the same check has one). */
  noShot?: boolean;
}

export async function expectAccessible(
  page: Page,
  label: string,
  check: CheckOptions = {},
): Promise<void> {
  await settled(page);
  if (!check.noShot) await snap(page, label);
  const results = await runAxe(page, undefined, check.colourOnly ? COLOUR_RULES : OPTIONS);
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(' ')}`).join('\n'),
  );
  expect(found, `axe violations on "${label}" (${page.url()}):\n${found.join('\n')}`).toEqual([]);
}

/**
 * axe at 360 px and 1280 px, light and dark (in dark the colour rules only,
 * unless `E2E_CHECKS=all`); a screenshot of the light phone (of all four with
 * `E2E_SCREENSHOTS=all`); back to a light phone after.
 */
export async function expectAccessibleEverywhere(page: Page, label: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    const colourOnly = scheme === 'dark' && !EVERY_CHECK;
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(PHONE);
    await expectAccessible(page, `${label}-360-${scheme}`, {
      colourOnly,
      noShot: scheme === 'dark' && !EVERY_SHOT,
    });
    await page.setViewportSize(WIDE);
    await expectAccessible(page, `${label}-1280-${scheme}`, { colourOnly, noShot: !EVERY_SHOT });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(PHONE);
}
