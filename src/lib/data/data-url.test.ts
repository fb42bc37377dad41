import { describe, expect, it } from 'vitest';
import { dataParamIn, resolveDataUrl } from './data-url';
import { parseParams } from '../state/params';

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

describe('dataParamIn(search): the dataset an address names, read before the app runs', () => {
  it.each([
    ['', null],
    ['?lang=en', null],
    ['?data=data/other.json', 'data/other.json'],
    ['?lang=ar&data=https%3A%2F%2Fcdn.partner.example%2Fx.json&view=network', 'https://cdn.partner.example/x.json'],
    ['?data=javascript:alert(1)', null],
    ['?data=//evil.example/fake.json', null],
    ['?data=notes.txt', null],
    ['?data=', null],
    ['?data=a.json&data=b.json', 'b.json'],
    ['?data=a.json&data=javascript:alert(1)', 'a.json'],
    [`?data=${'x'.repeat(2000)}.json`, null],
  ])('%s names %s, as the app reads it', (search, expected) => {
    expect(dataParamIn(search)).toBe(expected);
    expect(parseParams(search).params.data).toBe(expected);
  });
});
