import { describe, expect, it } from 'vitest';
import { pushDown, shiftAt, verticalLayout } from './vertical';
import { ev, timeOrder } from '../../../tests/unit/helpers/timeline-events';
import { DAY } from '../data/days';
import { parseEdtf } from '../data/edtf';
import type { Phase } from '../data/types';

const phase = (id: string, when: string): Phase => {
  const d = parseEdtf(when);
  if (!d.ok) throw new Error(d.error);
  return { id, name: { en: id }, when, date: d.value };
};

describe('pushDown(natural, minGap)', () => {
  it('keeps rows where they fall, pushing only crowded ones', () => {
    expect(pushDown([0, 100, 110, 115, 400], 40)).toEqual([0, 100, 140, 180, 400]);
  });
  it('leaves more room above the rows that ask for it, pushing the rest down with them', () => {
    expect(pushDown([0, 100, 110, 115, 400], 40, [30, 0, 50, 0, 0])).toEqual([30, 100, 190, 230, 400]);
  });
});

describe('shiftAt(t, times, natural, placed)', () => {
  it('moves an instant as much as the row before it', () => {
    const times = [0, 10, 20];
    expect(shiftAt(5, times, [0, 100, 110], [0, 100, 140])).toBe(0);
    expect(shiftAt(25, times, [0, 100, 110], [0, 100, 140])).toBe(30);
    expect(shiftAt(-1, times, [0, 100, 110], [0, 100, 140])).toBe(0);
  });
});

describe('verticalLayout(events, domain, options)', () => {
  const events = timeOrder([ev('a', '2025-01-01'), ev('b', '2025-01-02'), ev('c', '2025-03-01'), ev('d', '2025-01-03')]);
  const domain = [Date.parse('2025-01-01'), Date.parse('2025-03-02')] as const;
  const ticks = () => [{ t: Date.parse('2025-02-01') }, { t: Date.parse('2025-03-01') }];

  it('puts rows in time order, top to bottom, never closer than a row', () => {
    const v = verticalLayout(events, domain, { rowH: 50, maxRows: 100, ticks });
    expect(v.rows.map((r) => r.key)).toEqual(['a', 'b', 'd', 'c']);
    for (let i = 1; i < v.rows.length; i++) expect(v.rows[i].y - v.rows[i - 1].y).toBeGreaterThanOrEqual(50);
    expect(v.ticks.map((t) => t.y)).toEqual([...v.ticks.map((t) => t.y)].sort((a, b) => a - b));
    expect(v.step).toBeNull();
  });

  it("makes room for a phase's name over the first event of each phase, and only there", () => {
    const phases = [phase('winter', '2025-01-02/2025-01-31'), phase('spring', '2025-03-01/2025-03-31')];
    const v = verticalLayout(events, domain, { rowH: 50, maxRows: 100, ticks, phases, phaseH: 64 });
    expect(v.rows.map((r) => [r.key, r.phase?.id ?? null])).toEqual([['a', null], ['b', 'winter'], ['d', null], ['c', 'spring']]);
    const y = Object.fromEntries(v.rows.map((r) => [r.key, r.y]));
    // b, a day after a, is a row and a name below it; d, in the same phase, only a row below b.
    expect(y.b - y.a).toBeGreaterThanOrEqual(50 + 64);
    expect(y.d - y.b).toBeGreaterThanOrEqual(50);
    expect(y.d - y.b).toBeLessThan(50 + 64);
    expect(y.c - y.d).toBeGreaterThanOrEqual(50 + 64);
    // Without phases, the same rows sit closer.
    const plain = verticalLayout(events, domain, { rowH: 50, maxRows: 100, ticks });
    expect(plain.rows.every((r) => !r.phase)).toBe(true);
    expect(plain.rows[1].y - plain.rows[0].y).toBeLessThan(50 + 64);
  });

  it('bins rows by calendar when there are more than maxRows', () => {
    const many = timeOrder(Array.from({ length: 60 }, (_, i) => ev(`e${i}`, new Date(Date.parse('2025-01-01') + i * DAY).toISOString().slice(0, 10))));
    const v = verticalLayout(many, [Date.parse('2025-01-01'), Date.parse('2025-03-02')], { rowH: 50, maxRows: 10, ticks });
    expect(v.step?.unit).toBe('week');
    expect(v.rows.reduce((s, r) => s + (r.bin?.events.length ?? 0), 0)).toBe(60);
    // Calendar bins open no phase.
    const binned = verticalLayout(many, [Date.parse('2025-01-01'), Date.parse('2025-03-02')], { rowH: 50, maxRows: 10, ticks, phases: [phase('p', '2025-01-10/2025-02-10')], phaseH: 64 });
    expect(binned.rows.some((r) => r.phase)).toBe(false);
  });
});
