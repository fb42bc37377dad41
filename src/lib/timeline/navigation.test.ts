import { describe, expect, it } from 'vitest';
import { eventBeyond, findActive, type Nav } from './navigation';
import { ev, timeOrder } from '../../../tests/unit/helpers/timeline-events';

const events = timeOrder([ev('a', '2025-01-01'), ev('b', '2025-01-02'), ev('c', '2025-01-03'), ev('d', '2025-01-04')]);
const one = (e: (typeof events)[number]): Nav => ({ key: e.id, t: e.date.earliest, lanes: [0], events: [e], single: true, start: 0, end: 0 });
const group: Nav = { key: 'c:all:1', t: 0, lanes: [0], events: [events[1], events[2]], single: false, start: 0, end: 0 };

describe('findActive(nav, key)', () => {
  it('finds an entry by key, or the group an event id was folded into', () => {
    const nav = [one(events[0]), group, one(events[3])];
    expect(findActive(nav, 'd')).toBe(2);
    expect(findActive(nav, 'c')).toBe(1);
    expect(findActive(nav, 'zz')).toBe(-1);
    expect(findActive(nav, null)).toBe(-1);
  });
});

describe('eventBeyond(events, active, delta)', () => {
  it('steps past a single event or past a whole group, both ways', () => {
    expect(eventBeyond(events, one(events[0]), 1)?.id).toBe('b');
    expect(eventBeyond(events, group, 1)?.id).toBe('d');
    expect(eventBeyond(events, group, -1)?.id).toBe('a');
    expect(eventBeyond(events, one(events[3]), 1)).toBeUndefined();
    expect(eventBeyond(events, null, 1)?.id).toBe('a');
    expect(eventBeyond(events, null, -1)?.id).toBe('d');
  });
});
