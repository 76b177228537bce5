/** Accessibility check of the page as it is now: axe-core must find nothing. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PHONE, snap, WIDE } from './browser';

export async function expectAccessible(page: Page, label: string): Promise<void> {
  await snap(page, label);
  const results = await new AxeBuilder({ page }).analyze();
  const found = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    at ${node.target.join(' ')}`).join('\n'),
  );
  expect(found, `axe violations on "${label}" (${page.url()}):\n${found.join('\n')}`).toEqual([]);
}

/** axe at 360 px and 1280 px, light and dark; back to a light phone after. */
export async function expectAccessibleEverywhere(page: Page, label: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(PHONE);
    await expectAccessible(page, `${label}-360-${scheme}`);
    await page.setViewportSize(WIDE);
    await expectAccessible(page, `${label}-1280-${scheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(PHONE);
}
