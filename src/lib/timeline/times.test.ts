import { describe, expect, it } from 'vitest';
import { DAY } from './domain';
import { anchorTime, markKind } from './marks';
import { ev, timeOrder } from './testing';
import { KINDS, timesExtent, timesOf, visibleEvents, windowRange } from './times';

const d = (day: string) => Date.parse(day);
const events = timeOrder([
  ev('year', '2025'),
  ev('feb', '2025-02-10'),
  ev('run', '2025-02-11/2025-02-20'),
  ev('mar', '2025-03-01'),
  ev('june', '2025-06~'),
  ev('dec', '2025-12-01'),
]);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('timesOf(events)', () => {
  it('holds each event bounds, symbol time and mark kind, and is kept per list', () => {
    const t = timesOf(events);
    expect([...t.anchor]).toEqual(events.map(anchorTime));
    expect([...t.kind].map((k) => KINDS[k])).toEqual(events.map(markKind));
    expect(t.sorted).toBe(true);
    expect(timesOf(events)).toBe(t);
    expect(timesExtent(t)).toEqual([d('2025-01-01'), d('2026-01-01')]);
    expect(timesExtent(timesOf([]))).toBeNull();
  });
});

describe('visibleEvents(events, domain)', () => {
  it.each([
    ['all of 2025: the list itself', [d('2024-12-01'), d('2026-02-01')], ['year', 'feb', 'run', 'mar', 'june', 'dec']],
    ['mid February: the year and the run reach in', [d('2025-02-15'), d('2025-02-16')], ['year', 'run']],
    ['one day: starts at its end are out', [d('2025-02-10'), d('2025-02-11')], ['year', 'feb']],
    ['after everything', [d('2026-01-01'), d('2026-02-01')], []],
    ['before everything', [d('2024-01-01'), d('2025-01-01')], []],
  ] as const)('%s', (_, domain, expected) => {
    const visible = visibleEvents(events, domain);
    expect(new Set(ids(visible))).toEqual(new Set(expected));
    expect(ids(visible)).toEqual(ids(events.filter((e) => e.date.latest > domain[0] && e.date.earliest < domain[1])));
    if (expected.length === events.length) expect(visible).toBe(events);
  });

  it('windowRange narrows by binary search, and scans a list out of order', () => {
    const t = timesOf(events);
    const [lo, hi] = windowRange(t, [d('2025-11-01'), d('2025-11-02')]);
    expect([lo, hi]).toEqual([0, 5]);
    const shuffled = [...events].reverse();
    expect(windowRange(timesOf(shuffled), [d('2025-11-01'), d('2025-11-02')])).toEqual([0, 6]);
    expect(ids(visibleEvents(shuffled, [d('2025-03-01'), d('2025-03-01') + DAY]))).toEqual(['mar', 'year']);
  });
});
