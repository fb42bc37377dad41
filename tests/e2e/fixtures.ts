/**
 * The shared test fixture: every browser test fails on a console error, an uncaught exception
 * or an unhandled rejection in the page, so no test passes over a broken page. A test that
 * provokes an error on purpose (a missing file) lists it with `test.use({ expectedErrors })`.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ expectedErrors: RegExp[]; pageErrors: string[] }>({
  expectedErrors: [[], { option: true }],
  pageErrors: [
    async ({ page, expectedErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      await use(errors);
      expect(errors.filter((e) => !expectedErrors.some((re) => re.test(e))), 'errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
