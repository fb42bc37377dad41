/**
 * The address and Back/Forward, as a reader steps through them: on a fixture of another process
 * (talassa.json, nine events), served as the page's own data.
 */
import { test, expect, paramNotice, TALASSA } from './fixtures';

test.use({ dataset: TALASSA });

const count = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /events?$/ }).first();

test.describe('history', () => {
  test('a search after a filter is its own step: Back returns to the filter without the search', async ({ page }) => {
    await page.goto('./?lang=en&view=table&types=statement');
    await expect(count(page)).toHaveText('2 of 9 events');
    await page.getByRole('searchbox').pressSequentially('veyholm', { delay: 30 });
    await expect(page).toHaveURL(/[?&]q=veyholm/);
    await page.goBack();
    await expect(page).toHaveURL(/types=statement$/);
    await expect(count(page)).toHaveText('2 of 9 events');
  });

  test('Back after Reset brings the filters back', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await page.getByRole('searchbox').pressSequentially('brask', { delay: 30 });
    await expect(page).toHaveURL(/[?&]q=brask/);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(count(page)).toHaveText('9 events');
    await page.goBack();
    await expect(page).toHaveURL(/[?&]q=brask/);
    await expect(page.getByRole('searchbox')).toHaveValue('brask');
  });

  test('opening a link adds no history entry of its own', async ({ page }) => {
    await page.goto('./?lang=en&view=list');
    // Parameters out of canonical order, and an actor the data does not have.
    await page.goto('./?actors=lotte-brask,nobody&view=table&lang=en');
    await expect(page.getByText(paramNotice('actors', 'nobody'))).toBeVisible();
    await expect(page).toHaveURL(/\?view=table&lang=en&actors=lotte-brask$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?view=list&lang=en$/);
  });

  test('coming back to an address in another order puts it in order in place, Forward kept', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await expect(count(page)).toHaveText('9 events');
    // An entry written out of canonical order by a script (a host page, a test harness), then
    // Back to it: the filter applies and the address is rewritten, not pushed again.
    await page.evaluate(() => history.pushState(null, '', '?types=statement&lang=en&view=table'));
    await page.evaluate(() => history.pushState(null, '', '?view=table&lang=en'));
    await page.goBack();
    await expect(count(page)).toHaveText('2 of 9 events');
    await expect(page).toHaveURL(/\?view=table&lang=en&types=statement$/);
    await page.goForward();
    await expect(count(page)).toHaveText('9 events');
    await expect(page).toHaveURL(/\?view=table&lang=en$/);
  });
});
