/**
 * The map view (`view=map`): places placed inside the map, linked with the other views through
 * the shared filters, the keyboard in reading order (mirrored in Arabic), the events it cannot
 * place listed beside it, and its code loaded only when it is opened. Behaviour on a fixture
 * (tests/fixtures/mini.json: Miami, Moscow, Istanbul and a phone call) and on the bundled data.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ reducedMotion: 'reduce' });

const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
const bundled = JSON.parse(fs.readFileSync('data/peace-talks.json', 'utf8'));
const atPlace = (data: { events: { place?: string }[] }, id: string) => data.events.filter((e) => e.place === id).length;
const useMini = (page: Page) => page.route('**/data/peace-talks.json', (route) => route.fulfill({ path: 'tests/fixtures/mini.json', contentType: 'application/json' }));
const chart = (page: Page) => page.getByRole('listbox', { name: /^(Map of the places|خريطة الأماكن)$/ });
const places = (page: Page) => page.locator('[data-place]');
async function open(page: Page, query: string) {
  await page.goto(`./?view=map${query}`);
  await expect(chart(page)).toBeVisible({ timeout: 20_000 });
}
const activePlace = async (page: Page) => page.locator(`[id="${await chart(page).getAttribute('aria-activedescendant')}"]`).getAttribute('data-place');

test.describe('map view', () => {
  test('draws one symbol per place on the ground and lists the call beside the map', async ({ page }) => {
    await useMini(page);
    await open(page, '&lang=en');
    const onGround = new Set(mini.events.map((e: { place: string }) => e.place).filter((p: string) => mini.places.find((x: { id: string; lat?: number }) => x.id === p)?.lat !== undefined));
    await expect(places(page)).toHaveCount(onGround.size);
    expect(new Set(await places(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place'))))).toEqual(onGround);
    const elsewhere = page.getByRole('region', { name: 'Not on the map' });
    await expect(elsewhere.getByRole('heading', { name: /By phone or video/ })).toBeVisible();
    const calls = mini.events.filter((e: { place: string }) => e.place === 'by-phone').length;
    await expect(elsewhere.getByRole('listitem')).toHaveCount(calls);
  });

  for (const [w, h, lang] of [
    [1440, 900, 'en'],
    [1440, 900, 'ar'],
    [390, 844, 'en'],
    [1024, 768, 'ar'],
  ] as const) {
    test(`every symbol is inside the map at ${w}x${h}, ${lang}, and nothing scrolls sideways`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await open(page, `&lang=${lang}`);
      await expect(places(page)).toHaveCount(20);
      const box = (await chart(page).boundingBox())!;
      for (const b of await places(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        expect(b.left).toBeGreaterThanOrEqual(box.x);
        expect(b.right).toBeLessThanOrEqual(box.x + box.width);
        expect(b.top).toBeGreaterThanOrEqual(box.y);
        expect(b.bottom).toBeLessThanOrEqual(box.y + box.height);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    });
  }

  test('follows the filters, and choosing a place filters every view (places= in the URL)', async ({ page }) => {
    await open(page, '&lang=en&actors=vladimir-putin');
    const withPutin = await places(page).count();
    expect(withPutin).toBeGreaterThan(0);
    expect(withPutin).toBeLessThan(20);
    await open(page, '&lang=en');
    await chart(page).locator('[data-place="moscow"]').click();
    await expect(page).toHaveURL(/[?&]places=moscow(&|$)/);
    await expect(page.getByRole('status').filter({ hasText: /of 63 events/ })).toHaveText('7 of 63 events');
    await expect(page.getByRole('heading', { name: 'Events in Moscow' })).toBeVisible();
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await expect(page.locator('tbody tr[data-row]')).toHaveCount(7);
    await page.goBack();
    await expect(chart(page)).toBeVisible();
    await page.getByRole('button', { name: 'Show all places' }).click();
    await expect(page).not.toHaveURL(/places=/);
  });

  test('pointing at a place lists its events; the event open in the details is ringed on the map', async ({ page }) => {
    await useMini(page);
    await open(page, '&lang=en');
    await chart(page).locator('[data-place="istanbul"]').hover();
    const istanbul = mini.events.filter((e: { place: string }) => e.place === 'istanbul');
    await expect(page.getByRole('heading', { name: 'Events in Istanbul' })).toBeVisible();
    await expect(page.getByRole('tooltip')).toContainText('Istanbul');
    const panel = page.getByRole('region', { name: 'Events in Istanbul' });
    await expect(panel.getByRole('listitem')).toHaveCount(istanbul.length);
    await panel.getByRole('button', { name: new RegExp(istanbul[0].title.en) }).click();
    await expect(page).toHaveURL(new RegExp(`event=${istanbul[0].id}`));
    await expect(chart(page).locator('[data-place="istanbul"] .halo.open')).toHaveCount(1);
    await expect(chart(page).locator('.halo.open')).toHaveCount(1);
  });

  test('the keyboard walks the places in reading order, mirrored in Arabic; Enter chooses, Escape clears', async ({ page }) => {
    for (const [lang, forward] of [
      ['en', 'ArrowRight'],
      ['ar', 'ArrowLeft'],
    ] as const) {
      await open(page, `&lang=${lang}`);
      await chart(page).focus();
      const xs: number[] = [];
      let previous = await activePlace(page);
      // The first row of places: each step moves along the reading direction.
      for (let i = 0; i < 3; i++) {
        const b = (await chart(page).locator(`[data-place="${previous}"]`).boundingBox())!;
        xs.push(b.x + b.width / 2);
        await page.keyboard.press(forward);
        const next = await activePlace(page);
        expect(next).not.toBe(previous);
        previous = next;
      }
      const sorted = [...xs].sort((a, b) => (lang === 'ar' ? b - a : a - b));
      expect(xs).toEqual(sorted);
      await page.keyboard.press('Home');
      const first = await activePlace(page);
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(new RegExp(`[?&]places=${first}(&|$)`));
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await expect(page).not.toHaveURL(/places=/);
    }
  });

  test('its time control shows where the talks were month by month, without touching the filters or the address', async ({ page }) => {
    await open(page, '&lang=en');
    await expect(places(page)).toHaveCount(20);
    const url = page.url();
    const entries = await page.evaluate(() => history.length);
    const play = page.getByRole('group', { name: 'Step through time' });
    await play.getByRole('button', { name: 'Next month' }).click();
    // The first month of the bundled data: a handful of places, not all twenty.
    const first = await places(page).count();
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(20);
    await play.getByRole('button', { name: 'Next month' }).click();
    await play.getByRole('button', { name: 'Next month' }).click();
    expect(await places(page).count()).toBeGreaterThanOrEqual(first);
    expect(page.url()).toBe(url);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await expect(page.getByRole('status').filter({ hasText: /events$/ }).first()).toHaveText('63 events');
    await play.getByRole('button', { name: 'Show all dates' }).click();
    await expect(places(page)).toHaveCount(20);
  });

  test("in presentation mode the band can show the map, with the step's place ringed", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./?lang=en&mode=present&step=1');
    const band = page.getByRole('region', { name: /./ }).filter({ has: page.getByRole('button', { name: 'Map', exact: true }) }).last();
    await band.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(chart(page)).toBeVisible({ timeout: 20_000 });
    const event = new URL(page.url()).searchParams.get('event');
    const place = bundled.events.find((e: { id: string }) => e.id === event)?.place;
    expect(place).toBeTruthy();
    await expect(chart(page).locator(`[data-place="${place}"] .halo.open`)).toHaveCount(1);
  });

  test('a table of places is behind the map, names in the reader language', async ({ page }) => {
    await open(page, '&lang=ar');
    await page.getByText('الأماكن في جدول').click();
    const rows = page.locator('details tbody tr');
    await expect(rows).toHaveCount(20);
    await expect(rows.first().getByRole('button')).toHaveText('واشنطن');
  });

  test('no WCAG A/AA violations, en and ar, light and dark', async ({ page }) => {
    test.setTimeout(90_000);
    for (const [lang, theme] of [
      ['en', 'light'],
      ['ar', 'dark'],
    ] as const) {
      await open(page, `&lang=${lang}&theme=${theme}`);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('its code and basemap load only when the map is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('./?lang=en');
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    expect(requested.filter((u) => /MapView/.test(u))).toEqual([]);
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect(chart(page)).toBeVisible();
    expect(requested.filter((u) => /MapView/.test(u)).length).toBeGreaterThan(0);
    expect(requested.every((u) => u.startsWith('http://127.0.0.1'))).toBe(true);
  });
});
