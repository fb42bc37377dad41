import { describe, expect, it } from 'vitest';
import { deepEqual, stringifyJson } from './deep-json';

/** `[[[...]]]`, `depth` arrays deep, read by JSON.parse (which, unlike stringify, has no depth limit). */
const nested = (depth: number) => JSON.parse('['.repeat(depth) + ']'.repeat(depth));

describe('stringifyJson(value)', () => {
  it.each([
    [null], [true], [0], [-1.5e300], ['a "quoted" \u202e\n line'], [[]], [{}],
    [[1, 'two', null, { three: [3, { four: 4 }] }]],
    [{ actor: 'a', role: 'host', side: 'us', uncertain: true, __proto__x: 1 }],
  ])('writes %j as JSON.stringify does', (value) => {
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });

  it('writes what JSON.stringify writes for undefined and non-finite numbers', () => {
    const value = { a: undefined, b: [undefined, NaN, Infinity], c: 1 };
    expect(stringifyJson(value)).toBe(JSON.stringify(value));
  });

  it('writes a 200,000-deep array, where JSON.stringify overflows the stack', () => {
    const deep = nested(200_000);
    expect(() => JSON.stringify(deep)).toThrow(RangeError);
    const text = stringifyJson(deep);
    expect(text).toBe('['.repeat(200_000) + ']'.repeat(200_000));
  });
});

describe('deepEqual(a, b)', () => {
  it.each([
    [{ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 }, true],
    [[1, 2], [2, 1], false],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: undefined }, { b: undefined }, false],
    [[], {}, false],
    ['1', 1, false],
  ])('deepEqual(%j, %j) is %s', (a, b, equal) => {
    expect(deepEqual(a, b)).toBe(equal);
  });

  it('compares 200,000-deep arrays without overflowing the stack', () => {
    expect(deepEqual(nested(200_000), nested(200_000))).toBe(true);
    expect(deepEqual(nested(200_000), nested(199_999))).toBe(false);
  });
});
