/**
 * Presentation mode on the projectors a classroom has (issue #21, point 1): at 1024x768,
 * 1280x720, 1366x768 and 1920x1080, in English and Arabic, each band (overview, timeline,
 * network, map) shows its chart over at least a third of the screen, with its marks; every
 * visible text, chart labels included, is at least 24 px at 1920x1080 and 16 px at 1280x720,
 * growing with the screen; nothing is clipped; the controls stay on one row; the timeline shows
 * every lane that has events in the step's window. A step too long for one screen ends at a
 * full stop with "More", and Next shows the rest before the next event.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, TALASSA } from './fixtures';
import { loadDataset } from '../../src/lib/data/load';

const SCREENS = [
  { width: 1024, height: 768, floor: 16 },
  { width: 1280, height: 720, floor: 16 },
  { width: 1366, height: 768, floor: 17 },
  { width: 1920, height: 1080, floor: 24 },
] as const;
const BANDS = ['list', 'timeline', 'network', 'map'] as const;

/** What the reader sees of the slide, measured in the page. */
function measure(page: Page) {
  return page.evaluate(() => {
    const vw = innerWidth;
    const vh = innerHeight;
    const shown = (el: Element) => {
      if (el.closest('.visually-hidden, option, title')) return false;
      const r = el.getBoundingClientRect();
      return r.width >= 1 && r.height >= 1 && r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw && getComputedStyle(el).visibility !== 'hidden';
    };
    const stage = document.querySelector('section.band .stage')!;
    const s = stage.getBoundingClientRect();
    // The chart: every SVG and canvas of the band, clipped to the band and the screen.
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const el of stage.querySelectorAll('svg, canvas')) {
      const r = el.getBoundingClientRect();
      if (r.width < 20 || r.height < 20) continue;
      [x0, y0, x1, y1] = [Math.min(x0, r.left), Math.min(y0, r.top), Math.max(x1, r.right), Math.max(y1, r.bottom)];
    }
    const w = Math.max(0, Math.min(x1, s.right, vw) - Math.max(x0, s.left, 0));
    const h = Math.max(0, Math.min(y1, s.bottom, vh) - Math.max(y0, s.top, 0));
    const marks = [...stage.querySelectorAll('[role=option], [data-event-id]')].filter((m) => {
      const r = m.getBoundingClientRect();
      return r.width > 0 && r.bottom > s.top && r.top < s.bottom;
    }).length;

    // Every element that holds text, at the size it is drawn (zoom and SVG scale included).
    const texts: { px: number; text: string }[] = [];
    for (const el of document.querySelectorAll('main *')) {
      if (!(el instanceof HTMLElement || el instanceof SVGTextElement || el instanceof SVGTSpanElement)) continue;
      if (![...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim())) continue;
      if (!shown(el)) continue;
      let px = parseFloat(getComputedStyle(el).fontSize);
      if (el instanceof HTMLElement) px *= el.currentCSSZoom ?? 1;
      else {
        const m = el.getScreenCTM();
        if (m) px *= Math.hypot(m.a, m.b);
      }
      texts.push({ px, text: el.textContent!.trim().slice(0, 40) });
    }
    texts.sort((a, b) => a.px - b.px);

    // Clipped: a box that hides or scrolls text it cannot hold, or cuts it with an ellipsis.
    const clipped: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      if (!(el instanceof HTMLElement) || !shown(el) || !el.textContent!.trim()) continue;
      const cs = getComputedStyle(el);
      const cuts = (o: string) => o !== 'visible';
      const name = `${el.tagName.toLowerCase()}.${el.className.split(' ')[0]} "${el.textContent!.trim().slice(0, 30)}"`;
      if (cuts(cs.overflowY) && el.scrollHeight > el.clientHeight + 1) clipped.push(`${name} (${el.scrollHeight - el.clientHeight} px below)`);
      if (cuts(cs.overflowX) && el.scrollWidth > el.clientWidth + 1) clipped.push(`${name} (${el.scrollWidth - el.clientWidth} px across)`);
      // Words wider than their button.
      if (el.matches('button') && el.scrollWidth > el.clientWidth + 1) clipped.push(`${name} (overflows its button)`);
    }
    const controls = [...document.querySelectorAll('.controls button, .controls select')].filter(shown);
    const rows = new Set(controls.map((c) => Math.round(c.getBoundingClientRect().top / 8))).size;
    return { share: (w * h) / (vw * vh), marks, smallest: texts[0], clipped, rows, pageScrolls: document.documentElement.scrollHeight > vh + 1 };
  });
}

/** The lane names the band's timeline shows. */
/** The lanes' names as read (without the invisible isolates around each). */
const laneNames = (page: Page) => page.locator('section.band svg text.name .lane-name').evaluateAll((els) => els.map((e) => e.textContent!.replace(/[\u2066-\u2069]/g, '').trim()));

test.describe('presentation mode on a projector', () => {
  test.describe.configure({ timeout: 90_000 });
  for (const { width, height, floor } of SCREENS) {
    for (const lang of ['en', 'ar'] as const) {
      test(`${width}x${height} in ${lang}: every band shows its chart over a third of the screen, text >= ${floor} px, nothing clipped`, async ({ page }) => {
        await page.setViewportSize({ width, height });
        for (const band of BANDS) {
          await page.goto(`./?lang=${lang}&mode=present&view=${band}&step=3`);
          const marks = band === 'list' ? page.locator('[data-mini-timeline] [data-event-id]') : page.locator('section.band [role=option]');
          await expect(marks.first()).toBeVisible();
          await page.evaluate(() => document.fonts.ready);
          // The card fits itself and the chart lays out in a frame or two: measure once settled.
          await expect.poll(async () => (await measure(page)).clipped, { message: `${band}: clipped` }).toEqual([]);
          const m = await measure(page);
          expect(m.share, `${band}: chart share of the screen`).toBeGreaterThanOrEqual(1 / 3);
          expect(m.marks, `${band}: marks`).toBeGreaterThan(3);
          expect(m.smallest.px, `${band}: smallest text "${m.smallest.text}"`).toBeGreaterThanOrEqual(floor - 0.05);
          expect(m.rows, `${band}: rows of controls`).toBe(1);
          expect(m.pageScrolls, `${band}: the slide scrolls`).toBe(false);
        }
      });
    }
  }

  // Ukrainian's words are the longest: on a projector the controls take two rows rather than run
  // off the screen, over one another or cut the story picker's choice.
  for (const { lang, width, height, rows } of [
    { lang: 'uk', width: 1024, height: 768, rows: 2 },
    { lang: 'uk', width: 1280, height: 720, rows: 2 },
    { lang: 'he', width: 1024, height: 768, rows: 1 },
    { lang: 'en', width: 1024, height: 768, rows: 1 },
  ] as const) {
    test(`${width}x${height} in ${lang}: every control on the screen, none over another, the story picker's choice whole`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto(`./?lang=${lang}&mode=present&view=timeline&step=2`);
      await expect(page.locator('section.band [role=option]').first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const m = await page.evaluate(() => {
        const boxes = [...document.querySelectorAll('.controls button, .controls select')].map((el) => ({ el, r: el.getBoundingClientRect() }));
        const off = boxes.filter(({ r }) => r.left < 0 || r.right > innerWidth || r.bottom > innerHeight).map(({ el }) => el.textContent!.trim().slice(0, 20));
        const over: string[] = [];
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            if (a.r.left < b.r.right - 1 && b.r.left < a.r.right - 1 && a.r.top < b.r.bottom - 1 && b.r.top < a.r.bottom - 1) over.push(`${a.el.textContent!.trim().slice(0, 12)} / ${b.el.textContent!.trim().slice(0, 12)}`);
        const picker = document.querySelectorAll<HTMLSelectElement>('.controls select')[1];
        const cs = getComputedStyle(picker);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
        const rows = new Set(boxes.map(({ r }) => Math.round(r.top / 8))).size;
        // The choice's words, the padding and at least 12 px for the arrow.
        const needs = ctx.measureText(picker.selectedOptions[0].text).width + parseFloat(cs.paddingInlineStart) + parseFloat(cs.paddingInlineEnd) + 12;
        return { off, over, rows, room: picker.clientWidth, needs };
      });
      expect(m.off, 'controls off the screen').toEqual([]);
      expect(m.over, 'controls over one another').toEqual([]);
      expect(m.rows).toBe(rows);
      expect(m.room, 'the story picker holds its choice').toBeGreaterThanOrEqual(m.needs);
    });
  }

  for (const lang of ['ar', 'en'] as const) {
    test(`1024x768 in ${lang}: the timeline band's date labels stand apart, however wide the language's months`, async ({ page }) => {
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto(`./?lang=${lang}&mode=present&view=timeline&step=1`);
      const labels = page.locator('section.band svg .axis text.label');
      await expect(labels.first()).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const spans = async () =>
        (await labels.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })))).sort((a, b) => a.left - b.left);
      await expect.poll(async () => (await spans()).length).toBeGreaterThanOrEqual(3);
      const shown = await spans();
      for (let i = 1; i < shown.length; i++) expect(shown[i].left - shown[i - 1].right, JSON.stringify(shown)).toBeGreaterThanOrEqual(4);
    });
  }

  test('a canvas in the zoomed band is drawn at the device pixels it covers, not blurred', async ({ page }) => {
    const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
    await page.route('**/data/mini.json', (route) => route.fulfill({ json: mini }));
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('./?lang=en&data=data/mini.json&mode=present&view=network&step=2');
    const canvas = page.locator('section.band canvas').first();
    await expect(canvas).toBeVisible();
    const { bitmap, drawn, zoom } = await canvas.evaluate((c: HTMLCanvasElement) => ({ bitmap: c.width, drawn: c.getBoundingClientRect().width * devicePixelRatio, zoom: c.currentCSSZoom }));
    expect(zoom).toBeGreaterThan(1);
    expect(Math.abs(bitmap - drawn)).toBeLessThanOrEqual(2);
    // A smaller screen zooms the band less: the canvas follows.
    await page.setViewportSize({ width: 1280, height: 720 });
    const sharp = () => canvas.evaluate((c: HTMLCanvasElement) => ({ zoom: c.currentCSSZoom, off: Math.abs(c.width - c.getBoundingClientRect().width * devicePixelRatio) }));
    await expect.poll(async () => (await sharp()).zoom).toBeLessThan(zoom);
    await expect.poll(async () => (await sharp()).off).toBeLessThanOrEqual(2);
  });

  test('the network band frames the step\'s linked actors: they spread over most of the band', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('./?lang=en&mode=present&view=network&step=3');
    const band = page.locator('section.band');
    await expect(band.locator('[role=option]').first()).toBeAttached();
    const spread = () =>
      band.evaluate((el) => {
        const chart = el.querySelector('svg[role=listbox]')!.getBoundingClientRect();
        const xs = [...el.querySelectorAll('svg[role=listbox] [role=option]')].map((o) => {
          const r = o.getBoundingClientRect();
          return r.x + r.width / 2;
        });
        return (Math.max(...xs) - Math.min(...xs)) / chart.width;
      });
    await expect.poll(spread).toBeGreaterThan(0.6);
  });

  test('the timeline band shows every lane with events in the window, on a fixture dataset', async ({ page }) => {
    const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
    await page.route('**/data/mini.json', (route) => route.fulfill({ json: mini }));
    await page.setViewportSize({ width: 1280, height: 720 });
    // Step 4 of 5 is the Moscow meeting (2 December 2025): the Miami talks two days later share
    // its window (45 days each side), Istanbul in May and June do not.
    await page.goto('./?lang=en&data=data/mini.json&mode=present&view=timeline&step=4');
    await expect(page.locator('section.band [role=option]').first()).toBeVisible();
    const { dataset } = loadDataset(mini);
    const sides = new Set(dataset.events.filter((e) => ['moscow-meeting', 'miami-talks'].includes(e.id)).flatMap((e) => e.sides));
    const expected = mini.sides.filter((s: { id: string }) => sides.has(s.id)).map((s: { name: { en: string } }) => s.name.en);
    expect(expected.length).toBeGreaterThan(1);
    await expect.poll(() => laneNames(page)).toEqual(expected);
  });

  test('a step too long for the screen ends at a full stop with More; Next shows the rest, then the next event', async ({ page }) => {
    // A fixture with one long step: twelve sentences and sixteen delegates (test text).
    const mini = JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));
    const sentences = Array.from({ length: 12 }, (_, i) => `Sentence ${i + 1} of the long summary says one more thing about the talks that day.`);
    const long = mini.events.find((e: { id: string }) => e.id === 'istanbul-1');
    long.summary = { en: sentences.join(' '), ar: sentences.map((_, i) => `الجملة ${i + 1} من الملخص الطويل تقول شيئًا آخر عن محادثات ذلك اليوم.`).join(' ') };
    for (let i = 1; i <= 16; i++) {
      mini.actors.push({ id: `delegate-${i}`, kind: 'person', name: { en: `Delegate ${i}`, ar: `المندوب ${i}` }, side: 'mediator' });
      long.participants.push({ actor: `delegate-${i}`, role: 'participant' });
    }
    await page.route('**/data/mini.json', (route) => route.fulfill({ json: mini }));
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('./?lang=en&data=data/mini.json&mode=present&view=list&step=2');
    const title = page.locator('#present-title');
    await expect(title).toHaveText(/Istanbul|إسطنبول/);
    const more = page.getByRole('button', { name: 'More', exact: true });
    await expect(more).toBeVisible();
    await expect.poll(async () => (await measure(page)).clipped).toEqual([]);

    // Screen after screen: whole sentences, every name once, nothing clipped; then the next event.
    const summary = page.locator('article.step .summary > span[lang]');
    const people = page.locator('article.step .people li:not(.others)');
    const shown: string[] = [];
    let names = 0;
    for (let screen = 0; screen < 10; screen++) {
      await expect.poll(async () => (await measure(page)).clipped, `screen ${screen + 1}`).toEqual([]);
      const text = (await summary.textContent())!.trim();
      if (text) {
        expect(text, `screen ${screen + 1} ends at a full stop`).toMatch(/\.$/);
        shown.push(text);
      }
      names += await people.count();
      await expect(page.getByText(/^2 \/ 5$/)).toBeVisible();
      if (screen > 0) await expect(page.locator('article.step .continued')).toHaveText('(continued)');
      if (!(await more.isVisible())) break;
      if (screen === 0) await expect(page.locator('article.step .others')).toHaveText(`and ${18 - names} more`);
      await page.keyboard.press('PageDown');
      await expect(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
    }
    expect(shown.length, 'screens with summary text').toBeGreaterThan(1);
    expect(shown.join(' ')).toBe(sentences.join(' '));
    expect(names).toBe(18);
    await page.keyboard.press('PageUp');
    await expect(more).toBeVisible();
    await page.keyboard.press('End');
    await expect(page.getByText(/^5 \/ 5$/)).toBeVisible();
    await page.keyboard.press('Home');
    await expect(page.getByText(/^1 \/ 5$/)).toBeVisible();
    await page.keyboard.press('PageDown');
    await expect(page.getByText(/^2 \/ 5$/)).toBeVisible();
    await expect(page.locator('article.step .continued')).toHaveCount(0);
  });
});

/**
 * The network band names the step's participants (lit on the chart) before the most connected
 * actors: on the bundled data, the slides of Witkoff's first visit to Moscow (1) and of Kellogg's
 * first visit to Kyiv (5) lost Putin, and Kellogg with two of his hosts, to the hubs' names. In a
 * dense cluster a participant is named farther off, joined to its node by a line: the slides of
 * the European leaders in Paris (3) and of the Riyadh meeting (4) lost Keir Starmer, and Sergey
 * Lavrov or Kirill Dmitriev, every spot beside their nodes taken by another participant's name.
 */
async function unnamedParticipants(page: Page): Promise<string[]> {
  const band = page.locator('section.band');
  await expect(band.locator('.labels text').first()).toBeAttached();
  // Names are placed once the layout settles; read them once they stop changing.
  let last = '';
  await expect
    .poll(async () => {
      const now = (await band.locator('.labels text').allTextContents()).join('|');
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  const people = await page.locator('article.step .people .name').allTextContents();
  expect(people.length).toBeGreaterThan(0);
  const named = new Set(last.split('|'));
  return people.map((p) => p.trim()).filter((p) => !named.has(p));
}

for (const { lang, width, height, steps } of [
  { lang: 'en', width: 1280, height: 720, steps: [1, 3, 4, 5] },
  { lang: 'ar', width: 1024, height: 768, steps: [1, 4, 5] },
]) {
  test(`${lang} at ${width}x${height}: the network band names the step's participants first`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    for (const step of steps) {
      await page.goto(`./?lang=${lang}&mode=present&view=network&step=${step}`);
      expect(await unnamedParticipants(page), `step ${step}`).toEqual([]);
    }
  });
}

test.describe('on the Talassa fixture', () => {
  test.use({ dataset: TALASSA });
  test('the network band names every participant of the first five steps at 1024x768', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    for (let step = 1; step <= 5; step++) {
      await page.goto(`./?lang=en&mode=present&view=network&step=${step}`);
      expect(await unnamedParticipants(page), `step ${step}`).toEqual([]);
    }
  });
});
