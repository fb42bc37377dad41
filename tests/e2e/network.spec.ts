import fs from 'node:fs';
import { test, expect, TALASSA } from './fixtures';
import type { Locator, Page } from '@playwright/test';

// The layout settles synchronously with reduced motion, so nodes are where they end up at once.
test.use({ reducedMotion: 'reduce' });

const chart = (page: Page) => page.getByRole('listbox', { name: /^(Actor network|شبكة الأطراف)$/ });
const counter = (page: Page) => page.getByRole('status').filter({ hasText: /^(\d+ of )?63 events$/ });
const centreX = async (l: Locator) => {
  const b = (await l.boundingBox())!;
  return b.x + b.width / 2;
};
/** Opens the view and waits for the chart (the view's code loads on demand, slowly on a cold dev server). */
async function open(page: Page, query: string) {
  await page.goto(`./?view=network${query}`);
  await expect(chart(page)).toBeVisible({ timeout: 20_000 });
}
/** The option the listbox says is active. */
const active = async (page: Page) => page.locator(`[id="${await chart(page).getAttribute('aria-activedescendant')}"]`);

test.describe('actor network', () => {
  test('shows every actor of the data, with a title and a text summary', async ({ page }) => {
    await open(page, '&lang=en');
    await expect(page.getByRole('heading', { name: 'Who met whom' })).toBeVisible();
    await expect(page.getByText('67 actors and 378 links. Most connected: Rustem Umerov, Steve Witkoff and Volodymyr Zelensky.')).toBeVisible();
    await expect(chart(page).getByRole('option')).toHaveCount(67);
    await expect(chart(page).getByRole('option', { name: /^Steve Witkoff, United States: 27 events, met 40 other actors$/ })).toBeVisible();
  });

  test('selecting a node filters every view: actors= in the URL, the counter changes, a panel opens', async ({ page }) => {
    await open(page, '&lang=en');
    await expect(counter(page)).toHaveText('63 events');
    await chart(page).getByRole('option', { name: /^Steve Witkoff,/ }).click();
    await expect(page).toHaveURL(/[?&]actors=steve-witkoff(&|$)/);
    await expect(counter(page)).toHaveText('27 of 63 events');
    await expect(chart(page).getByRole('option', { name: /^Steve Witkoff,/ })).toHaveAttribute('aria-selected', 'true');
    // The network follows the filter: Witkoff and everyone who shared an event with him.
    await expect(chart(page).getByRole('option')).toHaveCount(41);

    const panel = page.getByRole('region', { name: 'Steve Witkoff' });
    await expect(panel.getByText('ستيف ويتكوف')).toBeVisible();
    await panel.getByRole('button', { name: /Witkoff in Moscow to bring Marc Fogel home/ }).click();
    await expect(page).toHaveURL(/[?&]event=2025-02-11-witkoff-moscow-fogel/);
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toContainText('Marc Fogel');

    await panel.getByRole('button', { name: 'Clear selection' }).click();
    await expect(page).not.toHaveURL(/actors=/);
    await expect(counter(page)).toHaveText('63 events');
  });

  test('selecting a link lists the events where the two actors met', async ({ page }) => {
    await open(page, '&lang=en&actors=steve-witkoff');
    await page.getByRole('region', { name: 'Steve Witkoff' }).getByRole('button', { name: /^Vladimir Putin Met 8 times$/ }).click();
    const panel = page.getByRole('region', { name: /Steve Witkoff.*Vladimir Putin|Vladimir Putin.*Steve Witkoff/ });
    await expect(panel.getByText('Met 8 times')).toBeVisible();
    await expect(panel.getByRole('listitem')).toHaveCount(8);
    await panel.getByRole('button', { name: 'Back to Steve Witkoff' }).click();
    await expect(page.getByRole('region', { name: 'Steve Witkoff' })).toBeVisible();
  });

  test('keyboard: one tab stop, arrows move visually, the tooltip follows, Enter selects, Escape clears', async ({ page }) => {
    await open(page, '&lang=en');
    const listbox = chart(page);
    await listbox.focus();
    // The keyboard starts on the most connected actor, with the same tooltip as on hover.
    await expect(await active(page)).toHaveAccessibleName(/^Rustem Umerov,/);
    const tooltip = page.getByRole('tooltip');
    await expect(tooltip).toContainText('Rustem Umerov');
    await expect(tooltip).toContainText('20 events');

    const before = await centreX(await active(page));
    await page.keyboard.press('ArrowRight');
    const moved = await active(page);
    await expect(moved).not.toHaveAccessibleName(/^Rustem Umerov,/);
    expect(await centreX(moved)).toBeGreaterThan(before);
    const name = (await moved.getAttribute('aria-label'))!.split(',')[0];
    await expect(tooltip).toContainText(name);

    // Escape first dismisses the tooltip and nothing else.
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
    await expect(listbox).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]actors=/);
    await expect(moved).toHaveAttribute('aria-selected', 'true');
    await expect(counter(page)).not.toHaveText('63 events');

    await page.keyboard.press('Escape');
    await expect(page).not.toHaveURL(/actors=/);
    await expect(counter(page)).toHaveText('63 events');

    // One tab stop: Tab leaves the chart, Shift+Tab comes back to it.
    await page.keyboard.press('Tab');
    await expect(listbox).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(listbox).toBeFocused();
  });

  test('in Arabic the chart is mirrored and arrows still move the way they point', async ({ page }) => {
    await open(page, '');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: 'من التقى مَن' })).toBeVisible();
    const trump = chart(page).getByRole('option', { name: /^دونالد ترامب،/ });
    const witkoff = chart(page).getByRole('option', { name: /^ستيف ويتكوف،/ });
    const ar = (await centreX(trump)) - (await centreX(witkoff));

    await chart(page).focus();
    const before = await centreX(await active(page));
    await page.keyboard.press('ArrowLeft');
    expect(await centreX(await active(page))).toBeLessThan(before);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    const en = (await centreX(chart(page).getByRole('option', { name: /^Donald Trump,/ }))) - (await centreX(chart(page).getByRole('option', { name: /^Steve Witkoff,/ })));
    expect(Math.sign(ar)).toBe(-Math.sign(en));
  });

  // The window is the network's own (issue #20.4): time passes here, the reader's filters, the
  // address and the count stay as they are.
  test('the play control steps the network through time, month by month, without touching the filters', async ({ page }) => {
    await open(page, '&lang=en');
    const url = page.url();
    const play = page.getByRole('group', { name: 'Step through time' });
    const all = await chart(page).getByRole('option').count();
    await play.getByRole('button', { name: 'Next month' }).click();
    await expect(play.getByText('February 2025')).toBeVisible();
    await expect.poll(() => chart(page).getByRole('option').count()).toBeLessThan(all);
    const february = await chart(page).getByRole('option').count();

    await play.getByRole('button', { name: 'Next month' }).click();
    await expect(play.getByText('Up to the end of March 2025')).toBeVisible();
    await expect.poll(() => chart(page).getByRole('option').count()).toBeGreaterThan(february);

    await play.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'That month only' });
    await play.getByRole('button', { name: 'Next month' }).click();
    await expect(play.getByText('April 2025', { exact: true })).toBeVisible();

    await play.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
    await play.getByRole('button', { name: 'Play' }).click();
    await expect(play.getByText('June 2025', { exact: true })).toBeVisible({ timeout: 5_000 });
    await play.getByRole('button', { name: 'Pause' }).click();
    expect(page.url()).toBe(url);
    await expect(counter(page)).toHaveText('63 events');

    await play.getByRole('button', { name: 'Show all dates' }).click();
    await expect.poll(() => chart(page).getByRole('option').count()).toBe(all);
  });

  for (const lang of ['en', 'ar'] as const) {
    test(`${lang}: playing and pausing adds no history entry, and one Back returns to before play`, async ({ page }) => {
      await page.goto(`./?lang=${lang}&actors=steve-witkoff`);
      await page.getByRole('navigation', { name: lang === 'en' ? 'Views' : 'طرق العرض' }).getByRole('button', { name: lang === 'en' ? 'Network' : 'شبكة', exact: true }).click();
      await expect(chart(page)).toBeVisible({ timeout: 20_000 });
      const before = { url: page.url(), length: await page.evaluate(() => history.length) };
      const play = page.getByRole('group', { name: lang === 'en' ? 'Step through time' : 'التنقل عبر الزمن' });
      await play.getByRole('combobox', { name: lang === 'en' ? 'Speed' : 'السرعة' }).selectOption({ index: 2 });
      await play.getByRole('button', { name: lang === 'en' ? 'Play' : 'تشغيل' }).click();
      await page.waitForTimeout(2_500);
      await play.getByRole('button', { name: lang === 'en' ? 'Pause' : 'إيقاف مؤقت' }).click();
      expect(page.url()).toBe(before.url);
      expect(await page.evaluate(() => history.length)).toBe(before.length);
      await page.goBack();
      await expect(page).not.toHaveURL(/view=network/);
      await expect(page).toHaveURL(/actors=steve-witkoff/);
    });
  }

  test('bipartite mode adds the events as nodes between the actors', async ({ page }) => {
    await open(page, '&lang=en');
    await page.getByLabel('Show events as nodes').check();
    await expect(chart(page).getByRole('option')).toHaveCount(67 + 63);
    await chart(page).getByRole('option', { name: /^Event: Witkoff in Moscow to bring Marc Fogel home/ }).click();
    await expect(page).toHaveURL(/[?&]event=2025-02-11-witkoff-moscow-fogel/);
  });

  test('the table lists every actor with counts and selects like the chart', async ({ page }) => {
    await open(page, '&lang=en');
    await page.getByText('The network as a table').click();
    const table = page.getByRole('table');
    await expect(table.getByRole('row')).toHaveCount(68);
    await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Steve Witkoff' }) })).toContainText('United States27');
    await table.getByRole('button', { name: 'Steve Witkoff' }).click();
    await expect(page).toHaveURL(/[?&]actors=steve-witkoff/);
  });
});

test.describe('the play control on a short process', () => {
  // Three months (February to April 2031) of a fictional process: Play must show the last one.
  test.use({ dataset: TALASSA });

  test('Play steps month by month up to the last month with events, then stops', async ({ page }) => {
    await open(page, '&lang=en');
    const play = page.getByRole('group', { name: 'Step through time' });
    await play.getByRole('combobox', { name: 'Speed' }).selectOption({ label: 'Fast' });
    await play.getByRole('button', { name: 'Play' }).click();
    await expect(play.getByText('Up to the end of April 2031')).toBeVisible({ timeout: 10_000 });
    await expect(play.getByRole('button', { name: 'Play' })).toBeVisible();
    // It stopped there, and showed time passing without filtering (#20.4).
    await expect(play.getByText('Up to the end of April 2031')).toBeVisible();
    expect(new URL(page.url()).searchParams.has('from')).toBe(false);
    await expect(page.getByRole('status').filter({ hasText: /^9 events$/ })).toBeVisible();
  });
});

test('the open event lights its participants in the network and dims the rest', async ({ page }) => {
  await page.goto('./?lang=en&view=network&event=2025-12-02-moscow-putin-witkoff-kushner');
  await page.waitForFunction(() => document.documentElement.dataset.rendered === 'network');
  const lit = page.locator('g.actor:not(.dim)');
  await expect(lit).toHaveCount(5);
  await expect(page.locator('g.actor[aria-label^="Vladimir Putin"]')).not.toHaveClass(/dim/);
  await expect(page.locator('g.actor.dim').first()).toBeVisible();
});

test.describe('who met whom, as the data says (tests/fixtures/mediated.json)', () => {
  const mediated = fs.readFileSync('tests/fixtures/mediated.json', 'utf8');
  test.beforeEach(async ({ page }) => {
    await page.route('**/data/mediated.json', (route) => route.fulfill({ body: mediated, contentType: 'application/json' }));
  });

  for (const [lang, words] of [
    ['en', { north: 'North envoy', south: 'South envoy', met: 'Met with', through: 'Talked through mediators with', once: 'Met once', one: '1 event', table: 'The network as a table', col: 'Through mediators with', role: /through mediators/ }],
    ['ar', { north: 'مبعوث الشمال', south: 'مبعوث الجنوب', met: 'لقاءات مع', through: 'محادثات عبر الوسطاء مع', once: 'لقاء واحد', one: 'حدث واحد', table: 'الشبكة في جدول', col: 'عبر الوسطاء مع', role: /عبر الوسطاء/ }],
  ] as const) {
    test(`${lang}: parties of proximity talks are linked to the mediators, not to each other; a statement links nobody`, async ({ page }) => {
      await open(page, `&data=data/mediated.json&lang=${lang}&actors=north-envoy`);
      const panel = page.getByRole('region', { name: words.north });
      // Met: the mediator (round and call), the host (round and meeting), the South envoy once (the face-to-face meeting only).
      // A ranked list, as the start panel's (TopList).
      const met = panel.getByRole('heading', { name: words.met }).locator('xpath=following-sibling::ol[1]').getByRole('listitem');
      await expect(met).toHaveCount(3);
      await expect(met.filter({ hasText: words.south })).toContainText(words.once);
      const through = panel.getByRole('heading', { name: words.through }).locator('xpath=following-sibling::ul[1]').getByRole('listitem');
      await expect(through).toHaveText([new RegExp(`${words.south}\\s*${words.one}`)]);

      // The link North–South lists the meeting, not the proximity round nor the statements.
      await met.filter({ hasText: words.south }).getByRole('button').click();
      const link = page.getByRole('region', { name: new RegExp(`${words.north}.*${words.south}|${words.south}.*${words.north}`) });
      await expect(link.getByRole('listitem')).toHaveCount(1);

      // The table names the counterparts in mediated talks in a column of its own.
      await page.getByText(words.table).click();
      const table = page.getByRole('table');
      await expect(table.getByRole('columnheader', { name: words.col })).toBeVisible();
      await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: words.south }) })).toContainText(words.north);

      // The event's details say who took part through mediators.
      await page.goto(`./?data=data/mediated.json&lang=${lang}&view=list&event=proximity-round`);
      const details = page.getByRole('complementary');
      await expect(details.getByRole('listitem').filter({ hasText: words.south })).toContainText(words.role);
      await expect(details.getByRole('listitem').filter({ hasText: words.north })).toContainText(words.role);
    });
  }
});

