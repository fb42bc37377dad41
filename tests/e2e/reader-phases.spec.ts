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

test('a long table, whose rows are rendered as they scroll into view, heads each phase too and numbers its rows', async ({ page }) => {
  // The fixture's five events repeated to 300 (past the 200 rows from which only the rows in
  // view are rendered), the first of each with its own id, which the fixture's story names.
  const data = JSON.parse(fs.readFileSync('tests/fixtures/mini-four.json', 'utf8')) as { events: { id: string }[] };
  const events = Array.from({ length: 60 }, (_, k) => data.events.map((e) => ({ ...e, id: k ? `${e.id}-copy-${k}` : e.id }))).flat();
  await page.route('**/data/peace-talks.json', (route) => route.fulfill({ json: { ...data, events } }));
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./?lang=en&view=table');
  const table = page.getByRole('table');
  // The header, 300 events and the two phases' headings.
  await expect(table).toHaveAttribute('aria-rowcount', '303');
  const rendered = table.locator('tbody tr[aria-rowindex]');
  expect(await rendered.count()).toBeLessThan(100);
  /** The rendered rows, in order: an event's id or `phase:<id>`, with its number for assistive technology. */
  const order = () =>
    rendered.evaluateAll((trs) => trs.map((tr) => [(tr as HTMLElement).dataset.row ?? `phase:${tr.querySelector('[data-phase]')?.getAttribute('data-phase')}`, Number(tr.getAttribute('aria-rowindex'))] as const));
  const numbered = (rows: (readonly [string, number])[]) => rows.every(([, n], i) => i === 0 || n === rows[i - 1][1] + 1);

  // The 60 calls (in no phase) come first, then the Istanbul rounds' heading over their first.
  const scroller = page.locator('.scroller');
  const headingAt = async (phase: string) => {
    for (let y = 0; y < 40; y++) {
      const rows = await order();
      const at = rows.findIndex(([id]) => id === `phase:${phase}`);
      if (at >= 0) return { rows, at };
      await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight * 0.8));
    }
    throw new Error(`no heading for ${phase}`);
  };
  const istanbul = await headingAt('istanbul-rounds');
  expect(istanbul.rows[istanbul.at + 1][0]).toMatch(/^istanbul-1/);
  expect(istanbul.rows[istanbul.at - 1][0]).toMatch(/^call/);
  expect(istanbul.rows[istanbul.at][1]).toBe(1 + 60 + 1); // the header, 60 calls, then the heading
  expect(numbered(istanbul.rows)).toBe(true);
  const december = await headingAt('december-talks');
  expect(december.rows[december.at + 1][0]).toMatch(/^moscow-meeting/);
  expect(december.rows[december.at][1]).toBe(1 + 60 + 1 + 120 + 1);
  expect(numbered(december.rows)).toBe(true);
  // At the end, the last event is the last row.
  for (let i = 0; i < 3; i++) await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rendered.last()).toHaveAttribute('aria-rowindex', '303');
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
