import { describe, expect, it } from 'vitest';
import { PHASE_GAP, PHASE_INSET, placePhaseNames } from './phase-names';

// 10 px a character: widths are easy to read.
const measure = (text: string) => text.length * 10;
const bands = [
  { x0: 100, x1: 200, name: 'The plan and its revisions' },
  { x0: 300, x1: 400, name: 'Trilateral rounds' },
];

describe('placePhaseNames(bands, width, rtl, measure)', () => {
  it('runs a name on past its band up to a gap before the next phase, cut at a word', () => {
    const [first, second] = placePhaseNames(bands, 600, false, measure);
    expect([first.l0, first.l1]).toEqual([100, 300 - PHASE_GAP]);
    // 186 px of room after the inset: "The plan and its…" (170 px), not "…its revisions" (260).
    expect(first.text).toBe('The plan and its…');
    // The last phase runs to the chart's end.
    expect([second.l0, second.l1, second.text]).toEqual([300, 600, 'Trilateral rounds']);
  });

  it('in a right-to-left page, runs leftwards from the band\'s right edge', () => {
    const [first, second] = placePhaseNames(bands, 600, true, measure);
    // Reading from the right: "Trilateral rounds" first (from 400 leftwards, up to a gap before 200).
    expect([second.l0, second.l1, second.text]).toEqual([200 + PHASE_GAP, 400, 'Trilateral rounds']);
    expect([first.l0, first.l1, first.text]).toEqual([0, 200, 'The plan and its…']);
  });

  it('ends the last name at the chart\'s end when it would not fit after its start', () => {
    const late = [
      { x0: 0, x1: 100, name: 'Early' },
      { x0: 520, x1: 560, name: 'The December talks' },
    ];
    const [, december] = placePhaseNames(late, 600, false, measure);
    expect(december.text).toBe('The December talks');
    expect(december.l0).toBe(600 - 180 - PHASE_INSET);
    // Mirrored: the last phase in reading order is the leftmost, ending at the left edge.
    const mirrored = late.map((b) => ({ ...b, x0: 600 - b.x1, x1: 600 - b.x0 }));
    const [, left] = placePhaseNames(mirrored, 600, true, measure);
    expect([left.l0, left.text]).toEqual([0, 'The December talks']);
  });

  it('never runs a name into the one before it, and leaves a name out when not even a word fits', () => {
    const crowded = [
      { x0: 100, x1: 110, name: 'Ceasefire proposal' },
      { x0: 120, x1: 300, name: 'Talks' },
    ];
    expect(placePhaseNames(crowded, 400, false, measure).map((b) => b.text)).toEqual(['', 'Talks']);
    const squeezed = [
      { x0: 0, x1: 50, name: 'A very long first name' },
      { x0: 560, x1: 590, name: 'The December talks' },
    ];
    const [first, last] = placePhaseNames(squeezed, 600, false, measure);
    expect(first.l1).toBe(560 - PHASE_GAP);
    // Moving "The December talks" back would still fit after the first name: it does.
    expect(last.text).toBe('The December talks');
    expect(last.l0).toBeGreaterThanOrEqual(first.l0 + PHASE_INSET + measure(first.text) + PHASE_GAP);
  });
});
