/**
 * The shared test fixture: every browser test fails on a console error, an uncaught exception
 * or an unhandled rejection in the page, so no test passes over a broken page. A test that
 * provokes an error on purpose (a missing file) lists it with `test.use({ expectedErrors })`.
 * Behaviour specs open on a fixture of another process with `test.use({ dataset: TALASSA })`,
 * so they keep passing when a newsroom replaces the bundled data.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';

/** The talassa fixture: a fictional process, English first, seven sides, none of the bundled ones. */
export const TALASSA = 'tests/fixtures/talassa.json';

/**
 * Serves `file` in place of the build's default dataset (data/peace-talks.json) to every page of
 * `context`, as a newsroom's own file would be: the addresses stay the app's own.
 */
export const serveDataset = (context: BrowserContext, file: string) =>
  context.route('**/data/peace-talks.json', (route) => route.fulfill({ path: file, contentType: 'application/json' }));

export const test = base.extend<{ expectedErrors: RegExp[]; pageErrors: string[]; dataset: string | null; servedDataset: void }>({
  expectedErrors: [[], { option: true }],
  /** `test.use({ dataset: TALASSA })`: the specs' pages open on that file instead of the bundled one. */
  dataset: [null, { option: true }],
  servedDataset: [
    async ({ context, dataset }, use) => {
      if (dataset) await serveDataset(context, dataset);
      await use();
    },
    { auto: true },
  ],
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
 * parameter isolated left to right (LRI…PDI) as the address bar shows it, its value in its own
 * direction (FSI…PDI), so a right-to-left or hostile value cannot reorder the sentence around it.
 */
export const paramNotice = (key: string, value: string) => `The link parameter \u2066${key}=\u2068${value}\u2069\u2069 was not understood and was ignored.`;
