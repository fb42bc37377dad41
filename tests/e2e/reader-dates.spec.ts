/**
 * Typing a date, as a reader does: digit by digit, at several speeds. A native date field reports
 * every partial year (0002, 0020, 0202) as a valid date; only the complete day may reach the
 * filters, the address and the history (issue #20, point 1).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const mini = fs.readFileSync('tests/fixtures/mini.json', 'utf8');

/** Every address the page wrote, in order, with how it was written. */
async function recordHistory(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { writes: string[] };
    w.writes = [];
    for (const kind of ['pushState', 'replaceState'] as const) {
      const original = history[kind].bind(history);
      history[kind] = (data, unused, url) => {
        w.writes.push(`${kind === 'pushState' ? 'push' : 'replace'} ${String(url)}`);
        original(data, unused, url);
      };
    }
  });
}
const writes = (page: Page) => page.evaluate(() => (window as unknown as { writes: string[] }).writes);
const count = (page: Page) => page.getByRole('status').filter({ hasText: /events|حدث|أحداث/ });

const LABELS = { en: { from: 'From', to: 'To', filters: /^Filters/ }, ar: { from: 'من', to: 'إلى', filters: /^المرشحات/ } };

for (const lang of ['en', 'ar'] as const) {
  for (const delay of [0, 40, 160]) {
    test(`${lang}: typing both dates digit by digit (${delay} ms a key) commits two days and two history entries`, async ({ page }) => {
      await recordHistory(page);
      await page.goto(`./?lang=${lang}&view=table&places=miami`);
      await page.getByRole('button', { name: LABELS[lang].filters }).click();
      const before = (await writes(page)).length;
      const from = page.getByLabel(LABELS[lang].from, { exact: true });
      // Focus lands on the first part; headless Chromium orders the parts month, day, year.
      await from.focus();
      await from.pressSequentially('12012025', { delay });
      const to = page.getByLabel(LABELS[lang].to, { exact: true });
      await to.focus();
      await to.pressSequentially('12312025', { delay });
      await to.blur();
      await expect(page).toHaveURL(/[?&]from=2025-12-01&to=2025-12-31/);
      const written = (await writes(page)).slice(before);
      expect(written).toEqual([expect.stringMatching(/^push .*from=2025-12-01(?!.*to=)/), expect.stringMatching(/^push .*from=2025-12-01&to=2025-12-31/)]);
      await expect(count(page)).toHaveText(lang === 'en' ? '4 of 63 events' : /^4 /);
    });
  }
}

test('a reversed range is explained beside the field and changes nothing', async ({ page }) => {
  await recordHistory(page);
  await page.route('**/data/mini.json', (route) => route.fulfill({ body: mini, contentType: 'application/json' }));
  await page.goto('./?view=table&data=data/mini.json&from=2025-12-01');
  await page.getByRole('button', { name: /^Filters/ }).click();
  const before = (await writes(page)).length;
  const to = page.getByLabel('To', { exact: true });
  await to.focus();
  await to.pressSequentially('11202025', { delay: 20 });
  await expect(page.getByText('This is before the start date, 1 Dec 2025. Nothing changed.')).toBeVisible();
  await expect(to).toHaveAttribute('aria-invalid', 'true');
  await to.press('Enter');
  await expect(page).not.toHaveURL(/[?&]to=/);
  expect((await writes(page)).slice(before)).toEqual([]);
  // Correcting it commits it and clears the explanation.
  await to.blur();
  await to.focus();
  await to.pressSequentially('12052025', { delay: 20 });
  await expect(page).toHaveURL(/[?&]from=2025-12-01&to=2025-12-05/);
  await expect(page.getByText(/Nothing changed/)).toHaveCount(0);
});

test('a day outside the data, or a half-typed one left behind, is explained and changes nothing (Arabic)', async ({ page }) => {
  await recordHistory(page);
  await page.route('**/data/mini.json', (route) => route.fulfill({ body: mini, contentType: 'application/json' }));
  await page.goto('./?view=table&lang=ar&data=data/mini.json');
  await page.getByRole('button', { name: /^المرشحات/ }).click();
  const before = (await writes(page)).length;
  const from = page.getByLabel('من', { exact: true });
  await from.focus();
  await from.pressSequentially('01012024', { delay: 20 });
  await expect(page.getByText(/^تبدأ الأحداث في .*لم يتغيّر شيء\.$/)).toBeVisible();
  await from.blur();
  await from.focus();
  await from.pressSequentially('0516202', { delay: 20 });
  await from.blur();
  await expect(page.getByText('اكتب التاريخ كاملًا، والسنة بأربعة أرقام. لم يتغيّر شيء.')).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]from=/);
  expect((await writes(page)).slice(before)).toEqual([]);
});
