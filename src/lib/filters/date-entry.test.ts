import { describe, expect, test } from 'vitest';
import { isCompleteDay, readDay } from './date-entry';

describe('isCompleteDay(value)', () => {
  test.each([
    ['2025-12-01', true],
    ['0002-12-01', false],
    ['0202-12-01', false],
    ['2025-02-30', false],
    ['2025-12', false],
    ['', false],
  ])('%s → %s', (value, complete) => expect(isCompleteDay(value)).toBe(complete));
});

describe('readDay(value, which, bounds)', () => {
  const b = { min: '2025-01-20', max: '2026-03-31' };
  test.each([
    ['the partial years of 2025, typed digit by digit', ['0002-12-01', '0020-12-01', '0202-12-01'], 'from', b, 'incomplete'],
    ['a day before the data', ['2024-12-31'], 'from', b, 'before'],
    ['a day after the data', ['2026-04-01'], 'to', b, 'after'],
    ['a start after the end', ['2025-12-05'], 'from', { ...b, to: '2025-12-01' }, 'reversed'],
    ['an end before the start', ['2025-11-30'], 'to', { ...b, from: '2025-12-01' }, 'reversed'],
  ] as const)('refuses %s', (_, values, which, bounds, why) => {
    for (const v of values) expect(readDay(v, which, bounds)).toEqual({ ok: false, why });
  });
  test.each([
    ['a complete day in the span', '2025-12-01', 'from', b, '2025-12-01'],
    ['the first and last days', '2025-01-20', 'from', b, '2025-01-20'],
    ['an end on the start day', '2025-12-01', 'to', { ...b, from: '2025-12-01' }, '2025-12-01'],
    ['an emptied field', '', 'to', { ...b, from: '2025-12-01' }, null],
  ] as const)('takes %s', (_, value, which, bounds, day) => {
    expect(readDay(value, which, bounds)).toEqual({ ok: true, day });
  });
});
