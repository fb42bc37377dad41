/**
 * Phases (issue #20, point 7): a dataset's named periods are labelled bands on the timeline, in
 * the reading direction, and headings over their first event in the list and the table. On the
 * fixture tests/fixtures/mini-four.json (two phases named in four languages) and on the bundled
 * data (phases from the fact sheet).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const four = JSON.parse(fs.readFileSync('tests/fixtures/mini-four.json', 'utf8')) as { phases: { id: string; name: Record<string, string> }[] };
const names = new Map(four.phases.map((p) => [p.id, p.name]));
const useFour = (page: Page) => page.route('**/data/peace-talks.json', (route) => route.fulfill({ path: 'tests/fixtures/mini-four.json', contentType: 'application/json' }));

for (const lang of ['en', 'ar', 'uk', 'he'] as const)
  test(`${lang}: each phase is a band with its name on the timeline, in reading order`, async ({ page }) => {
    await useFour(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`./?lang=${lang}`);
    const bands = page.locator('.phases [data-phase]');
    await expect(bands).toHaveCount(2);
    const boxes = await bands.evaluateAll((gs) =>
      gs.map((g) => {
        const band = g.querySelector('.band')!.getBoundingClientRect();
        const name = g.querySelector('.name')!.getBoundingClientRect();
        return { id: (g as SVGElement).dataset.phase, left: band.left, right: band.right, nameLeft: name.left, nameRight: name.right, text: g.querySelector('.name')!.textContent };
      }),
    );
    const istanbul = boxes.find((b) => b.id === 'istanbul-rounds')!;
    const december = boxes.find((b) => b.id === 'december-talks')!;
    expect(istanbul.text).toBe(names.get('istanbul-rounds')![lang]);
    expect(december.text).toBe(names.get('december-talks')![lang]);
    const rtl = lang === 'ar' || lang === 'he';
    // Earlier is to the left in English and Ukrainian, to the right in Arabic and Hebrew.
    if (rtl) expect(istanbul.left).toBeGreaterThan(december.right);
    else expect(istanbul.right).toBeLessThan(december.left);
    // Each name starts at its band's start edge.
    if (rtl) expect(Math.abs(istanbul.nameRight - (istanbul.right - 4))).toBeLessThan(3);
    else expect(Math.abs(istanbul.nameLeft - (istanbul.left + 4))).toBeLessThan(3);
  });

for (const lang of ['en', 'ar'] as const)
  test(`${lang}: the list and the table head each phase’s first event with the phase`, async ({ page }) => {
    await useFour(page);
    await page.goto(`./?lang=${lang}&view=list`);
    const list = page.getByRole('list', { name: lang === 'en' ? 'Events in time order' : 'الأحداث بالترتيب الزمني' });
    const headings = list.getByRole('heading', { level: 2 }).filter({ hasText: lang === 'en' ? 'Phase:' : 'مرحلة:' });
    await expect(headings).toHaveCount(2);
    await expect(headings.first()).toContainText(names.get('istanbul-rounds')![lang]);
    await expect(headings.last()).toContainText(names.get('december-talks')![lang]);
    // In the item of the phase's first event (istanbul-1; the call before it is in no phase).
    const items = list.getByRole('listitem');
    await expect(items.nth(1).getByRole('heading', { name: new RegExp(names.get('istanbul-rounds')![lang]) })).toBeVisible();
    await expect(items.nth(0).getByRole('heading', { level: 2 })).toHaveCount(1);

    await page.getByRole('button', { name: lang === 'en' ? 'Table' : 'جدول' }).click();
    const table = page.getByRole('table');
    await expect(table.getByRole('heading', { level: 3 })).toHaveCount(2);
    const order = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.row ?? `phase:${tr.querySelector('[data-phase]')?.getAttribute('data-phase')}`));
    expect(order).toEqual(['call', 'phase:istanbul-rounds', 'istanbul-1', 'istanbul-2', 'phase:december-talks', 'moscow-meeting', 'miami-talks']);
    // Sorted by anything but the date, the headings would split no group: they go.
    await table.getByRole('button', { name: lang === 'en' ? /^Place/ : /^المكان/ }).click();
    await expect(table.getByRole('heading', { level: 3 })).toHaveCount(0);
  });

for (const lang of ['en', 'ar'] as const)
  test(`${lang}: on a phone, the vertical timeline writes each phase’s name over its first event`, async ({ page }) => {
    await useFour(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`./?lang=${lang}`);
    const list = page.locator('[data-layout="vertical"] .plot > .vertical');
    await expect(list.locator('.phase[data-phase]')).toHaveCount(2);
    const { rows, phases } = await list.evaluate((el) => {
      const box = (e: Element) => e.getBoundingClientRect();
      return {
        rows: [...el.querySelectorAll<HTMLElement>('[role=option]')].map((r) => ({ id: r.dataset.event!, top: box(r).top, bottom: box(r).bottom })),
        phases: [...el.querySelectorAll<HTMLElement>('.phase[data-phase]')].map((p) => ({
          id: p.dataset.phase!,
          text: p.querySelector('.name')!.textContent,
          top: box(p).top,
          bottom: box(p).bottom,
          nameBottom: box(p.querySelector('.name')!).bottom,
        })),
      };
    });
    expect(rows.map((r) => r.id)).toEqual(['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting', 'miami-talks']);
    // Each name sits between its phase's first event and the row before that one, overlapping neither.
    for (const [id, first] of [['istanbul-rounds', 'istanbul-1'], ['december-talks', 'moscow-meeting']] as const) {
      const p = phases.find((x) => x.id === id)!;
      const i = rows.findIndex((r) => r.id === first);
      expect(p.text).toBe(names.get(id)![lang]);
      expect(p.bottom).toBeLessThanOrEqual(rows[i].top + 1);
      expect(p.top).toBeGreaterThanOrEqual(rows[i - 1].bottom - 1);
      expect(p.nameBottom).toBeLessThanOrEqual(p.bottom);
    }
    // Decoration, as the wide chart's bands are: the listbox's options are its events only.
    await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(5);
  });

test('the bundled data’s phases, from the fact sheet, are drawn and headed', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?lang=en');
  await expect(page.locator('.phases [data-phase]')).toHaveCount(5);
  await expect(page.locator('.phases [data-phase="istanbul-rounds"] .name')).toHaveText('The Istanbul rounds');
  await page.goto('./?lang=en&view=list');
  await expect(page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /The Istanbul rounds/ }) })).toContainText('Istanbul round 1');
});
