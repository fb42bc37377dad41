import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { timeOrder } from './time-order';

/** The definition: indices sorted by earliest, then latest, then id. */
const byComparison = (earliest: number[], latest: number[], ids: string[]) =>
  Array.from(earliest.keys()).sort((a, b) => earliest[a] - earliest[b] || latest[a] - latest[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));

describe('timeOrder', () => {
  it('orders by earliest, then latest, then id', () => {
    const earliest = [30, 10, 20, 10, 10, -5];
    const latest = [40, 12, 25, 11, 12, 0];
    const ids = ['f', 'c', 'e', 'd', 'b', 'a'];
    // 10/11 "d"; then 10/12 "b" before 10/12 "c"
    expect(timeOrder(Float64Array.from(earliest), Float64Array.from(latest), ids)).toEqual([5, 3, 4, 1, 2, 0]);
  });

  it('is empty for no events', () => {
    expect(timeOrder(new Float64Array(0), new Float64Array(0), [])).toEqual([]);
  });

  it('matches sorting by comparison (random instants with many ties, negative and large)', () => {
    const instant = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -62e12, max: 253e12 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(instant, fc.integer({ min: 0, max: 4 }), fc.string({ maxLength: 2 })), { maxLength: 300 }), (rows) => {
        const earliest = rows.map((r) => r[0]);
        const latest = rows.map((r) => r[0] + r[1]);
        // Ids are unique in a dataset; the index keeps equal ones apart here.
        const ids = rows.map((r, i) => `${r[2]}#${i}`);
        expect(timeOrder(Float64Array.from(earliest), Float64Array.from(latest), ids)).toEqual(byComparison(earliest, latest, ids));
      }),
      { numRuns: 500, seed: 20251129 },
    );
  });
});
