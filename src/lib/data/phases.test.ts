import { describe, expect, it } from 'vitest';
import { orderPhases, phaseAt, phaseStarts } from './phases';
import { parseEdtf } from './edtf';
import type { Phase } from './types';

const phase = (id: string, when: string): Phase => {
  const d = parseEdtf(when);
  if (!d.ok) throw new Error(d.error);
  return { id, name: { en: id }, when, date: d.value };
};
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('orderPhases(phases)', () => {
  it('sorts by start and keeps phases that touch but do not overlap', () => {
    const r = orderPhases([phase('b', '2025-06-01/2025-06-30'), phase('a', '2025-05'), phase('c', '2025-07-01')]);
    expect(r.phases.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(r.overlaps).toEqual([]);
  });
  it('names each phase that overlaps an earlier one, and leaves it out', () => {
    const r = orderPhases([phase('a', '2025-05-01/2025-05-20'), phase('b', '2025-05-19/2025-06-10'), phase('c', '2025-06-01')]);
    expect(r.phases.map((p) => p.id)).toEqual(['a', 'c']);
    expect(r.overlaps.map((o) => [o.phase.id, o.with.id])).toEqual([['b', 'a']]);
  });
});

describe('phaseAt(phases, t)', () => {
  const phases = orderPhases([phase('may', '2025-05'), phase('july', '2025-07-10/2025-07-20')]).phases;
  it.each([
    ['2025-04-30', null],
    ['2025-05-01', 'may'],
    ['2025-05-31', 'may'],
    ['2025-06-01', null],
    ['2025-07-10', 'july'],
    ['2025-07-20', 'july'],
    ['2025-07-21', null],
  ])('%s is in %s', (iso, id) => {
    expect(phaseAt(phases, day(iso))?.id ?? null).toBe(id);
  });
  it('finds nothing without phases', () => expect(phaseAt([], day('2025-05-01'))).toBeNull());
});

describe('phaseStarts(items, start, phases)', () => {
  it('marks the first item of each phase, once, and re-opens a phase only after leaving it', () => {
    const phases = orderPhases([phase('may', '2025-05'), phase('july', '2025-07')]).phases;
    const items = ['2025-04-01', '2025-05-02', '2025-05-03', '2025-06-01', '2025-07-01', '2025-07-09'];
    expect(phaseStarts(items, day, phases).map((p) => p?.id ?? null)).toEqual([null, 'may', null, null, 'july', null]);
  });
});
