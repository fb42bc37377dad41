import { describe, expect, it } from 'vitest';
import { BIN_STEPS } from './cluster';
import { binOrdinal, binStart, daysFromCivil, monthOfDay } from './bins';

const instants = [
  '1969-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  '1970-01-05T00:00:00Z',
  '1999-12-31T18:00:00Z',
  '2000-02-29T12:00:00Z',
  '2020-01-01T05:59:59Z',
  '2024-12-30T00:00:00Z',
  '2025-03-02T23:00:00Z',
  '2025-06-15T12:00:00Z',
  '2026-03-11T12:00:00Z',
  '2100-03-01T00:00:00Z',
  '1899-07-04T08:30:00Z',
].map((s) => Date.parse(s));

describe('binOrdinal(unit, t) and binStart(unit, ord)', () => {
  for (const step of BIN_STEPS) {
    it(`${step.unit}: the same bins as d3-time`, () => {
      for (const t of instants) {
        const ord = binOrdinal(step.unit, t);
        expect(binStart(step.unit, ord)).toBe(+step.interval.floor(new Date(t)));
        expect(binStart(step.unit, ord + 1)).toBe(+step.interval.offset(step.interval.floor(new Date(t)), 1));
      }
    });
  }
});

describe('daysFromCivil(y, m) and monthOfDay(z)', () => {
  it.each([
    [1970, 0, 0],
    [2000, 2, 11017],
    [1969, 11, -31],
    [2025, 11, 20423],
  ])('%i-%i-01 is day %i', (y, m, z) => {
    expect(daysFromCivil(y, m)).toBe(z);
    expect(monthOfDay(z)).toBe((y - 1970) * 12 + m);
  });
});
