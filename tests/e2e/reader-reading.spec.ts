/**
 * What a reader reads and clicks (issue #20, point 6): labels cut by width at whole words, not at
 * the first colon; sources before notes; a whole table row opens its event; search finds the
 * spellings readers type.
 */
import fs from 'node:fs';
import { test, expect } from './fixtures';

const data = JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8')) as { events: { id: string; title: { en: string; ar: string } }[] };
const titles = new Map(data.events.map((e) => [e.id, e.title]));

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: timeline labels are whole words of the title, shortened with an ellipsis`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`./?lang=${lang}`);
    const labels = page.locator('.labels text[data-key]');
    await expect(labels.first()).toBeVisible();
    const shown = await labels.evaluateAll((ts) => ts.map((t) => ({ key: (t as SVGElement).dataset.key!, text: t.textContent! })));
    // At this size December 2025 groups (too crowded to draw event by event), and its labels with it.
    expect(shown.length).toBeGreaterThan(6);
    let shortened = 0;
    for (const { key, text } of shown) {
      const title = titles.get(key)![lang];
      if (text === title) continue;
      shortened++;
      expect(text, key).toMatch(/…$/);
      const words = text.slice(0, -1).split(' ');
      // Whole words, in order, from the start of the title, and more than the name before a colon.
      expect(title.split(' ').slice(0, words.length).join(' ').replace(/[\s,،.;:؛–-]+$/u, ''), key).toBe(words.join(' '));
    }
    expect(shortened).toBeGreaterThan(0);
    const ushakov = shown.find((s) => s.key === '2025-12-02-ushakov-on-kremlin-meeting');
    if (ushakov) expect(ushakov.text.split(' ').length).toBeGreaterThan(1);
  });
}

test('in the details, sources come before the notes', async ({ page }) => {
  await page.goto('./?lang=en&view=table&event=2025-02-11-witkoff-moscow-fogel');
  const panel = page.getByRole('complementary', { name: /Witkoff/ });
  // The panel is drawn once the data is in: read its headings then, not at the first paint.
  await expect(panel.getByRole('heading', { level: 3, name: 'Notes on the record' })).toBeVisible();
  const headings = await panel.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.indexOf('Sources')).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf('Sources')).toBeLessThan(headings.indexOf('Notes on the record'));
});

test('a click anywhere on a table row opens its event; a participant still filters', async ({ page }) => {
  await page.goto('./?lang=en&view=table');
  const row = page.locator('tbody tr[data-row="2025-05-16-istanbul-round-1"]');
  await row.locator('td.place').click();
  await expect(page).toHaveURL(/[?&]event=2025-05-16-istanbul-round-1/);
  await expect(page.getByRole('heading', { level: 2, name: /^Istanbul round 1/ })).toBeVisible();
  await page.locator('tbody tr[data-row="2025-02-11-witkoff-moscow-fogel"] td.date').click();
  await expect(page).toHaveURL(/[?&]event=2025-02-11-witkoff-moscow-fogel/);
  await page.locator('tbody tr[data-row="2025-02-11-witkoff-moscow-fogel"]').getByRole('button', { name: 'Show only events with Steve Witkoff' }).click();
  await expect(page).toHaveURL(/[?&]actors=steve-witkoff/);
});

test('search finds Kiev, Zelenskiy and cease-fire', async ({ page }) => {
  await page.goto('./?lang=en&view=table');
  const count = page.getByRole('status').filter({ hasText: /events/ });
  for (const q of ['Kiev', 'Zelenskiy', 'cease-fire']) {
    await page.getByRole('searchbox').fill(q);
    await expect(count).toHaveText(/^[1-9]\d* of 63 events$/);
  }
});
