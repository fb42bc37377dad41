import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref(url)', () => {
  it.each([
    ['https://www.reuters.com/world/talks?id=1#top', 'https://www.reuters.com/world/talks?id=1#top'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    // Written with an IDN host, kept as the browser would send it.
    ['https://президент.рф/news', 'https://xn--d1abbgf6aiiy.xn--p1ai/news'],
  ])('keeps an absolute http(s) URL: %s', (url, expected) => expect(safeHref(url)).toBe(expected));

  it.each([
    ['javascript:alert(1)'],
    [' javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['mailto:press@example.org'],
    ['//evil.example/path'],
    ['/relative/path'],
    ['www.example.org'],
    [''],
    [undefined],
  ])('refuses anything else: %s', (url) => expect(safeHref(url)).toBeNull());
});
