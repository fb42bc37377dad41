import { test, expect, paramNotice } from './fixtures';

const count = (page: import('@playwright/test').Page) => page.getByRole('status').filter({ hasText: /events?$/ }).first();

test.describe('history', () => {
  test('a search after a filter is its own step: Back returns to the filter without the search', async ({ page }) => {
    await page.goto('./?lang=en&view=table&types=summit');
    await expect(count(page)).toHaveText('7 of 63 events');
    await page.getByRole('searchbox').pressSequentially('london', { delay: 30 });
    await expect(page).toHaveURL(/[?&]q=london/);
    await page.goBack();
    await expect(page).toHaveURL(/types=summit$/);
    await expect(count(page)).toHaveText('7 of 63 events');
  });

  test('Back after Reset brings the filters back', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await page.getByRole('searchbox').pressSequentially('putin', { delay: 30 });
    await expect(page).toHaveURL(/[?&]q=putin/);
    await page.getByRole('button', { name: 'Reset' }).click();
    await expect(count(page)).toHaveText('63 events');
    await page.goBack();
    await expect(page).toHaveURL(/[?&]q=putin/);
    await expect(page.getByRole('searchbox')).toHaveValue('putin');
  });

  test('opening a link adds no history entry of its own', async ({ page }) => {
    await page.goto('./?lang=en&view=list');
    // Parameters out of canonical order, and an actor the data does not have.
    await page.goto('./?actors=steve-witkoff,nobody&view=table&lang=en');
    await expect(page.getByText(paramNotice('actors', 'nobody'))).toBeVisible();
    await expect(page).toHaveURL(/\?view=table&lang=en&actors=steve-witkoff$/);
    await page.goBack();
    await expect(page).toHaveURL(/\?view=list&lang=en$/);
  });

  test('coming back to an address in another order puts it in order in place, Forward kept', async ({ page }) => {
    await page.goto('./?lang=en&view=table');
    await expect(count(page)).toHaveText('63 events');
    // An entry written out of canonical order by a script (a host page, a test harness), then
    // Back to it: the filter applies and the address is rewritten, not pushed again.
    await page.evaluate(() => history.pushState(null, '', '?types=summit&lang=en&view=table'));
    await page.evaluate(() => history.pushState(null, '', '?view=table&lang=en'));
    await page.goBack();
    await expect(count(page)).toHaveText('7 of 63 events');
    await expect(page).toHaveURL(/\?view=table&lang=en&types=summit$/);
    await page.goForward();
    await expect(count(page)).toHaveText('63 events');
    await expect(page).toHaveURL(/\?view=table&lang=en$/);
  });
});
