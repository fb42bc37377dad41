/**
 * Embedding, as a newsroom and its readers meet it: an article on another origin
 * (tests/fixtures/host.html, served by a small server in the test on localhost while the app is
 * on 127.0.0.1) holding the code the Embed dialog builds, with public/embed.js sizing the frame.
 * Also: the app alone loads nothing from another origin, under its CSP, from any sub-path.
 *
 * The CSP and sub-path tests need the built app (the dev server has no CSP and serves sources),
 * so they are skipped with PW_DEV=1.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { DEFAULTS } from '../../src/lib/state/params';
import { OPEN_EMBED, embedUrl } from '../../src/lib/embed/snippet';
import { EMBED, code, expectFrameFitsContent, hostTemplate, openArticle, serve } from './host';

// The embed's own chunk (src/lib/embed/child.ts), built or served by the dev server: it holds
// the frame's listener for the host's messages.
const embedPart = /\/child(-[\w-]+\.js|\.ts)$/;
const setTheme = (page: Page, theme: string) => page.evaluate((t) => (window as unknown as { PeaceTalksEmbed: { setTheme(t: string): void } }).PeaceTalksEmbed.setTheme(t), theme);

test.describe('embedding in an article', () => {
  // Two documents per test, and the embedded app loads twice in some: more than the default budget.
  test.describe.configure({ timeout: 60_000 });

  test('the frame follows its content: after a filter change and after a resize', async ({ page, baseURL }) => {
    const { host } = await openArticle(page, baseURL!, code(baseURL!, { view: 'list', lang: 'en' }));
    const all = await expectFrameFitsContent(page);
    expect(all).toBeGreaterThan(2000); // 63 events, far beyond the starting 720 px

    // A filter that leaves a few events: the frame shrinks to them.
    const filtered = embedUrl(baseURL!, { ...structuredClone(DEFAULTS), view: 'list', lang: 'en', q: 'geneva' }, { ...OPEN_EMBED, theme: 'light', accent: null }, 'en');
    await page.locator(EMBED).evaluate((f: HTMLIFrameElement, src) => (f.src = src), filtered);
    await expect(page.frameLocator(EMBED).getByText(/^\d+ of 63 events$/)).toBeVisible({ timeout: 15_000 });
    const few = await expectFrameFitsContent(page);
    expect(few).toBeLessThan(all / 2);

    // A narrower article column: lines wrap, the content grows, and so does the frame.
    await page.setViewportSize({ width: 400, height: 800 });
    const narrow = await expectFrameFitsContent(page);
    expect(narrow).toBeGreaterThan(few);
    await host.close();
  });

  test('size messages from anyone but the frame’s own page are ignored', async ({ page, baseURL }) => {
    const { host, frame } = await openArticle(page, baseURL!, code(baseURL!, { view: 'list', lang: 'en', q: 'geneva' }));
    const settled = await expectFrameFitsContent(page);
    const frameHeight = () => page.locator(EMBED).evaluate((f) => f.getBoundingClientRect().height);

    // The article's own window, and the advertisement's frame, pretend to be the embed.
    await page.evaluate(() => {
      postMessage({ sentinel: 'amp', type: 'embed-size', height: 123 }, '*');
      postMessage('pymxPYMxgraphicxPYMxheightxPYMx124', '*');
    });
    await page.frame({ name: 'advertisement' })!.evaluate(() => {
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 125 }, '*');
    });
    // The embed's page itself, with shapes that are not documented.
    await frame().evaluate(() => {
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: '126' }, '*');
      parent.postMessage({ type: 'embed-size', height: 127 }, '*');
      parent.postMessage('pymxPYMxgraphicxPYMxheightxPYMx12.8', '*');
    });
    await page.waitForTimeout(500);
    expect(await frameHeight()).toBe(settled);

    // The control: the same message from the embed's page is obeyed.
    await frame().evaluate(() => parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 321 }, '*'));
    await expect.poll(frameHeight).toBe(321);
    await host.close();
  });

  test('the theme message from the parent switches the theme; from anywhere else it does not', async ({ page, baseURL }) => {
    const { host, frame } = await openArticle(page, baseURL!, code(baseURL!, { view: 'list', lang: 'en' }, { theme: 'light' }));
    const theme = page.frameLocator(EMBED).locator('html');
    await expect(theme).toHaveAttribute('data-theme', 'light');

    // Another frame on the article, and the embed's own page, send well-formed messages...
    await page.frame({ name: 'advertisement' })!.evaluate(() => {
      const embed = parent.document.querySelector<HTMLIFrameElement>('iframe[data-peace-talks-embed]')!;
      embed.contentWindow!.postMessage({ type: 'peace-talks:theme', theme: 'dark' }, '*');
    });
    await frame().evaluate(() => postMessage({ type: 'peace-talks:theme', theme: 'dark' }, '*'));
    // ...and the parent sends malformed ones.
    await page.evaluate(() => {
      const embed = document.querySelector<HTMLIFrameElement>('iframe[data-peace-talks-embed]')!;
      for (const m of [{ type: 'peace-talks:theme', theme: 'purple' }, { type: 'peace-talks:theme', theme: 'dark', accent: 'ff0000' }, 'peace-talks:theme dark']) {
        embed.contentWindow!.postMessage(m, '*');
      }
    });
    await page.waitForTimeout(500);
    await expect(theme).toHaveAttribute('data-theme', 'light');

    // The parent, through the host script and by hand.
    await setTheme(page, 'dark');
    await expect(theme).toHaveAttribute('data-theme', 'dark');
    await page.evaluate(() => document.querySelector<HTMLIFrameElement>('iframe[data-peace-talks-embed]')!.contentWindow!.postMessage({ type: 'peace-talks:theme', theme: 'auto' }, '*'));
    await expect(theme).toHaveAttribute('data-theme', 'auto');
    await host.close();
  });

  test('setTheme skips marked frames with an opaque origin and themes the app frames after them', async ({ page, baseURL }) => {
    const blanks = '<iframe data-peace-talks-embed src="about:blank" title="Blank"></iframe><iframe data-peace-talks-embed src="data:text/html,x" title="Data"></iframe>';
    const host = await serve((_, res) => {
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(hostTemplate.replace('<!-- EMBED -->', blanks + code(baseURL!, { view: 'list', lang: 'en' }, { theme: 'light' })));
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.origin}/article.html`);
    const theme = page.frameLocator(`${EMBED}[src*="embed=1"]`).locator('html');
    await expect(theme).toHaveAttribute('data-theme', 'light', { timeout: 15_000 });
    await setTheme(page, 'dark');
    await expect(theme).toHaveAttribute('data-theme', 'dark');
    expect(errors).toEqual([]);
    await host.close();
  });

  test('a theme the host sets before the frame listens is applied when it does, and again after the frame loads another page', async ({ page, baseURL }) => {
    // The frame's listener comes in its own chunk: hold it back until the host has set its theme,
    // as a slow connection does to a host page that sets its theme at load.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(embedPart, async (route) => (await held, route.continue()));
    const { host } = await openArticle(page, baseURL!, code(baseURL!, { view: 'list', lang: 'en' }, { theme: 'light' }), { waitForApp: false });
    const theme = page.frameLocator(EMBED).locator('html');
    await expect(theme).toHaveAttribute('data-theme', 'light', { timeout: 15_000 });
    await expect.poll(() => page.evaluate(() => 'PeaceTalksEmbed' in window)).toBe(true);
    await setTheme(page, 'dark');
    release();
    await expect(theme).toHaveAttribute('data-theme', 'dark');

    // The host swaps the frame's view (its URL says light): the article is still dark.
    await page.locator(EMBED).evaluate((f: HTMLIFrameElement) => {
      const url = new URL(f.src);
      url.searchParams.set('q', 'geneva');
      f.src = url.href;
    });
    await expect(page.frameLocator(EMBED).getByText(/^\d+ of 63 events$/)).toBeVisible({ timeout: 15_000 });
    await expect(theme).toHaveAttribute('data-theme', 'dark');
    await host.close();
  });

  test('with Pym.js’s childId in its URL, the frame also reports its height in Pym’s format', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      if (window !== window.top) return;
      const got: unknown[] = ((window as unknown as { got: unknown[] }).got = []);
      addEventListener('message', (e) => got.push(e.data));
    });
    const snippet = code(baseURL!, { view: 'list', lang: 'en', q: 'geneva' }).replace('embed=1"', 'embed=1&amp;childId=graphic&amp;initialWidth=640"');
    const { host } = await openArticle(page, baseURL!, snippet);
    const height = await expectFrameFitsContent(page);
    const got = () => page.evaluate(() => (window as unknown as { got: unknown[] }).got);
    await expect.poll(got).toContainEqual(`pymxPYMxgraphicxPYMxheightxPYMx${height}`);
    await expect.poll(got).toContainEqual({ sentinel: 'amp', type: 'embed-size', height });
    await host.close();
  });
});

test.describe('the embedded page', () => {
  test('is compact, keeps every view and the URL’s filters, and opens the full dashboard in a new tab', async ({ page }) => {
    await page.goto('./?view=list&lang=en&q=geneva&embed=1');
    await expect(page.locator('html')).toHaveAttribute('data-embed', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Peace talks timeline', { exact: true }).first()).toBeVisible(); // the credit
    await expect(page.getByText(/^\d+ of 63 events$/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Views' }).getByRole('button')).not.toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Embed', exact: true })).toHaveCount(0);

    const open = page.getByRole('link', { name: 'Open the full dashboard (opens in a new tab)' });
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', 'noopener');
    const href = new URL((await open.getAttribute('href'))!);
    expect(Object.fromEntries(href.searchParams)).toEqual({ view: 'list', lang: 'en', q: 'geneva' });
  });

  test('its own parts (footer, host messages) and the timeline\'s legend come with its first view; outside an embed, later', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // What is there when the first view says it is rendered: the footer's link, the timeline's
    // date fields and legend (below its chart).
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const w = window as unknown as { atRender?: { footer: boolean; legend: boolean; dates: boolean } };
        if (!document.documentElement.dataset.rendered || w.atRender) return;
        const has = (selector: string) => !!document.querySelector(selector);
        w.atRender = { footer: has('footer a[target="_blank"]'), legend: has('section.legend'), dates: has('fieldset.window') };
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
    });
    const atRender = () => page.evaluate(() => (window as unknown as { atRender?: unknown }).atRender);

    await page.goto('./?lang=en');
    await expect.poll(atRender).toEqual({ footer: false, legend: false, dates: false });
    expect(fetched.filter((f) => embedPart.test(f))).toEqual([]);
    // They follow the first view on the page.
    await expect(page.locator('section.legend')).toBeVisible();
    await expect(page.locator('fieldset.window')).toBeVisible();

    await page.goto('./?lang=en&embed=1');
    await expect.poll(atRender).toEqual({ footer: true, legend: true, dates: true });
    expect(fetched.filter((f) => embedPart.test(f))).toHaveLength(1);
  });

  test.describe('when its own parts fail to load', () => {
    test.use({ expectedErrors: [/Failed to load resource: net::ERR_FAILED/] });
    test('it still shows its view, without the footer', async ({ page }) => {
      await page.route(embedPart, (route) => route.abort());
      await page.goto('./?view=list&lang=en&embed=1');
      await expect(page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem')).toHaveCount(63);
      await expect(page.locator('html')).toHaveAttribute('data-rendered', 'list');
      await expect(page.getByRole('link', { name: /Open the full dashboard/ })).toHaveCount(0);
      // The timeline fetches its parts below the chart itself then.
      await page.getByRole('button', { name: 'Timeline' }).click();
      await expect(page.locator('section.legend')).toBeVisible();
    });
  });

  test('theme, accent, transparent background and font scale apply', async ({ page }) => {
    await page.goto('./?view=list&lang=en&embed=1&theme=dark&accent=c0490a&transparent=1&scale=1.5');
    const root = page.locator('html');
    await expect(root).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const look = await page.evaluate(() => {
      const css = (el: Element, p: string) => getComputedStyle(el).getPropertyValue(p);
      return {
        scheme: css(document.documentElement, 'color-scheme'),
        accent: css(document.documentElement, '--accent').trim(),
        link: css(document.querySelector('footer a')!, 'color'),
        html: css(document.documentElement, 'background-color'),
        body: css(document.body, 'background-color'),
        text: css(document.body, 'color'),
        h1: parseFloat(css(document.querySelector('h1')!, 'font-size')),
      };
    });
    expect(look.scheme).toBe('dark');
    expect(look.accent).toBe('#c0490a');
    expect(look.link).toBe('rgb(192, 73, 10)');
    expect(look.html).toBe('rgba(0, 0, 0, 0)');
    expect(look.body).toBe('rgba(0, 0, 0, 0)');
    expect(look.text).toBe('rgb(236, 234, 228)'); // the dark theme's text colour
    expect(look.h1).toBeCloseTo(1.375 * 16 * 1.5, 0);
  });
});

test.describe('the Embed dialog', () => {
  test('builds the code for the current view, copies it, previews it, and gives focus back', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./?view=list&lang=en&q=geneva');
    const button = page.getByRole('button', { name: 'Embed', exact: true });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed this view' });
    await expect(dialog).toBeVisible();

    await dialog.getByRole('radio', { name: 'Dark' }).check();
    await dialog.getByRole('checkbox', { name: /Transparent background/ }).check();
    // The code is complete once the preview has measured the view.
    await expect(dialog.getByText(/^Height at 600 px: [\d,]+ px/)).toBeVisible({ timeout: 20_000 });
    const textarea = dialog.getByRole('textbox', { name: 'Embed code' });
    const snippet = await textarea.inputValue();
    const src = snippet.match(/<iframe src="([^"]+)"/)![1].replaceAll('&amp;', '&');
    expect(Object.fromEntries(new URL(src).searchParams)).toEqual({ view: 'list', lang: 'en', theme: 'dark', q: 'geneva', embed: '1', transparent: '1' });
    expect(snippet).toContain(' data-peace-talks-embed');
    expect(snippet).toContain(` src="${new URL('embed.js', baseURL).href}"`);
    expect(snippet).toContain(` src="${new URL('fallback-en.png', baseURL).href}"`);

    // The preview is that very frame.
    await expect(dialog.locator('iframe')).toHaveAttribute('src', src);
    await expect(dialog.frameLocator('iframe').locator('html')).toHaveAttribute('data-theme', 'dark');

    const copyButton = dialog.getByRole('button', { name: 'Copy code' });
    const copyStatus = copyButton.locator('xpath=following-sibling::p[@role="status"]');
    await copyButton.click();
    await expect(copyStatus).toContainText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
    // Another option makes another code; the confirmation no longer applies.
    await dialog.getByRole('radio', { name: 'Light' }).check();
    await expect(copyStatus).toHaveText('');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });
});

test.describe('loading', () => {
  test('a foreign ?data= origin is refused in an embed, and nothing is requested from it', async ({ page }) => {
    const foreign = await serve((_, res) => {
      res.setHeader('Content-Type', 'application/json');
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.end(fs.readFileSync('tests/fixtures/mini.json'));
    });
    await page.goto(`./?lang=en&embed=1&data=${encodeURIComponent(`${foreign.origin}/fake.json`)}`);
    await expect(page.getByRole('alert')).toContainText(`${foreign.origin} is not allowed`);
    expect(foreign.requests).toEqual([]);
    await foreign.close();
  });

  test('without JavaScript, the page shows the fallback picture', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('./');
    const img = page.locator('noscript img, img[src="fallback-ar.png"]').first();
    await expect(img).toBeVisible();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(1200);
    await expect(img).toHaveAttribute('alt', /محادثات السلام/);
    await context.close();
  });
});

test.describe('the built app', () => {
  test.skip(!!process.env.PW_DEV, 'needs the built app: the dev server has no CSP and serves sources');
  // A whole reader's session (every view, the dialog and its preview) takes a while on a busy machine.
  test.describe.configure({ timeout: 60_000 });

  test('loads nothing from another origin during a full session, and breaks no rule of its CSP', async ({ page, baseURL }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto('./');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    // A reader's session: language, every view, an event's details, settings, the Embed dialog.
    await page.getByRole('button', { name: 'English' }).click();
    const views = page.getByRole('navigation', { name: 'Views' }).getByRole('button');
    for (let i = 0; i < (await views.count()); i++) {
      await views.nth(i).click();
      await expect(views.nth(i)).toHaveAttribute('aria-pressed', 'true');
    }
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('list', { name: 'Events in time order' }).getByRole('button').first().click();
    await expect(page.getByRole('complementary')).toBeVisible();
    await page.getByText('Display settings').click();
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    await expect(page.getByRole('dialog').frameLocator('iframe').locator('main[aria-busy="false"]')).toBeAttached();
    await page.keyboard.press('Escape');
    await page.evaluate(() => document.fonts.ready);

    const origin = new URL(baseURL!).origin;
    const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
    expect(foreign).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    test.info().annotations.push({ type: 'requests', description: `${requests.length} requests, all to ${origin}` });
  });

  test('works from a sub-path', async ({ page }) => {
    const dist = path.resolve(process.env.PW_DIST ?? 'dist');
    const prefix = '/news/graphics/peace-talks/';
    const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.txt': 'text/plain' };
    const site = await serve((req, res) => {
      const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const file = pathname.startsWith(prefix) ? path.join(dist, pathname.slice(prefix.length) || 'index.html') : '';
      if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.statusCode = 404;
        return res.end();
      }
      res.setHeader('Content-Type', types[path.extname(file)] ?? 'application/octet-stream');
      res.end(fs.readFileSync(file));
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${site.origin}${prefix}?lang=en&view=list`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Events in time order' }).getByRole('listitem')).toHaveCount(63);
    await page.getByRole('button', { name: 'Embed', exact: true }).click();
    const snippet = await page.getByRole('textbox', { name: 'Embed code' }).inputValue();
    expect(snippet).toContain(`<script src="${site.origin}${prefix}embed.js" async></script>`);
    expect((await fetch(`${site.origin}${prefix}embed.js`)).status).toBe(200);
    expect(requests.filter((url) => !url.startsWith(`${site.origin}${prefix}`))).toEqual([]);
    await site.close();
  });
});

test('embedded, the toolbar offers sharing but not embedding, presenting or exporting', async ({ page }) => {
  await page.goto('./?embed=1&lang=en&view=list');
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Present' })).toHaveCount(0);
  await page.goto('./?lang=en&view=list');
  await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();
});
