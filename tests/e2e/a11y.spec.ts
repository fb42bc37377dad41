/**
 * Accessibility: axe (WCAG 2.0/2.1/2.2 A and AA) on every view in Arabic and English in both
 * themes and in Ukrainian and Hebrew, plus the embed page; reflow at 320 px; forced colours; reduced motion; and a
 * keyboard-only walk from page load to the detail panel and back.
 */
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe and fails with an actionable list (rule, impact, targets) when anything is found. */
async function expectNoViolations(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const report = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1).join('; ') ?? ''}`).join('\n'),
  );
  if (report.length) console.log(`axe violations in ${label}:\n${report.join('\n')}`);
  expect(report, `axe violations in ${label}`).toEqual([]);
}

/** The view is drawn: `data-rendered` for the views, a visible heading for presentation mode. */
async function waitForView(page: Page, present = false) {
  if (present) await expect(page.getByRole('heading').first()).toBeVisible({ timeout: 30_000 });
  else await page.waitForFunction(() => document.documentElement.dataset.rendered, undefined, { timeout: 30_000 });
}

const views = ['timeline', 'network', 'table', 'present'] as const;
const languages = ['ar', 'en'] as const;
const themes = ['light', 'dark'] as const;

test.describe('axe: no WCAG A/AA violations', () => {
  // axe walks the whole DOM (hundreds of SVG marks, the table): room for a slow or busy machine.
  test.describe.configure({ timeout: 120_000 });
  for (const view of views)
    for (const lang of languages)
      for (const theme of themes) {
        test(`${view}, ${lang}, ${theme}`, async ({ page }) => {
          const query = view === 'present' ? `mode=present` : `view=${view}`;
          await page.goto(`./?${query}&lang=${lang}&theme=${theme}`);
          await waitForView(page, view === 'present');
          await expectNoViolations(page, `${view} ${lang} ${theme}`);
        });
      }

  // Ukrainian and Hebrew: every view, light, and the timeline dark (their colours are the Arabic
  // and English ones; what changes is text, direction and fonts).
  for (const lang of ['uk', 'he'] as const)
    for (const [view, theme] of [...views.map((v) => [v, 'light'] as const), ['timeline', 'dark'] as const]) {
      test(`${view}, ${lang}, ${theme}`, async ({ page }) => {
        const query = view === 'present' ? `mode=present` : `view=${view}`;
        await page.goto(`./?${query}&lang=${lang}&theme=${theme}`);
        await waitForView(page, view === 'present');
        await expectNoViolations(page, `${view} ${lang} ${theme}`);
      });
    }

  test('embed page', async ({ page }) => {
    await page.goto('./?embed=1&lang=en');
    await waitForView(page);
    await expectNoViolations(page, 'embed');
  });
});

test.describe('reflow at 320 px', () => {
  for (const view of ['timeline', 'table'] as const)
    for (const lang of languages) {
      test(`${view}, ${lang}: no horizontal page scroll`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(`./?view=${view}&lang=${lang}`);
        await waitForView(page);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, 'document scroll width at a 320 px viewport').toBeLessThanOrEqual(320);
      });
    }
});

test.describe('text resized to 200%', () => {
  for (const view of ['timeline', 'table'] as const)
    test(`${view}: nothing is cut off or pushed sideways`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`./?view=${view}&lang=en`);
      await waitForView(page);
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
      // Text grows with the root size (rem-based type scale), and the page reflows instead of
      // scrolling sideways.
      const body = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(body).toBeGreaterThanOrEqual(29);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(1280);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('searchbox')).toBeVisible();
    });
});

test('forced colours: the timeline marks stay visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  // Up to November: December 2025 is crowded enough to group (and then the marks are painted on
  // a canvas, whose options draw nothing: timeline-canvas.spec.ts covers that chart).
  await page.goto('./?lang=en&to=2025-11-30');
  await waitForView(page);
  const marks = page.getByRole('listbox', { name: 'Events on the timeline' }).getByRole('option');
  await expect(marks.first()).toBeVisible();
  const invisible = await marks.evaluateAll((els) =>
    els
      .filter((el) => {
        const painted = [el, ...el.querySelectorAll('*')].filter((n) => n instanceof SVGGraphicsElement && !(n instanceof SVGGElement));
        const visible = (c: string) => c !== 'none' && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c);
        return !painted.some((n) => {
          const s = getComputedStyle(n);
          return s.visibility !== 'hidden' && s.display !== 'none' && (visible(s.stroke) || visible(s.fill));
        });
      })
      .map((el) => el.getAttribute('data-event')),
  );
  expect(invisible, 'marks drawn with neither stroke nor fill in forced colours').toEqual([]);
});

test('reduced motion: no CSS animation keeps running', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./?lang=en');
  await waitForView(page);
  await page.waitForTimeout(1000);
  const running = await page.evaluate(() =>
    document.getAnimations().map((a) => `${(a as CSSAnimation).animationName ?? a.constructor.name} on ${(a.effect as KeyframeEffect)?.target?.nodeName}`),
  );
  expect(running).toEqual([]);
});

test('keyboard only: search, filters, views, timeline, detail panel and back', async ({ page }) => {
  await page.goto('./?lang=en');
  await waitForView(page);
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? { tag: el.tagName, role: el.getAttribute('role'), type: el.getAttribute('type'), name: el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '' } : null;
    });
  /** Tabs until `match` holds for the focused element, at most `max` presses. */
  async function tabTo(what: string, match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (match(await focused())) return;
    }
    throw new Error(`Tab never reached ${what}`);
  }
  const search = page.getByRole('searchbox').or(page.getByRole('combobox', { name: /search/i })).first();
  await tabTo('the search box', (f) => f?.tag === 'INPUT' && (f.type === 'search' || /search/i.test(f.name)));
  await expect(search).toBeFocused();
  await tabTo('the Filters button', (f) => f?.tag === 'BUTTON' && /^Filters/.test(f.name));
  await tabTo('a view button', (f) => f?.tag === 'BUTTON' && /^(Timeline|Network|Table|List)$/.test(f.name));
  const chart = page.getByRole('listbox', { name: 'Events on the timeline' });
  await tabTo('the timeline', (f) => f?.role === 'listbox');
  await expect(chart).toBeFocused();
  // One tab stop: the next Tab leaves the chart.
  expect(await chart.locator('[tabindex]').count()).toBe(0);
  await page.keyboard.press('ArrowRight');
  await expect(chart).toHaveAttribute('aria-activedescendant', /.+/);
  const first = await chart.getAttribute('aria-activedescendant');
  await page.keyboard.press('ArrowRight');
  await expect(chart).not.toHaveAttribute('aria-activedescendant', first!);
  await page.keyboard.press('Enter');
  const panel = page.getByRole('complementary');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(chart).toBeFocused();
});
