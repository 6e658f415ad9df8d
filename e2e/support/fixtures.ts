import { test as base, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The base URL comes from global setup (a fresh server on a random port). */
export const test = base.extend<{ expectNoAxeViolations: () => Promise<void> }>({
  baseURL: async ({}, use) => use(process.env['E2E_BASE_URL']),
  expectNoAxeViolations: async ({ page }, use) => {
    await use(async () => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  },
});

export { expect };
