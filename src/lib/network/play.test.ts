import { describe, expect, it } from 'vitest';
import { monthSteps, stepIndex, windowAt, type PlayMode } from './play';

const day = (d: string) => Date.parse(`${d}T00:00:00Z`);
const DAY = 86_400_000;

describe('monthSteps(earliest, latest)', () => {
  it.each<[string, string, string, string[]]>([
    ['one day', '2025-02-11', '2025-02-11', ['2025-02-01/2025-02-28']],
    ['a leap February', '2024-02-29', '2024-02-29', ['2024-02-01/2024-02-29']],
    ['across a year end', '2025-11-30', '2026-01-02', ['2025-11-01/2025-11-30', '2025-12-01/2025-12-31', '2026-01-01/2026-01-31']],
    ['ending on a month end', '2025-03-01', '2025-04-30', ['2025-03-01/2025-03-31', '2025-04-01/2025-04-30']],
  ])('%s', (_name, first, last, expected) => {
    expect(monthSteps(day(first), day(last) + DAY).map((s) => `${s.from}/${s.to}`)).toEqual(expected);
  });

  it('is empty for an empty span', () => {
    expect(monthSteps(day('2025-01-01'), day('2025-01-01'))).toEqual([]);
  });

  it('gives the start of each month for labels', () => {
    expect(monthSteps(day('2025-12-15'), day('2026-01-15')).map((s) => s.start)).toEqual([day('2025-12-01'), day('2026-01-01')]);
  });
});

describe('stepIndex(steps, to) and windowAt(steps, i, mode)', () => {
  const steps = monthSteps(day('2025-02-11'), day('2025-05-02'));

  it.each<[string | null, number]>([
    [null, -1],
    ['2025-02-28', 0],
    ['2025-04-30', 2],
    ['2025-04-29', -1],
  ])('the window ending %s is step %i', (to, expected) => {
    expect(stepIndex(steps, to)).toBe(expected);
  });

  it.each<[number, PlayMode, string]>([
    [0, 'grow', '2025-02-01/2025-02-28'],
    [2, 'grow', '2025-02-01/2025-04-30'],
    [2, 'month', '2025-04-01/2025-04-30'],
    [9, 'month', '2025-05-01/2025-05-31'],
    [-3, 'grow', '2025-02-01/2025-02-28'],
  ])('step %i, %s', (i, mode, expected) => {
    const w = windowAt(steps, i, mode);
    expect(`${w.from}/${w.to}`).toBe(expected);
    expect(stepIndex(steps, w.to)).toBe(Math.max(0, Math.min(steps.length - 1, i)));
  });
});
