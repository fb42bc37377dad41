import { describe, expect, it } from 'vitest';
import { printedUrl } from './printed-url';

describe('printedUrl(href, short)', () => {
  it.each([
    ['https://example.org/%D8%A7%D9%84%D8%B3%D9%84%D8%A7%D9%85', false, 'https://example.org/السلام'],
    ['https://www.example.org/news', true, 'example.org/news'],
    // A bidi override, an isolate and a zero-width space stay encoded: printed, they would reorder or hide.
    ['https://example.org/%E2%80%AEgpj.exe', false, 'https://example.org/%E2%80%AEgpj.exe'],
    ['https://example.org/a%E2%81%A7b%E2%80%8Bc', true, 'example.org/a%E2%81%A7b%E2%80%8Bc'],
    ['https://example.org/\u202Eevil', false, 'https://example.org/%E2%80%AEevil'],
    ['https://example.org/%E0%A4%A', false, 'https://example.org/%E0%A4%A'],
    [null, false, null],
  ])('printedUrl(%j, %s) is %j', (href, short, text) => {
    expect(printedUrl(href, short)).toBe(text);
  });
});
