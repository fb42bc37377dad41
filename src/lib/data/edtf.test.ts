import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEdtf, spanDays } from './edtf';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

describe('parseEdtf of dates written with slashes or dots, as spreadsheets show them', () => {
  it.each([
    ['12/10/2025', '"12/10/2025" is not an ISO date and its order is ambiguous: write 2025-10-12 (YYYY-MM-DD) if it is 12 October (day/month), or 2025-12-10 (YYYY-MM-DD) if it is 10 December (month/day)'],
    ['13/10/2025', '"13/10/2025" is not an ISO date: write 2025-10-13 (YYYY-MM-DD) if it is 13 October (day/month)'],
    ['10/13/2025', '"10/13/2025" is not an ISO date: write 2025-10-13 (YYYY-MM-DD) if it is 13 October (month/day)'],
    ['5/5/2025', '"5/5/2025" is not an ISO date: write 2025-05-05 (YYYY-MM-DD) if it is 5 May (day/month)'],
    ['12.10.2025', '"12.10.2025" is not an ISO date and its order is ambiguous: write 2025-10-12 (YYYY-MM-DD) if it is 12 October (day/month), or 2025-12-10 (YYYY-MM-DD) if it is 10 December (month/day)'],
    ['2025/10/12', '"2025/10/12" is not an ISO date: write 2025-10-12 (YYYY-MM-DD)'],
  ])('%s says which ISO date to write', (text, error) => {
    expect(parseEdtf(text)).toEqual({ ok: false, error });
  });

  it('gives no reading that does not exist (31/02/2025 has none; 30/02 neither)', () => {
    const r = parseEdtf('31/02/2025');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).not.toMatch(/write/);
  });
});

describe('parseEdtf(text)', () => {
  it.each([
    ['2025-12-02', utc(2025, 12, 2), utc(2025, 12, 3), 'day', false, false, false],
    ['2025-12', utc(2025, 12, 1), utc(2026, 1, 1), 'month', false, false, false],
    ['2025', utc(2025, 1, 1), utc(2026, 1, 1), 'year', false, false, false],
    ['2025-12-04/2025-12-06', utc(2025, 12, 4), utc(2025, 12, 7), 'day', true, false, false],
    ['2025-10-25~/2025-10-26~', utc(2025, 10, 25), utc(2025, 10, 27), 'day', true, false, true],
    ['2025-02-11?', utc(2025, 2, 11), utc(2025, 2, 12), 'day', false, true, false],
    ['2025-10%', utc(2025, 10, 1), utc(2025, 11, 1), 'month', false, true, true],
    ['2025-11-30/2025-12', utc(2025, 11, 30), utc(2026, 1, 1), 'month', true, false, false],
    ['2025-12-05/2025-12', utc(2025, 12, 5), utc(2026, 1, 1), 'month', true, false, false],
    ['2024-02-29', utc(2024, 2, 29), utc(2024, 3, 1), 'day', false, false, false],
    [' 2026-03-11 ', utc(2026, 3, 11), utc(2026, 3, 12), 'day', false, false, false],
  ] as const)('parses %s', (text, earliest, latest, precision, interval, uncertain, approximate) => {
    expect(parseEdtf(text)).toEqual({
      ok: true,
      value: { earliest, latest, precision, interval, uncertain, approximate },
    });
  });

  it.each([
    ['', /empty/],
    ['2025-13-01', /month 13/],
    ['2025-02-29', /day 29 does not exist in 2025-02/],
    ['2025-12-06/2025-12-04', /ends .* before it starts/],
    ['2025-12-04/..', /open or unknown/],
    ['/2025-12-04', /open or unknown/],
    ['2025-21', /seasons/],
    ['202X-05', /unspecified digits/],
    ['2025-12-04/2025-12-05/2025-12-06', /exactly one/],
    ['yesterday', /is not a date/],
    ['2025-12-02T10:00', /is not a date/],
  ])('rejects %j with a message', (text, message) => {
    const r = parseEdtf(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('reads a plain day as the general pattern does (the same day with a qualifier)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const day = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
        const plain = parseEdtf(day);
        const qualified = parseEdtf(`${day}?`);
        if (!qualified.ok) expect(plain).toEqual({ ok: false, error: qualified.error.replace(`${day}?`, day) });
        else expect(plain).toEqual({ ok: true, value: { ...qualified.value, uncertain: false } });
      }),
      { numRuns: 2000, seed: 20251206 },
    );
  });

  it('accepts exactly the days the calendar has, each 24 hours long (against Date)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const at = (y: number, m: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return date.getTime();
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const r = parseEdtf(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
        const exists = new Date(at(y, m, d)).getUTCDate() === d;
        expect(r.ok).toBe(exists);
        if (r.ok) expect([r.value.earliest, r.value.latest]).toEqual([at(y, m, d), at(y, m, d + 1)]);
      }),
      { numRuns: 3000, seed: 20251129 },
    );
    for (const [day, ok] of [['1900-02-29', false], ['2000-02-29', true], ['2100-02-29', false], ['0004-02-29', true], ['0000-02-29', true]] as const) {
      expect(parseEdtf(day).ok, day).toBe(ok);
    }
  });

  it('spanDays counts whole days', () => {
    const r = parseEdtf('2025-12-04/2025-12-06');
    expect(r.ok && spanDays(r.value)).toBe(3);
  });
});
