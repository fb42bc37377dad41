/**
 * Classroom features: presentation mode (clicker keys, URL position, large type, contrast,
 * stories, autoplay), the printed handout and the exports (SVG, PNG, CSV, JSON).
 */
import fs from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { Page } from '@playwright/test';
import { test, expect, TALASSA } from './fixtures';
import { loadDataset } from '../../src/lib/data/load';

const progress = (page: Page) => page.getByText(/^\d+ \/ \d+$/);
/** The rows of the list view, the count the reader sees on screen. */
const listed = (page: Page, lang: 'en' | 'ar' = 'en') =>
  page.getByRole('list', { name: lang === 'en' ? 'Events in time order' : 'الأحداث بالترتيب الزمني' }).getByRole('listitem');
const title = (page: Page) => page.locator('#present-title');

async function total(page: Page): Promise<number> {
  await expect(progress(page)).toBeVisible();
  return Number((await progress(page).textContent())!.split('/')[1]);
}

/**
 * A forward clicker key until the next event shows: a step too long for one screen shows its
 * next screen first (present-screens.spec.ts), and only while it offers "More".
 */
async function forward(page: Page, key: string, more = 'More'): Promise<void> {
  for (let i = 0; i < 8; i++) {
    const hasMore = await page.getByRole('button', { name: more, exact: true }).isVisible();
    await page.keyboard.press(key);
    if (!hasMore) return;
    await expect(page.locator('article.step .continued')).toBeVisible();
  }
  throw new Error('more than eight screens for one event');
}

test.describe('presentation mode', () => {
  // Long walks through many steps and reloads: room for a slow machine.
  test.describe.configure({ timeout: 60_000 });
  test('clicker keys step through the events; the URL keeps the step', async ({ page }) => {
    await page.goto('./?lang=en&mode=present');
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
    const n = await total(page);
    expect(n).toBeGreaterThan(5);

    const steps: [string, number][] = [
      ['PageDown', 2],
      ['Space', 3],
      ['ArrowRight', 4],
      ['PageUp', 3],
      ['ArrowLeft', 2],
      ['End', n],
      ['Home', 1],
    ];
    for (const [key, step] of steps) {
      const before = await title(page).textContent();
      if (['PageDown', 'Space', 'ArrowRight'].includes(key)) await forward(page, key);
      else await page.keyboard.press(key);
      await expect(progress(page)).toHaveText(`${step} / ${n}`);
      expect(await title(page).textContent()).not.toBe(before);
      if (step > 1) await expect(page).toHaveURL(new RegExp(`[?&]step=${step}(&|$)`));
    }
    // Each step selects its event and moves the date window around it.
    await forward(page, 'PageDown');
    await expect(progress(page)).toHaveText(`2 / ${n}`);
    await expect(page).toHaveURL(/[?&]step=2(&|$)/);
    await expect(page).toHaveURL(/[?&]event=[^&]+/);
    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);

    // A reload resumes at the same step, with the same event.
    const shown = await title(page).textContent();
    await page.reload();
    await expect(progress(page)).toHaveText(`2 / ${n}`);
    await expect(title(page)).toHaveText(shown!);
  });

  test('Enter and the up/down arrows step like a clicker; B or . blacks, W whites, any key returns; ? lists the keys', async ({ page }) => {
    await page.goto('./?lang=en&mode=present');
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
    const n = await total(page);
    for (const [key, step] of [['Enter', 2], ['ArrowDown', 3], ['ArrowUp', 2]] as const) {
      await page.keyboard.press(key);
      await expect(progress(page)).toHaveText(`${step} / ${n}`);
    }
    // The blank covers the whole screen in one colour; any key brings the slide back without moving.
    const cover = async () =>
      page.evaluate(() => {
        const el = document.elementFromPoint(innerWidth / 2, innerHeight / 2)!;
        const r = el.getBoundingClientRect();
        const { clientWidth: w, clientHeight: h } = document.documentElement;
        return { colour: getComputedStyle(el).backgroundColor, full: r.width >= w && r.height >= h };
      });
    for (const [key, colour] of [['b', 'rgb(0, 0, 0)'], ['.', 'rgb(0, 0, 0)'], ['w', 'rgb(255, 255, 255)']] as const) {
      await page.keyboard.press(key);
      await expect.poll(cover).toEqual({ colour, full: true });
      await expect(page.getByText(colour === 'rgb(0, 0, 0)' ? 'The screen is black' : 'The screen is white')).toBeAttached();
      await page.keyboard.press('PageDown');
      await expect(page.locator('button.blank')).toHaveCount(0);
      await expect(progress(page)).toHaveText(`2 / ${n}`);
    }
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Keys' });
    await expect(dialog).toBeVisible();
    for (const text of ['Page Down', 'Black screen', 'White screen', 'First or last event', 'Next event', 'Previous event']) await expect(dialog).toContainText(text);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Keys' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await page.keyboard.press('End');
    await expect(progress(page)).toHaveText(`${n} / ${n}`);
  });

  test('in Arabic, ArrowLeft is next and ArrowRight is previous; Page keys and Space stay the same', async ({ page }) => {
    await page.goto('./?lang=ar&digits=latn&mode=present');
    await expect(page.getByText(/^1 من \d+$/)).toBeVisible();
    await forward(page, 'ArrowLeft', 'المزيد');
    await expect(page.getByText(/^2 من \d+$/)).toBeVisible();
    await forward(page, 'PageDown', 'المزيد');
    await forward(page, 'Space', 'المزيد');
    await expect(page.getByText(/^4 من \d+$/)).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByText(/^3 من \d+$/)).toBeVisible();
  });

  test('the Present button opens presentation mode and Exit returns to exploring', async ({ page }) => {
    await page.goto('./?lang=en&view=list');
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await expect(page).toHaveURL(/[?&]mode=present/);
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(progress(page)).toHaveText(/^2 \/ \d+$/);
    await page.getByRole('button', { name: 'Exit' }).click();
    await expect(page).not.toHaveURL(/mode=present/);
    await expect(page).not.toHaveURL(/[?&](step|from|to)=/);
    await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
  });

  test('type is 32 px at 1920x1080 when the step fits, and never under 24 px when it steps down', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    const sizes = () =>
      page.locator('article.step').evaluate((article) => {
        const out: Record<string, number> = {};
        const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        out.title = size(article.querySelector('#present-title')!);
        out.summary = size(article.querySelector('.summary')!);
        // Every element of the step that holds text directly.
        const texts = [...article.querySelectorAll('*')].filter((el) => [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()));
        out.smallest = Math.min(...texts.map(size));
        out.controls = Math.min(...[...document.querySelectorAll('.controls button, .controls select')].map(size));
        return out;
      });
    // A short step (the fixture's) keeps the full size.
    const mini = fs.readFileSync('tests/fixtures/mini.json', 'utf8');
    await page.route('**/data/mini.json', (route) => route.fulfill({ body: mini, contentType: 'application/json' }));
    await page.goto('./?lang=en&data=data/mini.json&mode=present&step=1');
    await expect(title(page)).toBeVisible();
    await expect.poll(async () => (await sizes()).summary).toBe(32);
    expect(await sizes()).toEqual(expect.objectContaining({ title: 51.2, smallest: 32, controls: 32 }));
    // A long one steps down, to 24 px at the least; the controls stay.
    await page.goto('./?lang=en&mode=present&step=3');
    await expect(title(page)).toBeVisible();
    await expect.poll(async () => (await sizes()).summary).toBeLessThan(32);
    const long = await sizes();
    expect(long.smallest).toBeGreaterThanOrEqual(24);
    expect(long.controls).toBeGreaterThanOrEqual(32);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`text has at least 7:1 contrast and marks 3:1 (${theme} theme)`, async ({ page }) => {
      await page.goto(`./?lang=en&theme=${theme}&view=list&mode=present&step=8`);
      await expect(page.locator('[data-mini-timeline] [data-event-id]').first()).toBeVisible();
      const result = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
          return (x + 0.05) / (y + 0.05);
        };
        const background = (el: Element | null): string => {
          for (; el; el = el.parentElement) {
            const c = getComputedStyle(el).backgroundColor;
            const parts = rgb(c);
            if (parts.length === 3 || (parts.length === 4 && parts[3] === 1)) return c;
          }
          return getComputedStyle(document.documentElement).backgroundColor;
        };
        const root = document.querySelector('main.presentation')!;
        const texts = [...root.querySelectorAll('*')].filter(
          (el) => !(el instanceof SVGElement && !(el instanceof SVGTextElement)) && !el.closest('.visually-hidden, option') && el.getClientRects().length > 0 && [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim()),
        );
        const textRatios = texts.map((el) => ({ text: el.textContent!.trim().slice(0, 30), ratio: ratio(el instanceof SVGTextElement ? getComputedStyle(el).fill : getComputedStyle(el).color, background(el)) }));
        const marks = [...root.querySelectorAll('[data-event-id]')].map((el) => ratio(getComputedStyle(el).fill, background(el.closest('svg'))));
        return { count: texts.length, worst: textRatios.sort((a, b) => a.ratio - b.ratio)[0], marks: Math.min(...marks) };
      });
      expect(result.count).toBeGreaterThan(10);
      expect(result.worst.ratio, `lowest: "${result.worst.text}"`).toBeGreaterThanOrEqual(7);
      expect(result.marks).toBeGreaterThanOrEqual(3);
    });
  }

  test('a named story shows its notes and is chosen in the story picker', async ({ page }) => {
    await page.goto('./?lang=en&mode=present&story=miami-moscow-december-2025');
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
    await expect(page.getByText("In Miami, the two US envoys and Putin's investment envoy sketch a first draft.")).toBeVisible();
    const storySelect = page.getByRole('combobox', { name: 'Story' });
    await expect(storySelect).toHaveValue('miami-moscow-december-2025');
    await forward(page, 'PageDown');
    await expect(page.getByText('The draft leaks, and Kyiv and Europe read it as leaning toward Moscow.')).toBeVisible();
    await storySelect.selectOption('');
    await expect(page).not.toHaveURL(/story=/);
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
  });

  test('autoplay moves on by itself, shows a pause control and stops when paused', async ({ page }) => {
    await page.clock.install();
    await page.goto('./?lang=en&mode=present');
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
    await page.getByRole('combobox', { name: 'Time per event' }).selectOption('5');
    await page.getByRole('button', { name: 'Play' }).click();
    const pause = page.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    await page.clock.runFor(5_100);
    await expect(progress(page)).toHaveText(/^2 \/ \d+$/);
    await page.clock.runFor(5_100);
    await expect(progress(page)).toHaveText(/^3 \/ \d+$/);
    await pause.click();
    await page.clock.runFor(20_000);
    await expect(progress(page)).toHaveText(/^3 \/ \d+$/);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('with reduced motion nothing animates and nothing plays until asked', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.clock.install();
    await page.goto('./?lang=en&mode=present');
    await expect(progress(page)).toHaveText(/^1 \/ \d+$/);
    await page.keyboard.press('PageDown');
    await expect(progress(page)).toHaveText(/^2 \/ \d+$/);
    expect(await page.locator('article.step').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
    await page.clock.runFor(30_000);
    await expect(progress(page)).toHaveText(/^2 \/ \d+$/);
    // Autoplay is still there for whoever starts it.
    await page.getByRole('button', { name: 'Play' }).click();
    await page.clock.runFor(10_100);
    await expect(progress(page)).toHaveText(/^3 \/ \d+$/);
  });
});

test.describe('print handout', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(`prints every filtered event, one line each, and no buttons (${lang})`, async ({ page }) => {
      await page.goto(`./?lang=${lang}&view=list&actors=rustem-umerov`);
      const list = listed(page, lang);
      await expect(list.first()).toBeVisible();
      const count = await list.count();
      expect(count).toBeGreaterThan(3);
      // On screen the handout is not shown at all.
      await expect(page.locator('.handout')).toBeHidden();

      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.handout')).toBeVisible();
      await expect(page.locator('.handout .lines li')).toHaveCount(count);
      for (const line of await page.locator('.handout .lines li').all()) await expect(line).toBeVisible();
      const visibleControls = await page.evaluate(
        () => [...document.querySelectorAll('button, select, input, summary, [role="button"]')].filter((el) => el.getClientRects().length > 0).length,
      );
      expect(visibleControls).toBe(0);
      await expect(page.locator('header.masthead')).toBeHidden();
      // The filters are said in words, and sources are numbered notes with their addresses.
      await expect(page.locator('.handout header')).toContainText(lang === 'en' ? 'Actors: Rustem Umerov' : 'رستم أوميروف');
      await expect(page.locator('.handout .notes .url').first()).toHaveText(/^[\w.-]+\.[a-z]{2,}\/\S*$/);
      await expect(page.locator('.handout [data-mini-timeline] [data-event-id]')).toHaveCount(count);
    });

    test(`63 events fit in at most 6 A4 pages; the full handout is still there (${lang})`, async ({ page }) => {
      test.setTimeout(90_000);
      // The print dialog is not part of the test: the button's choice of handout is.
      await page.addInitScript(() => (window.print = () => {}));
      await page.goto(`./?lang=${lang}&view=list`);
      await expect(listed(page, lang)).toHaveCount(63);
      const pages = async () => {
        const pdf = await page.pdf({ format: 'A4' });
        return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)!.length;
      };
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.handout .lines li')).toHaveCount(63);
      // The overview picture is labelled: month names under the dots, and a caption.
      expect(await page.locator('.handout [data-mini-timeline] text').count()).toBeGreaterThan(3);
      await expect(page.locator('.handout figcaption')).not.toBeEmpty();
      const compact = await pages();
      expect(compact).toBeLessThanOrEqual(6);

      await page.emulateMedia({ media: 'screen' });
      await page.locator('summary', { hasText: lang === 'en' ? 'Export' : 'تصدير' }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Full handout (print)' : 'النشرة الكاملة (طباعة)' }).click();
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.handout .entry')).toHaveCount(63);
      await expect(page.locator('.handout .entry .url').first()).toHaveText(/^https?:\/\/\S+$/);
      const full = await pages();
      expect(full).toBeGreaterThan(compact);
      test.info().annotations.push({ type: 'pages', description: `${lang}: compact ${compact}, full ${full}` });
    });
  }

  test('the compact handout groups a fixture dataset by month and numbers each source once', async ({ page }) => {
    await page.route('**/data/mini.json', (route) => route.fulfill({ path: 'tests/fixtures/mini.json', contentType: 'application/json' }));
    await page.goto('./?lang=en&view=list&data=data/mini.json');
    await expect(listed(page)).toHaveCount(5);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.handout .month h3')).toHaveText(['March 2025', 'May 2025', 'June 2025', 'December 2025']);
    await expect(page.locator('.handout .month').last().locator('li')).toHaveText([
      /^2 December 2025\s+Moscow meeting · Moscow · Steve Witkoff, Vladimir Putin \[2\]$/,
      /^4–6 December 2025\s+Miami talks · Miami · Steve Witkoff, Rustem Umerov \[3\]$/,
    ]);
    await expect(page.locator('.handout .notes li')).toHaveText([/^1\. Example News\. example\.org\/news$/, /^2\. TASS\. tass\.example\/1$/, /^3\. Seed article, 6 Dec 2025$/]);
  });
});

test.describe('export', () => {
  // Exports fetch the font files and encode images: give a loaded machine room.
  test.describe.configure({ timeout: 90_000 });
  // Another process (talassa.json, nine events, seven sides) as the page's own data: every word
  // of an export, and its file name, comes from it.
  test.use({ dataset: TALASSA });
  async function exportFile(page: Page, item: string, menu = 'Export') {
    await page.locator('summary', { hasText: menu }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: item }).click()]);
    return { name: download.suggestedFilename(), body: fs.readFileSync((await download.path())!) };
  }

  test('an export asked for while the chart\'s code is still on its way waits for it', async ({ page }) => {
    // The handout (the list's picture) and its mini-timeline, held back as a slow connection would.
    await page.route(/\/(Handout|MiniTimeline)(-[\w-]+\.js|\.svelte)$/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    });
    await page.goto('./?lang=en&view=list');
    await expect(listed(page).first()).toBeVisible();
    const file = await exportFile(page, 'Chart as SVG');
    expect(file.name).toBe('talassa-talks-list.svg');
    expect(file.body.toString('utf8')).toContain('data-mini-timeline');
    await expect(page.getByText(/The export did not work/)).toHaveCount(0);
  });

  test('SVG of a view without a chart is the mini-timeline, one mark per event, with the font inside', async ({ page }) => {
    await page.goto('./?lang=en&view=list&types=talks-round,statement');
    await expect(listed(page).first()).toBeVisible();
    const count = await listed(page).count();
    expect(count).toBe(5);
    const { name, body } = await exportFile(page, 'Chart as SVG');
    expect(name).toBe('talassa-talks-list.svg');
    const text = body.toString('utf8');
    const parsed = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, marks: doc.querySelectorAll('[data-event-id]').length };
    }, text);
    expect(parsed).toEqual({ error: null, root: 'svg', marks: count });
    expect(text).toContain('@font-face');
    expect(text).toContain('data:font/woff2;base64,');
    test.info().annotations.push({ type: 'size', description: `mini-timeline SVG ${body.length} bytes` });
  });

  test('SVG of the timeline is its chart, every mark kept; PNG is that picture at 2x', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?lang=en&view=timeline');
    // The timeline is loaded on demand, which takes a while on a cold dev server.
    const plot = page.locator('svg.plot').first();
    await expect(plot).toBeVisible({ timeout: 20_000 });
    const onScreen = await plot.locator('[role="option"]').count();
    expect(onScreen).toBeGreaterThan(3);
    const box = (await plot.boundingBox())!;

    const svg = await exportFile(page, 'Chart as SVG');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
      const refs = [...text.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
      return { error: doc.querySelector('parsererror')?.textContent ?? null, marks: doc.querySelectorAll('[role="option"]').length, missing: refs.filter((r) => !ids.includes(r)) };
    }, svg.body.toString('utf8'));
    expect(parsed).toEqual({ error: null, marks: onScreen, missing: [] });

    const png = await exportFile(page, 'Chart as PNG image');
    expect(png.name).toMatch(/\.png$/);
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG');
    const [w, h] = [png.body.readUInt32BE(16), png.body.readUInt32BE(20)];
    // The chart keeps its size inside the file; the frame (title, key, credit) adds height.
    const [sw, sh] = svg.body.toString('utf8').match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!.slice(1).map(Number);
    expect(sw).toBe(Math.max(Math.round(box.width), 480));
    expect(sh).toBeGreaterThan(Math.round(box.height));
    expect([w, h]).toEqual([sw * 2, sh * 2]);
    test.info().annotations.push({ type: 'size', description: `timeline SVG ${svg.body.length} bytes, PNG ${png.body.length} bytes (${w}x${h})` });
  });

  /**
   * Every chart export carries its words: the SVG's text nodes, and the PNG made from it, which
   * must differ from the same SVG drawn without its text (the PNG once had every mark and no word).
   */
  for (const lang of ['en', 'ar'] as const) {
    for (const view of ['timeline', 'network', 'map', 'list'] as const) {
      test(`${view} export in ${lang}: title, filters, key, credit, date and the chart's labels, in the SVG and the 2x PNG`, async ({ page }) => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(`./?lang=${lang}&digits=latn&view=${view}&actors=lotte-brask`);
        const words =
          lang === 'en'
            ? { menu: 'Export', svg: 'Chart as SVG', png: 'Chart as PNG image', title: 'The Talassa Strait talks, 2031', shown: 'Actors: Lotte Brask', credit: 'Data: an invented test fixture', date: /^Data as of \d+ \w+ 20\d\d$/, key: view === 'list' ? 'One event' : 'Veyland (mediator)' }
            : { menu: 'تصدير', svg: 'الرسم بصيغة SVG', png: 'الرسم صورةً بصيغة PNG', title: 'محادثات مضيق تالاسا، 2031', shown: 'لوته براسك', credit: 'البيانات: ملف اختبار', date: /^البيانات حتى \d+ \S+ 20\d\d$/, key: view === 'list' ? 'حدث واحد' : 'فيلاند (وسيط)' };
        if (view === 'list') await expect(listed(page, lang).first()).toBeVisible();
        else await expect(page.locator(view === 'timeline' ? 'svg.plot' : 'main svg text').first()).toBeVisible({ timeout: 20_000 });
        const file = await exportFile(page, words.svg, words.menu);
        expect(file.name).toBe(`talassa-talks-${view}.svg`);
        const svg = file.body.toString('utf8');
        const read = await page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
          const of = (role: string) => [...doc.querySelectorAll(`[data-frame="${role}"]`)].map((t) => t.textContent!.trim()).join(' ');
          const chartTexts = [...doc.querySelectorAll('svg svg text')].map((t) => t.textContent!.trim()).filter(Boolean);
          return { error: doc.querySelector('parsererror')?.textContent ?? null, title: of('title'), shown: of('shown'), key: of('key'), credit: of('credit'), date: of('date'), chartTexts: chartTexts.length, fonts: (text.match(/@font-face/g) ?? []).length };
        }, svg);
        expect(read.error).toBeNull();
        expect(read.title).toBe(words.title);
        expect(read.shown).toContain(words.shown);
        expect(read.key).toContain(words.key);
        expect(read.credit).toContain(words.credit);
        expect(read.date).toMatch(words.date);
        // Her events span three months: the list's mini-timeline labels them, the map her two
        // places; the other charts label more.
        expect(read.chartTexts).toBeGreaterThanOrEqual({ map: 2, list: 3 }[view as string] ?? 4);
        expect(read.fonts).toBeGreaterThan(0);

        const png = (await exportFile(page, words.png, words.menu)).body;
        const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        const sizeOf = (text: string) => text.match(/<svg[^>]* width="(\d+)" height="(\d+)"/)!.slice(1).map(Number);
        const [sw, sh] = sizeOf(svg);
        expect([w, h]).toEqual([sw * 2, sh * 2]);
        // The same SVG drawn without any text, at 2x: the PNG must differ from it where words go.
        const differing = await page.evaluate(
          async ([pngB64, text, width, height]) => {
            const load = async (src: string) => {
              const img = new Image();
              img.src = src;
              await img.decode();
              return img;
            };
            const pixels = (img: HTMLImageElement) => {
              const c = document.createElement('canvas');
              [c.width, c.height] = [width as number, height as number];
              const ctx = c.getContext('2d')!;
              ctx.drawImage(img, 0, 0, c.width, c.height);
              return ctx.getImageData(0, 0, c.width, c.height).data;
            };
            const doc = new DOMParser().parseFromString(text as string, 'image/svg+xml');
            doc.querySelectorAll('text').forEach((t) => t.remove());
            const bare = pixels(await load(URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(doc)], { type: 'image/svg+xml' }))));
            const full = pixels(await load(`data:image/png;base64,${pngB64}`));
            let n = 0;
            for (let i = 0; i < full.length; i += 4) if (Math.abs(full[i] - bare[i]) + Math.abs(full[i + 1] - bare[i + 1]) + Math.abs(full[i + 2] - bare[i + 2]) > 96) n++;
            return n;
          },
          [png.toString('base64'), svg, w, h] as const,
        );
        // Words cover thousands of pixels at 2x; a PNG without them differs by next to none.
        expect(differing).toBeGreaterThan(5000);
        test.info().annotations.push({ type: 'size', description: `${view} ${lang}: ${w}x${h}, ${differing} pixels of text` });
      });
    }
  }

  test('CSV has one row per filtered event; JSON loads again as a dataset', async ({ page }) => {
    await page.goto('./?lang=ar&view=list&actors=lotte-brask');
    await expect(listed(page, 'ar').first()).toBeVisible();
    const count = await listed(page, 'ar').count();
    expect(count).toBe(6);

    const csv = await exportFile(page, 'الأحداث بصيغة CSV (جدول بيانات)', 'تصدير');
    expect(csv.name).toBe('talassa-talks-events.csv');
    const text = csv.body.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = csvParse(text.slice(1));
    expect(rows).toHaveLength(count);
    expect(rows.columns).toEqual(['id', 'date', 'date_phrase', 'title', 'type', 'status', 'place', 'participants', 'sources']);
    expect(rows.every((r) => r.participants!.includes('لوته براسك'))).toBe(true);

    const json = await exportFile(page, 'الأحداث بصيغة JSON (ملف بيانات)', 'تصدير');
    const again = loadDataset(JSON.parse(json.body.toString('utf8')), json.name);
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(again.dataset.events.map((e) => e.id)).toEqual(rows.map((r) => r.id));
    test.info().annotations.push({ type: 'size', description: `CSV ${csv.body.length} bytes, JSON ${json.body.length} bytes for ${count} events` });
  });
});
