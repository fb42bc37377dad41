import { test, expect } from './fixtures';

test.describe('app shell', () => {
  test('shows the dataset in Arabic by default, right to left', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'العربية' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('switching language updates the page and the URL, and a reload restores it', async ({ page }) => {
    await page.goto('./?view=list');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page).toHaveURL(/[?&]lang=en/);
    await expect(page.getByRole('button', { name: 'Settings' }).or(page.getByText('Display settings'))).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goBack();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  });

  test('an unknown URL parameter is ignored with a visible notice', async ({ page }) => {
    await page.goto('./?lang=en&view=galaxy&colour=red');
    await expect(page.getByText('The link parameter view=galaxy was not understood and was ignored.')).toBeVisible();
    await expect(page.getByText('The link parameter colour=red was not understood and was ignored.')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('opening an event shows its details; Escape closes them and focus returns', async ({ page }) => {
    await page.goto('./?lang=en&view=list');
    const first = page.getByRole('list', { name: 'Events in time order' }).getByRole('button').first();
    const title = (await first.textContent())!.trim();
    await first.focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(page).toHaveURL(/[?&]event=/);
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(first).toBeFocused();
  });

  test('a foreign ?data= origin is refused with a message', async ({ page }) => {
    await page.goto('./?lang=en&data=https://evil.example/fake.json');
    await expect(page.getByRole('alert')).toContainText('evil.example is not allowed');
  });
});
