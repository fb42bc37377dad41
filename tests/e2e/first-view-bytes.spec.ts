/**
 * The JS and CSS a page fetches before its first view is drawn (issue #25, point 3): only the
 * words of the page's own language (each language's strings and date locale are a chunk
 * fetched when it is first shown).
 *
 * The files the page requested before `pt:rendered:<view>` are read from the build (dist/, or
 * $PW_DIST). Bundled data, as the page ships.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LANGS, type Lang } from '../../src/lib/i18n/languages';

const dist = path.resolve(process.env.PW_DIST ?? 'dist');

/** The build's JS and CSS files the page requested before its first view rendered. */
async function firstViewFiles(page: Page, query: string): Promise<string[]> {
  await page.goto(`./?${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.rendered);
  const paths = await page.evaluate(() => {
    const view = document.documentElement.dataset.rendered;
    const rendered = performance.getEntriesByName(`pt:rendered:${view}`)[0].startTime;
    return performance
      .getEntriesByType('resource')
      .filter((r) => r.startTime < rendered)
      .map((r) => new URL(r.name).pathname);
  });
  return paths.filter((p) => /\.(js|css)$/.test(p)).map((p) => p.replace(/^\//, ''));
}

/** A language's name for the app (its `app.title`), which only its own pack holds. */
const titleOf = async (lang: Lang): Promise<string> => (await import(`../../src/lib/i18n/strings/${lang}/core.ts`)).default['app.title'];

test.describe('first view: JS and CSS', () => {
  for (const lang of LANGS) {
    test(`a first visit with ?lang=${lang} fetches the words of ${lang} only`, async ({ page }) => {
      const files = await firstViewFiles(page, `lang=${lang}`);
      const code = files.filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(dist, f), 'utf8')).join('\n');
      for (const other of LANGS) expect(code.includes(await titleOf(other)), `${other}'s words in a ${lang} page`).toBe(other === lang);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }
});
