/**
 * The dataset's phases: named periods (the Istanbul rounds, the 28-point plan) that the timeline
 * draws as bands and the list and table use as group headings. Pure.
 *
 * An event belongs to the phase in which it starts (its earliest instant), so an event that runs
 * past a phase's end is still told under it. Phases may not overlap: with two at once an event
 * would need two headings, so the loader rejects the later of two overlapping phases
 * (`overlaps`), naming both.
 */
import type { Phase } from './types';

/** The phases in time order (earliest start, then id), and each that overlaps an earlier one. */
export function orderPhases(phases: readonly Phase[]): { phases: Phase[]; overlaps: { phase: Phase; with: Phase }[] } {
  const sorted = [...phases].sort((a, b) => a.date.earliest - b.date.earliest || a.date.latest - b.date.latest || (a.id < b.id ? -1 : 1));
  const kept: Phase[] = [];
  const overlaps: { phase: Phase; with: Phase }[] = [];
  for (const p of sorted) {
    const last = kept[kept.length - 1];
    if (last && p.date.earliest < last.date.latest) overlaps.push({ phase: p, with: last });
    else kept.push(p);
  }
  return { phases: kept, overlaps };
}

/** The phase that instant `t` (ms) falls in, or null. `phases` in time order, not overlapping. */
export function phaseAt(phases: readonly Phase[], t: number): Phase | null {
  let lo = 0;
  let hi = phases.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = phases[mid];
    if (t < p.date.earliest) hi = mid - 1;
    else if (t >= p.date.latest) lo = mid + 1;
    else return p;
  }
  return null;
}

/**
 * For items in time order: the phase each one opens (the first item of a phase, and only when
 * the phase differs from the previous item's), else null. The list and table put a heading there.
 */
export function phaseStarts<T>(items: readonly T[], start: (item: T) => number, phases: readonly Phase[]): (Phase | null)[] {
  let previous: Phase | null = null;
  return items.map((item) => {
    const p = phases.length ? phaseAt(phases, start(item)) : null;
    const opens = p !== null && p !== previous;
    previous = p;
    return opens ? p : null;
  });
}
