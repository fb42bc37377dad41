/**
 * A hostile data file (tests/fixtures/hostile.json: <script> and onerror/onload payloads that
 * call alert() or read document.cookie, javascript:/data:/vbscript: and protocol-relative URLs,
 * template syntax, bidi overrides, control characters, 100k-character strings, prototype keys)
 * is shown as text only: no dialog, no script from the data runs, no request leaves the origin,
 * links from data are http(s) with rel="noopener noreferrer", and every event of the file is
 * either shown or named in the rejection notice.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const hostile = JSON.parse(fs.readFileSync('tests/fixtures/hostile.json', 'utf8'));

test.describe('hostile data file', () => {
  test.describe.configure({ timeout: 90_000 });

  test('is rendered as inert text everywhere, and nothing is lost', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      await d.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // Every payload in the fixture calls alert(), reads document.cookie or loads src=x: trap them.
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__pwned = false;
      w.__pwnedBy = [];
      const trap = (name: string) => () => {
        w.__pwned = true;
        (w.__pwnedBy as string[]).push(name);
      };
      for (const name of ['alert', 'confirm', 'prompt', 'print']) w[name] = trap(name);
      Object.defineProperty(document, 'cookie', { get: trap('document.cookie read') as () => string, set: trap('document.cookie write'), configurable: true });
      window.addEventListener('error', (e) => {
        const t = e.target as Element | null;
        if (t && t !== (window as unknown) && t.tagName) trap(`error event on <${t.tagName.toLowerCase()}>`)();
      }, true);
    });
    await page.route('**/data/hostile.json', (r) => r.fulfill({ path: 'tests/fixtures/hostile.json', contentType: 'application/json' }));

    await page.goto('./?data=data/hostile.json&lang=en&view=list');
    const list = page.getByRole('list', { name: 'Events in time order' });
    const items = list.getByRole('listitem');
    await expect(items.first()).toBeVisible({ timeout: 30_000 });
    // The title with a <script> in it is shown as text.
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<script>alert("meta")</script>');

    // Nothing lost: shown + rejected = the events in the file.
    const shown = await items.count();
    const notice = page.locator('details.problems');
    await expect(notice).toBeVisible();
    await expect(notice.locator('summary')).toHaveText(/^\d+ events? in the data file (was|were) rejected and (is|are) not shown\.$/);
    const announced = Number(/^(\d+)/.exec((await notice.locator('summary').textContent())!.trim())![1]);
    await notice.locator('summary').click();
    const lines = await notice.locator('li').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    const rejected = new Set(lines.map((l) => /(?:^|› )events › (.+?)(?: › |: expected )/.exec(l)?.[1]).filter((x): x is string => !!x));
    // Two rejected events share the id twin-rejected: both are counted, and both are listed.
    expect(shown + announced, `shown ${shown} + announced ${announced}`).toBe(hostile.events.length);
    expect(rejected.size, 'distinct rejected ids in the notice').toBe(announced - 1);
    expect(lines.filter((l) => l.includes('events › twin-rejected ›')), 'lines for the two twins').toHaveLength(2);
    // Rejections that the fixture is built to provoke are among them.
    for (const id of ['script-type', 'when-injection', 'html-actor-ref', 'cites-proto-actor', 'actor-twice-one-role', 'twin-rejected'])
      expect([...rejected], `rejection of ${id}`).toContain(id);

    // Open a few events' detail panels by clicking, in the list.
    const panel = page.getByRole('complementary');
    let dataLinks = 0;
    for (const name of ['<script>alert("title")</script>', 'Hostile references', 'javascript:alert(1)', 'Quote payload', 'SVG payload', 'Flagged twice', 'Actor twice']) {
      await list.getByRole('button', { name, exact: true }).first().click();
      await expect(panel.getByRole('heading', { level: 2 })).toContainText(name);
      dataLinks += await checkLinks(page, origin);
      await page.keyboard.press('Escape');
      await expect(panel).toHaveCount(0);
    }

    // The evidence links (quote-breaker, query-payload to evil.example, bidi-publisher) were checked.
    expect(dataLinks, 'evidence links from data seen in the panels').toBeGreaterThanOrEqual(3);

    // The table and the timeline, each with a detail panel opened by clicking.
    await page.getByRole('button', { name: 'Table', exact: true }).click();
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    await expect(page.getByRole('table').first()).toBeVisible({ timeout: 30_000 });
    await page.getByRole('table').first().getByRole('button', { name: 'Hostile references' }).first().click();
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Hostile references');
    await checkLinks(page, origin);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    const chart = page.getByRole('listbox', { name: 'Events on the timeline' });
    await expect(chart.getByRole('option').first()).toBeAttached({ timeout: 30_000 });
    await chart.locator('[data-event="hostile-references"]').first().click({ force: true });
    await expect(panel.getByRole('heading', { level: 2 })).toContainText('Hostile references');
    await checkLinks(page, origin);

    // No script from the data ran: no dialog, no trapped call, no injected element or handler.
    expect(dialogs, 'dialogs').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwnedBy: string[] }).__pwnedBy), 'trapped calls').toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(false);
    const injected = await page.evaluate(() => {
      const found: string[] = [];
      for (const el of document.querySelectorAll('body *')) {
        for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`<${el.tagName.toLowerCase()} ${a.name}>`);
        if (/^(script|iframe|object|embed|foreignobject)$/i.test(el.tagName)) found.push(`<${el.tagName.toLowerCase()}>`);
        if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') found.push('<img src=x>');
      }
      return found;
    });
    expect(injected, 'elements or handlers injected from the data').toEqual([]);

    // No request left the origin, and none was for a payload's relative URL (src=x).
    const foreign = requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
    expect(foreign, 'requests outside the origin').toEqual([]);
    expect(requests.filter((u) => new URL(u).pathname === '/x'), 'requests for src=x').toEqual([]);
    expect(requests.filter((u) => u.startsWith('data:')), 'data: URLs loaded').toEqual([]);
  });
});

test.describe('bidi controls from the data stay inside the data', () => {
  test.describe.configure({ timeout: 90_000 });

  test('an open U+202E moves neither the "not translated" note nor the closing quote mark; the tab title isolates the data', async ({ page }) => {
    await page.route('**/data/hostile.json', (r) => r.fulfill({ path: 'tests/fixtures/hostile.json', contentType: 'application/json' }));
    await page.goto('./?data=data/hostile.json&lang=ar&view=list&event=open-override');
    const heading = page.getByRole('complementary').getByRole('heading', { level: 2 });
    await expect(heading).toContainText('Geneva');
    // Where the note and the quote's marks are drawn, against the data text beside them.
    const placed = await page.evaluate(() => {
      const box = (node: Node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect();
      };
      const title = document.querySelector('#detail-title > *')!;
      const note = title.querySelector('.untranslated')!;
      const text = title.firstChild!;
      const quote = document.querySelector('aside blockquote')!;
      const walk = document.createTreeWalker(quote, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      while (walk.nextNode()) texts.push(walk.currentNode as Text);
      const char = (node: Text, i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect();
      };
      const first = texts[0];
      const last = texts[texts.length - 1];
      return {
        noteAfterText: note.getBoundingClientRect().left >= box(text).right - 1,
        closeIsRightmost: char(last, last.length - 1).right >= box(quote).right - 1,
        openIsLeftmost: char(first, 0).left <= box(quote).left + 1,
        tab: document.title,
      };
    });
    // The English title reads left to right: its note follows it, on its right.
    expect(placed.noteAfterText, 'the note after the title').toBe(true);
    // The English quote: “ on the left, ” on the right, whatever the override inside does.
    expect(placed.openIsLeftmost, 'opening mark first').toBe(true);
    expect(placed.closeIsRightmost, 'closing mark last').toBe(true);
    // The tab title: the data's title between FSI and PDI, then the app's name.
    expect(placed.tab).toMatch(/^\u2068[^\u2069]*\u2069 · /);
  });
});

test.describe('a link parameter in a right-to-left notice', () => {
  for (const value of ['no-such-event', 'سلام\u202e']) {
    test(`reads as the address bar shows it, name=value left to right, in Arabic: ${JSON.stringify(value)}`, async ({ page }) => {
      await page.goto(`./?lang=ar&event=${encodeURIComponent(value)}`);
      const notice = page.locator('.notice').filter({ hasText: 'في الرابط' });
      await expect(notice).toBeVisible();
      const placed = await notice.evaluate((p, value) => {
        const text = [...p.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('event'))!;
        const at = (needle: string) => {
          const i = text.textContent!.indexOf(needle);
          const range = document.createRange();
          range.setStart(text, i);
          range.setEnd(text, i + needle.length);
          return range.getBoundingClientRect();
        };
        return { name: at('event').left, value: at(value.replace('\u202e', '')).left, end: at('في الرابط').right };
      }, value);
      // "event" on the left of its value, and the Arabic sentence around them in its own order.
      expect(placed.name).toBeLessThan(placed.value);
      expect(placed.end).toBeLessThan(placed.name);
    });
  }
});

test.describe('bidi controls on the error page', () => {
  test('the file name and the parser\'s words are isolated, so an open U+202E cannot reverse the sentence', async ({ page }) => {
    await page.route('**/data/bidi.json', (r) => r.fulfill({ body: '\u202e{"title": 1}', contentType: 'application/json' }));
    await page.goto('./?lang=en&data=data/bidi.json');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('is not valid JSON');
    const text = (await alert.textContent())!.trim();
    // "The data file ⁨data/bidi.json⁩ is not valid JSON: ⁨Unexpected token '‮'...⁩": the parser's words,
    // which quote the file, closed by their PDI.
    expect(text).toMatch(/^The data file \u2068[^\u2069]+\u2069 is not valid JSON: \u2068[^\u2069]*\u202e[^\u2069]*\u2069$/);
  });
});

test.describe('hostile data in exports', () => {
  test.describe.configure({ timeout: 90_000 });

  test('the SVG export resolves references only in its own definitions: an event titled url(#app) does not copy the page', async ({ page }) => {
    await page.route('**/data/hostile.json', (r) => r.fulfill({ path: 'tests/fixtures/hostile.json', contentType: 'application/json' }));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('./?data=data/hostile.json&lang=en&view=timeline');
    const chart = page.getByRole('listbox', { name: 'Events on the timeline' });
    await expect(chart.locator('[data-event="url-reference"]').first()).toBeAttached({ timeout: 30_000 });
    await page.locator('summary', { hasText: 'Export' }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Chart as SVG' }).click()]);
    const text = fs.readFileSync((await download.path())!, 'utf8');
    const found = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
      const refs = [...svg.matchAll(/(?:fill|stroke|clip-path)[:=]"?url\(#([^)"]+)\)/g)].map((m) => m[1]);
      return { error: doc.querySelector('parsererror')?.textContent ?? null, app: doc.getElementById('app') !== null, html: doc.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'div').length, missing: refs.filter((r) => !ids.includes(r)) };
    }, text);
    expect(found).toEqual({ error: null, app: false, html: 0, missing: [] });
    expect(text).toContain('url(#app)'); // the title itself is kept, as text
  });
});

/** Every link is http(s) (or the app's own); links that leave the app carry noopener noreferrer. */
async function checkLinks(page: Page, origin: string): Promise<number> {
  const links = await page.locator('a[href]').evaluateAll((els) =>
    els.map((a) => ({ href: (a as HTMLAnchorElement).href, raw: a.getAttribute('href') ?? '', rel: a.getAttribute('rel') ?? '' })),
  );
  for (const l of links) {
    expect(l.raw.trim(), `link ${l.raw}`).not.toMatch(/^(javascript|data|vbscript):/i);
    const url = new URL(l.href);
    expect(['http:', 'https:'], `protocol of ${l.raw}`).toContain(url.protocol);
    if (url.origin !== origin) {
      const rel = l.rel.split(/\s+/);
      expect(rel, `rel of ${l.raw}`).toContain('noopener');
      expect(rel, `rel of ${l.raw}`).toContain('noreferrer');
    }
  }
  // The evidence links of an open panel come from data: all of them carry both rels. (The
  // panel's own links, such as a series' "show all", stay in the app.)
  const evidence = (
    await page.getByRole('complementary').locator('a[href]').evaluateAll((els) =>
      els.map((a) => ({ href: (a as HTMLAnchorElement).href, rel: a.getAttribute('rel') ?? '' })),
    )
  ).filter((l) => new URL(l.href).origin !== origin);
  for (const l of evidence) {
    expect(['http:', 'https:'], `protocol of ${l.href}`).toContain(new URL(l.href).protocol);
    expect(l.rel.split(/\s+/), `rel of ${l.href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
  }
  return evidence.length;
}
