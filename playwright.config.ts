import { defineConfig } from '@playwright/test';
import fs from 'node:fs';

/**
 * Browser tests run against the built app (`vite preview` of dist/, or of $PW_DIST), as readers
 * get it, unless PW_DEV=1 (the dev server, for quick iteration). The browser: $CHROMIUM_PATH if
 * set, else Debian's /usr/bin/chromium if present, else Playwright's own (after
 * `npx playwright install chromium`).
 */
const port = Number(process.env.PW_PORT ?? 4173);
const executablePath = process.env.CHROMIUM_PATH || (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How the tests launch Chromium (a test that needs the page's real scrollbars adds to it). */
export const launchOptions = { executablePath, args: chromiumArgs };

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    launchOptions,
    locale: 'en-GB',
    timezoneId: 'America/New_York',
    trace: 'off',
  },
  webServer: {
    // PW_DEV=1: the dev server; PW_DIST=<folder>: preview another build than dist/.
    command: process.env.PW_DEV
      ? `npx vite --port ${port} --strictPort`
      : `npx vite preview --outDir ${process.env.PW_DIST ?? 'dist'} --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
