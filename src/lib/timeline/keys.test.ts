import { describe, expect, it } from 'vitest';
import { adjacentLane, keyAction, type KeyContext, type NavItem } from './keys';

const items: NavItem[] = [
  { t: 1, lanes: [0] },
  { t: 2, lanes: [0, 2] },
  { t: 3, lanes: [1] },
  { t: 9, lanes: [1] },
];
const ltr: KeyContext = { dir: 'ltr', vertical: false, shift: false, index: 1, items };
const rtl: KeyContext = { ...ltr, dir: 'rtl' };

describe('keyAction(key, context)', () => {
  it.each([
    ['ArrowRight', ltr, { kind: 'move', index: 2 }],
    ['ArrowLeft', ltr, { kind: 'move', index: 0 }],
    // Arabic: the axis runs right to left, so the later event is to the LEFT.
    ['ArrowLeft', rtl, { kind: 'move', index: 2 }],
    ['ArrowRight', rtl, { kind: 'move', index: 0 }],
    ['ArrowRight', { ...ltr, index: 3 }, { kind: 'beyond', delta: 1 }],
    ['ArrowRight', { ...ltr, index: -1 }, { kind: 'move', index: 0 }],
    ['ArrowLeft', { ...ltr, index: -1 }, { kind: 'move', index: 3 }],
    ['ArrowRight', { ...ltr, shift: true }, { kind: 'pan', fraction: 0.25 }],
    ['ArrowLeft', { ...rtl, shift: true }, { kind: 'pan', fraction: 0.25 }],
    ['ArrowDown', { ...ltr, vertical: true }, { kind: 'move', index: 2 }],
    ['ArrowUp', { ...rtl, vertical: true }, { kind: 'move', index: 0 }],
    ['Home', ltr, { kind: 'edge', edge: -1 }],
    ['End', ltr, { kind: 'edge', edge: 1 }],
    ['Enter', ltr, { kind: 'open' }],
    [' ', ltr, { kind: 'open' }],
    ['Enter', { ...ltr, index: -1 }, null],
    ['+', ltr, { kind: 'zoom', factor: 2 }],
    ['-', ltr, { kind: 'zoom', factor: 0.5 }],
    ['0', ltr, { kind: 'fit' }],
    ['PageDown', ltr, { kind: 'pan', fraction: 0.5 }],
    ['x', ltr, null],
  ] as const)('%s (%j) → %j', (key, c, expected) => {
    expect(keyAction(key, c as KeyContext)).toEqual(expected);
  });
});

describe('adjacentLane(items, index, delta)', () => {
  it('goes to the nearest-in-time item of the next lane that has items', () => {
    expect(adjacentLane(items, 0, 1)).toBe(2);
    expect(adjacentLane(items, 3, -1)).toBe(1);
    // From a joined mark spanning lanes 0 and 2, down leaves from its lowest lane: none below.
    expect(adjacentLane(items, 1, 1)).toBeNull();
    expect(adjacentLane(items, 0, -1)).toBeNull();
  });
  it('ArrowDown in the horizontal chart changes lane', () => {
    expect(keyAction('ArrowDown', { ...ltr, index: 0 })).toEqual({ kind: 'move', index: 2 });
  });
});
