/**
 * "Meetings between Witkoff and Putin" can be asked (issue #20, point 3): two actors chosen mean
 * any of them or all of them together, in the filter panel, the address (`actors=a,b&match=all`)
 * and the chips; the network's link count ("Met 8 times") links to that view; a series in the details
 * links to all its events (`series=`). On the bundled data (the numbers) and on
 * tests/fixtures/mini.json, in English and Arabic.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

test.use({ reducedMotion: 'reduce' });

const count = (page: Page) => page.getByRole('status').filter({ hasText: /events|حدث|أحداث/ });
const chips = (page: Page) => page.getByRole('list', { name: /^(Applied filters|المرشحات المطبقة)$/ });
const mini = () => JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));

const cases = [
  {
    data: 'bundled',
    lang: 'en',
    a: 'steve-witkoff',
    b: 'vladimir-putin',
    any: '34 of 63 events',
    all: '8 of 63 events',
    together: 'All of them together',
    anyLabel: 'any of them',
    allLabel: 'all of them together',
  },
  {
    data: 'bundled',
    lang: 'ar',
    a: 'steve-witkoff',
    b: 'vladimir-putin',
    any: '34 من أصل 63 حدثًا',
    all: /^8 من أصل 63/,
    together: 'جميعهم معًا',
    anyLabel: 'أيٌّ منهم',
    allLabel: 'جميعهم معًا',
  },
  { data: 'fixture', lang: 'en', a: 'steve-witkoff', b: 'vladimir-putin', any: '3 of 5 events', all: '2 of 5 events', together: 'All of them together', anyLabel: 'any of them', allLabel: 'all of them together' },
  { data: 'fixture', lang: 'ar', a: 'steve-witkoff', b: 'vladimir-putin', any: /^3 من أصل 5/, all: /^2 من أصل 5/, together: 'جميعهم معًا', anyLabel: 'أيٌّ منهم', allLabel: 'جميعهم معًا' },
] as const;

for (const c of cases) {
  test(`${c.data} data, ${c.lang}: two actors are any of them, or all of them together, in the panel, the address and the chips`, async ({ page }) => {
    if (c.data === 'fixture') await page.route('**/data/peace-talks.json', (route) => route.fulfill({ json: mini() }));
    await page.goto(`./?lang=${c.lang}&view=table&actors=${c.a},${c.b}`);
    await expect(count(page)).toHaveText(c.any);
    const filters = page.getByRole('button', { name: /^(Filters|المرشحات)/ });
    await filters.click();
    const group = page.getByRole('group', { name: /^(Events with|الأحداث التي شارك فيها)$/ });
    await expect(group.getByRole('radio', { name: c.anyLabel })).toBeChecked();
    await group.getByRole('radio', { name: c.allLabel }).check();
    await expect(page).toHaveURL(new RegExp(`[?&]actors=${c.a},${c.b}&match=all(&|$)`));
    await expect(count(page)).toHaveText(c.all);
    await filters.click();
    // The chip says so (the chips show while the panel is closed); removing it goes back to any of them, and Back returns to all together.
    const chip = chips(page).getByRole('listitem').filter({ hasText: c.together });
    await expect(chip).toBeVisible();
    await chip.getByRole('button').click();
    await expect(page).not.toHaveURL(/match=/);
    await expect(count(page)).toHaveText(c.any);
    await page.goBack();
    await expect(page).toHaveURL(/match=all/);
    await expect(count(page)).toHaveText(c.all);
    // The link itself opens the same answer.
    await page.goto(`./?lang=${c.lang}&view=table&actors=${c.a},${c.b}&match=all`);
    await expect(count(page)).toHaveText(c.all);
  });
}

test('the network’s “Met 8 times” links to the events with both Witkoff and Putin, in every view', async ({ page }) => {
  await page.goto('./?lang=en&view=network&actors=steve-witkoff');
  await page.getByRole('region', { name: 'Steve Witkoff' }).getByRole('button', { name: /^Vladimir Putin Met 8 times$/ }).click();
  const panel = page.getByRole('region', { name: /Steve Witkoff.*Vladimir Putin|Vladimir Putin.*Steve Witkoff/ });
  const link = panel.getByRole('link', { name: 'Met 8 times' });
  await expect(link).toHaveAttribute('href', /[?&]actors=(steve-witkoff,vladimir-putin|vladimir-putin,steve-witkoff)&match=all(&|$)/);
  await link.click();
  await expect(page).toHaveURL(/match=all/);
  await expect(count(page)).toHaveText('8 of 63 events');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Table' }).click();
  await expect(page.locator('tbody tr[data-row]')).toHaveCount(8);
});

for (const c of [
  { data: 'bundled', lang: 'en', event: '2025-03-13-moscow-putin-witkoff', link: 'Show all 7 in this series', count: '7 of 63 events', series: 'witkoff-putin-meetings', chip: "Series: Witkoff's meetings with Putin" },
  { data: 'bundled', lang: 'ar', event: '2025-03-13-moscow-putin-witkoff', link: /^اعرض أحداث هذه السلسلة كلها/, count: /^7 من أصل 63/, series: 'witkoff-putin-meetings', chip: 'السلسلة: لقاءات ويتكوف مع بوتين' },
  { data: 'fixture', lang: 'en', event: 'istanbul-1', link: 'Show all 2 in this series', count: '2 of 5 events', series: 'istanbul-talks', chip: 'Series: Istanbul talks' },
] as const) {
  test(`${c.data} data, ${c.lang}: a series in the details links to all its events, whatever was filtered`, async ({ page }) => {
    if (c.data === 'fixture') await page.route('**/data/peace-talks.json', (route) => route.fulfill({ json: mini() }));
    // A filter that leaves only this event of its series: the link shows them all again.
    await page.goto(`./?lang=${c.lang}&view=table&types=meeting,talks-round&from=2025-03-01&to=2025-05-31&event=${c.event}`);
    await page.getByRole('link', { name: c.link }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]series=${c.series}(&|$)`));
    await expect(page).not.toHaveURL(/from=|types=/);
    await expect(count(page)).toHaveText(c.count);
    await expect(chips(page).getByRole('listitem').filter({ hasText: c.chip })).toBeVisible();
  });
}
