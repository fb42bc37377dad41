import { describe, expect, it } from 'vitest';
import { resolveDataUrl } from './data-url';

const page = 'https://news.example/graphics/talks/index.html?embed=1';
describe('resolveDataUrl(param, pageUrl, allowed)', () => {
  it.each([
    [null, [], { ok: true, url: 'https://news.example/graphics/talks/data/peace-talks.json' }],
    ['data/other.json', [], { ok: true, url: 'https://news.example/graphics/talks/data/other.json' }],
    ['https://news.example/x.json', [], { ok: true, url: 'https://news.example/x.json' }],
    ['https://cdn.partner.example/x.json', ['https://cdn.partner.example'], { ok: true, url: 'https://cdn.partner.example/x.json' }],
  ] as const)('allows %s', (param, allowed, expected) => {
    expect(resolveDataUrl(param, page, allowed)).toEqual(expected);
  });
  it.each([
    ['https://evil.example/fake.json', /evil\.example is not allowed/],
    ['//evil.example/fake.json', /evil\.example is not allowed/],
    ['javascript:alert(1)', /only http\(s\)/],
    ['data:application/json,{}', /only http\(s\)/],
  ])('refuses %s', (param, message) => {
    const r = resolveDataUrl(param, page, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(message);
  });
});
