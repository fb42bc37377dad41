import { describe, expect, it } from 'vitest';
import { DEFAULTS, parseParams, type ViewParams } from '../state/params';
import { OPEN_EMBED, embedSnippet, embedUrl, escapeAttr, fullUrl, pageBase } from './snippet';

const page = 'https://news.example/graphics/talks/index.html?lang=en&view=list#main';
const params = (over: Partial<ViewParams> = {}): ViewParams => ({ ...structuredClone(DEFAULTS), ...over });
const plain = { ...OPEN_EMBED, theme: 'auto', accent: null } as const;

describe('escapeAttr(value)', () => {
  it.each([
    ['plain', 'plain'],
    ['"Talks" & <talks>', '&quot;Talks&quot; &amp; &lt;talks&gt;'],
    ["it's", 'it&#39;s'],
    ['" onload="alert(1)', '&quot; onload=&quot;alert(1)'],
  ])('escapeAttr(%j) is %j', (value, expected) => {
    expect(escapeAttr(value)).toBe(expected);
  });
});

describe('pageBase(pageUrl)', () => {
  it('drops query and hash, keeps the sub-path and file', () => {
    expect(pageBase(page)).toBe('https://news.example/graphics/talks/index.html');
  });
});

describe('embedUrl(pageUrl, params, options, language)', () => {
  it('carries the view and filters, the embed flag and the language', () => {
    const url = embedUrl(page, params({ view: 'list', q: 'geneva', sides: ['us', 'ukraine'] }), plain, 'ar');
    expect(url).toBe('https://news.example/graphics/talks/index.html?view=list&lang=ar&sides=us,ukraine&q=geneva&embed=1');
  });
  it('keeps a language the reader chose', () => {
    expect(embedUrl(page, params({ lang: 'en' }), plain, 'ar')).toContain('lang=en');
  });
  it('writes the embed options, which replace the page’s own', () => {
    const url = new URL(embedUrl(page, params({ theme: 'light', accent: '00ff00' }), { ...OPEN_EMBED, theme: 'dark', transparent: true, accent: 'c0490a' }, 'en'));
    expect(url.searchParams.get('theme')).toBe('dark');
    expect(url.searchParams.get('transparent')).toBe('1');
    expect(url.searchParams.get('accent')).toBe('c0490a');
  });
  it('writes a locked embed: no controls, tools or key, two views, a maximum height', () => {
    const locked = { ...plain, controls: false, tools: false, key: false, views: ['timeline', 'table'], maxheight: 900 } as const;
    const url = new URL(embedUrl(page, params({ q: 'miami' }), { ...locked, views: [...locked.views] }, 'en'));
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'en', q: 'miami', embed: '1', controls: '0', tools: '0', key: '0', views: 'timeline,table', maxheight: '900' });
  });
  it('names the first offered view when the current one is not offered', () => {
    const url = new URL(embedUrl(page, params({ view: 'network' }), { ...plain, views: ['table', 'list'] }, 'en'));
    expect(url.searchParams.get('view')).toBe('table');
    expect(parseParams(url.search).params.view).toBe('table');
  });
  it('round-trips through parseParams without notices', () => {
    const p = params({ view: 'table', actors: ['witkoff'], from: '2025-11-01', to: '2025-12-31', q: 'a "quote" & more' });
    const url = new URL(embedUrl(page, p, { ...OPEN_EMBED, theme: 'light', transparent: true, accent: '0b5cad' }, 'en'));
    const parsed = parseParams(url.search);
    expect(parsed.notices).toEqual([]);
    expect(parsed.params).toEqual({ ...p, lang: 'en', embed: true, theme: 'light', transparent: true, accent: '0b5cad' });
  });
});

describe('fullUrl(pageUrl, params)', () => {
  it('is the same view without embed and transparent', () => {
    const url = fullUrl(page, params({ view: 'list', lang: 'ar', embed: true, transparent: true, theme: 'dark', q: 'x' }));
    expect(url).toBe('https://news.example/graphics/talks/index.html?view=list&lang=ar&theme=dark&q=x');
  });
  it('gives a locked embed’s reader everything back', () => {
    const locked = params({ embed: true, controls: false, tools: false, key: false, views: ['table'], view: 'table', maxheight: 700, q: 'x' });
    expect(fullUrl(page, locked)).toBe('https://news.example/graphics/talks/index.html?view=table&q=x');
  });
  it('is the bare page for the default view', () => {
    expect(fullUrl(page, params({ embed: true }))).toBe('https://news.example/graphics/talks/index.html');
  });
});

describe('embedSnippet(input)', () => {
  const input = {
    pageUrl: page,
    src: 'https://news.example/graphics/talks/index.html?lang=en&embed=1',
    full: 'https://news.example/graphics/talks/index.html?lang=en',
    title: 'Peace talks "2025" <timeline>',
    alt: 'Timeline of the "talks"',
    lang: 'en',
  } as const;
  const code = embedSnippet(input);

  it('is an iframe, a noscript image and the host script, in that order', () => {
    expect(code.split('\n').map((line) => line.match(/^<(\w+)/)?.[1])).toEqual(['iframe', 'noscript', 'script']);
  });
  it('marks the frame for the host script, lazy, full width, with a starting height', () => {
    const iframe = code.split('\n')[0];
    expect(iframe).toContain(' data-peace-talks-embed');
    expect(iframe).toContain(' loading="lazy"');
    expect(iframe).toContain(' width="100%"');
    expect(iframe).toContain(' height="720"');
    expect(iframe).toContain(' src="https://news.example/graphics/talks/index.html?lang=en&amp;embed=1"');
  });
  it('escapes the title and alt text', () => {
    expect(code).toContain(' title="Peace talks &quot;2025&quot; &lt;timeline&gt;"');
    expect(code).toContain(' alt="Timeline of the &quot;talks&quot;"');
    expect(code).not.toContain('"2025"');
  });
  it('leaves bidi controls out of the title and alt text (an open U+202E would reverse the page around the code)', () => {
    const bidi = embedSnippet({ ...input, title: 'Talks \u202Eenoz\u2066 \u200Fnow', alt: '\u202Bالمحادثات\u2069' });
    expect(bidi).toContain(' title="Talks enoz now"');
    expect(bidi).toContain(' alt="المحادثات"');
    expect(bidi).not.toMatch(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
  });
  it('names embed.js and the fallback image next to the app, by absolute URL', () => {
    expect(code).toContain('<script src="https://news.example/graphics/talks/embed.js" async></script>');
    expect(code).toContain(' src="https://news.example/graphics/talks/fallback-en.png"');
    expect(embedSnippet({ ...input, lang: 'ar' })).toContain('fallback-ar.png');
  });
  it('hides the frame where scripts are off, so only the picture in the article’s language shows', () => {
    const noscript = code.split('\n')[1];
    expect(noscript).toMatch(/^<noscript><style>iframe\[data-peace-talks-embed\]\{display:none!important\}<\/style><a /);
    expect(noscript).toContain(' lang="en" width="1200" height="800"');
  });
  it('names the newsroom’s own picture of the view, at its size', () => {
    const own = embedSnippet({ ...input, picture: { src: 'https://news.example/talks "en".png', width: 600, height: 1303 } });
    expect(own).toContain('<img src="https://news.example/talks &quot;en&quot;.png" alt="Timeline of the &quot;talks&quot;" lang="en" width="600" height="1303"');
    expect(own).not.toContain('fallback-en.png');
  });
  it('takes another starting height', () => {
    expect(embedSnippet({ ...input, height: 500.4 })).toContain(' height="500"');
  });
});
