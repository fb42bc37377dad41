import { describe, expect, it } from 'vitest';
import { pack, type PackItem } from './pack';

const o = { rows: 2, gap: 2, labelGap: 4, maxU: 500 };
const item = (id: string, u: number, label = 0): PackItem => ({ id, u0: u - 6, u1: u + 6, label });
const summary = (m: ReturnType<typeof pack>) => Object.fromEntries([...m].map(([id, p]) => [id, `${p.row}${p.label ? `:${p.label}` : ''}${p.overlap ? '!' : ''}`]));

describe('pack(items, options)', () => {
  it('labels follow their marks in one row when there is room', () => {
    expect(summary(pack([item('a', 10, 50), item('b', 100, 50), item('c', 200, 50)], o))).toEqual({ a: '0:after', b: '0:after', c: '0:after' });
  });

  it('a label that would hit the next mark moves that mark to the next row', () => {
    expect(summary(pack([item('a', 10, 80), item('b', 60, 80), item('c', 120, 80)], o))).toEqual({ a: '0:after', b: '1:after', c: '0:after' });
  });

  it('near the far edge the label goes before the mark', () => {
    expect(summary(pack([item('a', 480, 60)], o))).toEqual({ a: '0:before' });
  });

  it('labels yield to marks, and marks overlap only when every row is full', () => {
    const crowd = [item('a', 10, 80), item('b', 14, 80), item('c', 30, 80), item('d', 31, 80), item('e', 32, 80)];
    expect(summary(pack(crowd, o))).toEqual({ a: '0', b: '1', c: '0', d: '1', e: '0!' });
  });

  it('a mark forced onto a full row still never sits under a label', () => {
    expect(summary(pack([item('a', 10, 80), item('b', 12, 0)], { ...o, rows: 1 }))).toEqual({ a: '0', b: '0!' });
  });

  it('blocks (clusters) take the first row and cut labels that run into them', () => {
    const r = pack([item('a', 10, 80), item('b', 200, 20)], { ...o, blocks: [{ u0: 50, u1: 150 }] });
    expect(summary(r)).toEqual({ a: '0', b: '0:after' });
    const beside = pack([item('a', 10, 0), item('c', 60, 30)], { ...o, blocks: [{ u0: 50, u1: 150 }] });
    expect(summary(beside)).toEqual({ a: '0', c: '1:after' });
  });

  it('is a no-op for no items', () => {
    expect(pack([], o).size).toBe(0);
  });
});
