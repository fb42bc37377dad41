/**
 * Filters, search and shareable URL state, as a reader uses them: the answer to a question is
 * a set of rows and a count, and the link reproduces it. On a fixture of another process
 * (talassa.json: nine events, seven sides), served as the page's own data.
 */
import type { Page } from '@playwright/test';
import { test, expect, paramNotice, serveDataset, TALASSA } from './fixtures';

test.use({ dataset: TALASSA });

/** The "N of M events" counter (the other live regions speak of suggestions or links). */
const count = (page: Page) => page.getByRole('status').filter({ hasText: /events|حدث|أحداث/ });
const rows = (page: Page) => page.locator('tbody tr[data-row]');
const titles = (page: Page) => rows(page).locator('th button').allTextContents();
const openFilters = (page: Page) => page.getByRole('button', { name: /^Filters/ }).click();

test.describe('filters', () => {
  test('Arabic search finds Ilse Marrow’s events when typed without hamza', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await page.getByRole('searchbox').fill('السه');
    await expect(count(page)).toHaveText('4 of 9 events');
    await expect(rows(page)).toHaveCount(4);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent('السه')}`));
    // Every row has her among the participants.
    for (const row of await rows(page).all()) await expect(row.getByRole('button', { name: 'Show only events with Ilse Marrow' })).toBeVisible();
  });

  test('the same search works on the Arabic page', async ({ page }) => {
    await page.goto('./?lang=ar&view=table');
    await page.getByRole('searchbox').fill('السه');
    await expect(count(page)).toHaveText('4 من أصل 9 أحداث');
    await expect(rows(page)).toHaveCount(4);
  });

  test('the actor type-ahead works by keyboard', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await page.getByRole('button', { name: /^Filters/ }).press('Enter');
    const combo = page.getByRole('combobox', { name: 'People and organisations' });
    await combo.focus();
    await page.keyboard.type('marr');
    const list = page.getByRole('listbox', { name: 'People and organisations' });
    await expect(list).toBeVisible();
    const marrow = list.getByRole('option', { name: /Ilse Marrow/ });
    await expect(combo).toHaveAttribute('aria-activedescendant', (await marrow.getAttribute('id'))!);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Remove filter: Ilse Marrow' })).toBeVisible();
    await expect(marrow).toHaveAttribute('aria-selected', 'true');
    await expect(count(page)).toHaveText('4 of 9 events');
    await expect(page).toHaveURL(/[?&]actors=ilse-marrow(&|$)/);
    await expect(combo).toBeFocused();

    // Arabic, without hamza (ألديس), adds a second person (OR within the facet).
    await page.keyboard.type('الديس');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]actors=ilse-marrow,rhen-aldis(&|$)/);
    await expect(count(page)).toHaveText('5 of 9 events');

    // Escape closes the list and leaves the detail panel alone; Backspace removes the last choice.
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(combo).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Backspace');
    await expect(page).toHaveURL(/[?&]actors=ilse-marrow(&|$)/);
    await page.keyboard.press('ArrowDown');
    await expect(list).toBeVisible();
    await expect(list.getByRole('option').first()).toHaveId((await combo.getAttribute('aria-activedescendant'))!);
  });

  test('a shared URL reproduces the same rows', async ({ page, browser }) => {
    await page.goto('./?lang=en&view=table');
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^Talks round/ }).check();
    await page.getByRole('combobox', { name: 'Places' }).fill('port tal');
    await page.keyboard.press('Enter');
    await page.getByRole('searchbox').fill('agenda');
    await page.getByRole('searchbox').press('Enter');
    await expect(count(page)).toHaveText('1 of 9 events');
    const expected = await titles(page);
    expect(expected).toEqual(['Second round in Port Talassa']);

    // Another reader: a browser of their own, with nothing of the first one's.
    const context = await browser.newContext();
    await serveDataset(context, TALASSA);
    const other = await context.newPage();
    await other.goto(page.url());
    await expect(count(other)).toHaveText('1 of 9 events');
    expect(await titles(other)).toEqual(expected);
    await expect(other.getByRole('searchbox')).toHaveValue('agenda');
    await context.close();
  });

  test('Back and Forward step through filter changes, and a reload restores them', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await openFilters(page);
    await page.getByRole('checkbox', { name: /^Statement/ }).check();
    await expect(count(page)).toHaveText('2 of 9 events');
    await page.getByRole('checkbox', { name: /^Phone call/ }).check();
    await expect(count(page)).toHaveText('3 of 9 events');
    await page.goBack();
    await expect(count(page)).toHaveText('2 of 9 events');
    await expect(page.getByRole('checkbox', { name: /^Phone call/ })).not.toBeChecked();
    await page.goBack();
    await expect(count(page)).toHaveText('9 events');
    await page.goForward();
    await expect(count(page)).toHaveText('2 of 9 events');
    await page.reload();
    await expect(count(page)).toHaveText('2 of 9 events');
    await expect(page.getByRole('button', { name: 'Remove filter: Statement' })).toBeVisible();
  });

  test('typing in the search box does not add a history entry per key', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    const before = await page.evaluate(() => history.length);
    await page.getByRole('searchbox').pressSequentially('brask', { delay: 30 });
    await expect(page).toHaveURL(/[?&]q=brask/);
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(before + 1);
  });

  test('dates narrow the events and show as one removable chip', async ({ page }) => {
    await page.goto('./?lang=en&view=table&places=port-talassa');
    await openFilters(page);
    await page.getByLabel('From', { exact: true }).fill('2031-03-01');
    await page.getByLabel('To', { exact: true }).fill('2031-03-31');
    // The second round (3 March) and the consultation dated only "March 2031".
    await expect(count(page)).toHaveText('2 of 9 events');
    await expect(page).toHaveURL(/from=2031-03-01&to=2031-03-31/);
    await page.getByRole('button', { name: /^Filters/ }).click();
    const chip = page.getByRole('button', { name: 'Remove filter: 1 Mar 2031 – 31 Mar 2031' });
    await chip.click();
    await expect(count(page)).toHaveText('4 of 9 events');
    await expect(page).not.toHaveURL(/from=/);
  });

  test('each option shows how many events it would match', async ({ page }) => {
    await page.goto('./?lang=en&view=table&actors=ilse-marrow');
    await openFilters(page);
    await expect(page.getByRole('checkbox', { name: /^Talks round\s*, 3 events$/ })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: /^Phone call\s*, 1 event$/ })).toBeVisible();
    await page.getByRole('checkbox', { name: /^Talks round/ }).check();
    await expect(count(page)).toHaveText('3 of 9 events');
  });

  test('Copy link puts the current URL on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?lang=en&view=table&actors=ilse-marrow&types=talks-round');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  });

  test('without a clipboard, the link shows selected in a field to copy by hand', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.goto('./?lang=en&view=table&types=statement');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: /Select the link and copy it/ });
    await expect(field).toBeFocused();
    await expect(field).toHaveValue(page.url());
    expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe(page.url().length);
  });

  test('Reset clears filters and selection but keeps the language and view', async ({ page }) => {
    await page.goto('./?lang=en&theme=dark&view=table&actors=ilse-marrow&types=talks-round&q=talassa&event=port-talassa-round-2');
    await expect(page.getByRole('complementary')).toBeVisible();
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(count(page)).toHaveText('9 events');
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page.getByRole('searchbox')).toHaveValue('');
    await expect(page).toHaveURL(/\?view=table&lang=en&theme=dark$/);
    await expect(page.getByRole('status').filter({ hasText: 'Filters and selection cleared' })).toBeVisible();
  });

  test('an empty result says so and offers to clear the filters', async ({ page }) => {
    await page.goto('./?lang=en&view=table&q=zzzz&types=statement');
    await expect(count(page)).toHaveText('No events match these filters (of 9)');
    await expect(page.getByText('No event matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect(count(page)).toHaveText('9 events');
    await expect(page.getByRole('searchbox')).toBeFocused();
    await expect(rows(page)).toHaveCount(9);
  });

  test('unknown and malformed link parameters are ignored with a notice', async ({ page }) => {
    await page.goto('./?lang=en&view=table&actors=nobody-at-all&from=2025-02-30&types=summit,picnic&colour=red');
    for (const [key, value] of [
      ['actors', 'nobody-at-all'],
      ['from', '2025-02-30'],
      ['types', 'summit,picnic'],
      ['colour', 'red'],
    ]) {
      await expect(page.getByText(paramNotice(key, value))).toBeVisible();
    }
    await expect(count(page)).toHaveText('9 events');
    await expect(page).not.toHaveURL(/nobody|picnic|colour/);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByText(/was not understood/)).toHaveCount(0);
  });

  test('a "to" before "from" is dropped with a notice; the rest of the link applies', async ({ page }) => {
    await page.goto('./?lang=en&view=table&from=2031-03-10&to=2031-03-01&actors=ilse-marrow');
    await expect(page.getByText(paramNotice('to', '2031-03-01'))).toBeVisible();
    await expect(page.getByRole('button', { name: /^Remove filter: from 10 Mar 2031$/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Remove filter: Ilse Marrow' })).toBeVisible();
  });

  test('works at 320 px wide and right to left, without page-level horizontal scroll', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('./?view=table&lang=ar&actors=ilse-marrow');
    await page.getByRole('button', { name: /^المرشحات/ }).click();
    await page.getByRole('combobox', { name: 'الأماكن' }).fill('ميناء');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/places=port-talassa/);
    // Overflow past the page's box (the scrollbar's kept room, scrollbar-gutter, counts as none).
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  });
});
