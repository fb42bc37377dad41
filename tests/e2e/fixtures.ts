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

/**
 * The English notice for a link parameter the app could not use, as the page prints it: the
 * name and the value each isolated (FSI…PDI), so a right-to-left or hostile value cannot reorder
 * the sentence around it.
 */
export const paramNotice = (key: string, value: string) => `The link parameter \u2068${key}\u2069=\u2068${value}\u2069 was not understood and was ignored.`;
