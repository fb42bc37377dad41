import { describe, expect, it } from 'vitest';
import { keyCommand, openCommand, type KeyState } from './key-command';
import type { Nav } from './navigation';
import { MIN_SPAN } from './domain';
import { ev, timeOrder } from '../../../tests/unit/helpers/timeline-events';

// Five events a day apart; the chart shows b, c (lane 0), the group of d and e (lane 1). a is off screen.
const [a, b, c, d, e] = timeOrder([ev('a', '2025-01-01'), ev('b', '2025-01-02'), ev('c', '2025-01-03'), ev('d', '2025-01-04'), ev('e', '2025-01-05')]);
const one = (x: typeof a, lane = 0): Nav => ({ key: x.id, t: x.date.earliest, lanes: [lane], events: [x], single: true, start: x.date.earliest, end: x.date.latest });
const group: Nav = { key: 'g', t: d.date.earliest, lanes: [1], events: [d, e], single: false, start: d.date.earliest, end: e.date.latest };
const nav = [one(b), one(c), group];
const ltr: KeyState = { dir: 'ltr', vertical: false, shift: false, nav, index: 0, context: [a, b, c, d, e], filtered: [a, b, c, d, e] };
const rtl: KeyState = { ...ltr, dir: 'rtl' };

describe('keyCommand(key, state)', () => {
  it.each([
    ['ArrowRight on b (LTR) moves to c', 'ArrowRight', ltr, { kind: 'activate', key: 'c' }],
    // Arabic: time runs right to left, so the later mark is to the left.
    ['ArrowLeft on b (RTL) moves to c', 'ArrowLeft', rtl, { kind: 'activate', key: 'c' }],
    ['ArrowRight on b (RTL) brings a, off screen, into view', 'ArrowRight', rtl, { kind: 'reveal', event: a }],
    ['ArrowLeft on b (LTR) brings a, off screen, into view', 'ArrowLeft', ltr, { kind: 'reveal', event: a }],
    // Down from lane 0 goes to the nearest option in time of lane 1: the group.
    ['ArrowDown on c moves to the group in the next lane', 'ArrowDown', { ...ltr, index: 1 }, { kind: 'activate', key: 'g' }],
    // Past the group, the next event off screen after all of its events: none, yet the key is the chart's.
    ['ArrowRight on the last group: nothing later, the key still the chart’s', 'ArrowRight', { ...ltr, index: 2 }, { kind: 'none' }],
    ['Home brings the first event of the window', 'Home', { ...ltr, index: 2 }, { kind: 'reveal', event: a }],
    ['End brings the last event of the window', 'End', ltr, { kind: 'reveal', event: e }],
    ['End with no events in the window does nothing', 'End', { ...ltr, filtered: [] }, { kind: 'none' }],
    ['Enter on c opens it', 'Enter', { ...ltr, index: 1 }, { kind: 'open', event: 'c' }],
    ['Enter with nothing active is not the chart’s', 'Enter', { ...ltr, index: -1 }, null],
    ['+ zooms in', '+', ltr, { kind: 'zoom', factor: 2 }],
    ['Shift+ArrowLeft (RTL) pans later', 'ArrowLeft', { ...rtl, shift: true }, { kind: 'pan', fraction: 0.25 }],
    ['0 shows all', '0', ltr, { kind: 'fit' }],
    ['another key is not the chart’s', 'x', ltr, null],
  ] as const)('%s', (_, key, s, expected) => {
    expect(keyCommand(key, s as KeyState)).toEqual(expected);
  });
});

describe('openCommand(nav, key)', () => {
  it('opens an event, zooms to a group’s period padded by a tenth (at least a quarter of the shortest window)', () => {
    expect(openCommand(nav, 'b')).toEqual({ kind: 'open', event: 'b' });
    const pad = Math.max((group.end - group.start) * 0.1, MIN_SPAN / 4);
    expect(openCommand(nav, 'g')).toEqual({ kind: 'zoomTo', domain: [group.start - pad, group.end + pad], key: 'd' });
    expect(openCommand(nav, 'nothing')).toBeNull();
  });
});
