import { describe, expect, it } from 'vitest';
import { DAY } from '../data/days';
import { anchorTime, markKind } from './marks';
import { ev, subsetOf, subsetWhere, timeOrder } from '../../../tests/unit/helpers/timeline-events';
import { eventTimes, KINDS, subsetTimes, timesExtent, visibleSubset, windowRange } from './times';
import { subsetEvents, type EventSubset } from '../data/subset';
import type { Domain } from './domain';

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
const all = subsetOf(events);
/** `visibleSubset` of a subset, with the subset's times worked out from its dataset's. */
const visibleEvents = (s: EventSubset, d: Domain) => subsetEvents(visibleSubset(subsetTimes(eventTimes(s.dataset.events), s), s, d));

describe('eventTimes(events)', () => {
  it('holds each event bounds, symbol time and mark kind', () => {
    const t = eventTimes(events);
    expect([...t.anchor]).toEqual(events.map(anchorTime));
    expect([...t.kind].map((k) => KINDS[k])).toEqual(events.map(markKind));
    expect(t.sorted).toBe(true);
    expect(timesExtent(t)).toEqual([d('2025-01-01'), d('2026-01-01')]);
    expect(timesExtent(eventTimes([]))).toBeNull();
  });
});

describe('visibleSubset(times, subset, domain)', () => {
  it.each([
    ['all of 2025: the list itself', [d('2024-12-01'), d('2026-02-01')], ['year', 'feb', 'run', 'mar', 'june', 'dec']],
    ['mid February: the year and the run reach in', [d('2025-02-15'), d('2025-02-16')], ['year', 'run']],
    ['one day: starts at its end are out', [d('2025-02-10'), d('2025-02-11')], ['year', 'feb']],
    ['after everything', [d('2026-01-01'), d('2026-02-01')], []],
    ['before everything', [d('2024-01-01'), d('2025-01-01')], []],
  ] as const)('%s', (_, domain, expected) => {
    const visible = visibleEvents(all, domain);
    expect(new Set(ids(visible))).toEqual(new Set(expected));
    expect(ids(visible)).toEqual(ids(events.filter((e) => e.date.latest > domain[0] && e.date.earliest < domain[1])));
    if (expected.length === events.length) expect(visibleSubset(eventTimes(events), all, domain)).toBe(all);
  });

  it('windowRange narrows by binary search, and scans a list out of order', () => {
    const t = eventTimes(events);
    const [lo, hi] = windowRange(t, [d('2025-11-01'), d('2025-11-02')]);
    expect([lo, hi]).toEqual([0, 5]);
    const shuffled = [...events].reverse();
    expect(windowRange(eventTimes(shuffled), [d('2025-11-01'), d('2025-11-02')])).toEqual([0, 6]);
    expect(ids(visibleEvents(subsetOf(shuffled), [d('2025-03-01'), d('2025-03-01') + DAY]))).toEqual(['mar', 'year']);
  });
});

describe('subsetTimes(all, subset)', () => {
  it('copies the times of the subset\'s events by position, with its own running reach', () => {
    const s = subsetWhere(all.dataset, (e) => ['feb', 'june', 'dec'].includes(e.id));
    const t = subsetTimes(eventTimes(events), s);
    expect(t).toEqual(eventTimes(subsetEvents(s)));
    expect(subsetTimes(eventTimes(events), all)).toEqual(eventTimes(events));
  });

  it('a visible subset keeps the positions in the dataset', () => {
    const s = subsetWhere(all.dataset, (e) => e.id !== 'feb');
    const v = visibleSubset(subsetTimes(eventTimes(events), s), s, [d('2025-02-15'), d('2025-03-02')]);
    expect(ids(subsetEvents(v))).toEqual(['year', 'run', 'mar']);
    expect([...v.index!]).toEqual([0, 2, 3]);
  });
});
