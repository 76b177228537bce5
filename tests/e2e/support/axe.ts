/** Accessibility check of the page as it is now: axe-core must find nothing. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { snap } from './browser';

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
