import { describe, expect, it } from 'vitest';
import { pushDown, shiftAt, verticalLayout } from './vertical';
import { ev, timeOrder } from '../../../tests/unit/helpers/timeline-events';
import { DAY } from '../data/days';

describe('pushDown(natural, minGap)', () => {
  it('keeps rows where they fall, pushing only crowded ones', () => {
    expect(pushDown([0, 100, 110, 115, 400], 40)).toEqual([0, 100, 140, 180, 400]);
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

  it('bins rows by calendar when there are more than maxRows', () => {
    const many = timeOrder(Array.from({ length: 60 }, (_, i) => ev(`e${i}`, new Date(Date.parse('2025-01-01') + i * DAY).toISOString().slice(0, 10))));
    const v = verticalLayout(many, [Date.parse('2025-01-01'), Date.parse('2025-03-02')], { rowH: 50, maxRows: 10, ticks });
    expect(v.step?.unit).toBe('week');
    expect(v.rows.reduce((s, r) => s + (r.bin?.events.length ?? 0), 0)).toBe(60);
  });
});
