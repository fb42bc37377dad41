import { describe, expect, it } from 'vitest';
import { fitToBand, laneGutter } from './band-fit';

describe('laneGutter(names, measure)', () => {
  it('is the widest name, rounded up, and 40 px', () => {
    expect(laneGutter(['ab', 'abcd'], (t) => t.length * 10.2)).toBe(Math.ceil(40.8) + 40);
    expect(laneGutter([], (t) => t.length)).toBe(40);
  });
});

describe('fitToBand(lay, options)', () => {
  // Two lanes; each lane uses as many rows as allowed; 4 px under each lane.
  const lay = (rows: number, rowH = 20) => ({ rows, rowH, height: 2 * (rows * rowH + 4), lanes: [{ rows }, { rows }] });
  const o = { most: 3, rowH: 20, lanePad: 4 };
  it('keeps the most rows when they fit, with rows no taller when there is no room to spare', () => {
    expect(fitToBand(lay, { ...o, free: 128 })).toEqual(lay(3, 20));
  });
  it('takes fewer rows per lane until the layout fits, down to one', () => {
    expect(fitToBand(lay, { ...o, free: 90 })).toEqual(lay(2, 20));
    expect(fitToBand(lay, { ...o, free: 10 })).toEqual(lay(1, 20));
  });
  it('makes rows taller with room to spare, up to twice', () => {
    expect(fitToBand(lay, { ...o, free: 188 })).toEqual(lay(3, 30));
    expect(fitToBand(lay, { ...o, free: 1000 })).toEqual(lay(3, 40));
  });
});
