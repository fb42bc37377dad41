import { describe, expect, it } from 'vitest';
import { formatUtc, type DateOptions } from '../i18n/dates';
import { axisTicks, everyOtherWeek, tickUnit } from './ticks';
import { DAY } from '../data/days';
import { HOUR } from './domain';

const d = (s: string) => Date.parse(`${s}Z`);
const en: DateOptions = { lang: 'en', digits: 'latn', months: 'egypt' };
const ar: DateOptions = { lang: 'ar', digits: 'arab', months: 'levant' };
const fmt = (o: DateOptions) => (ms: number, p: string) => formatUtc(ms, p, o);

describe('axisTicks(domain, width, format)', () => {
  it('months with the year under the first tick and under January', () => {
    const ticks = axisTicks([d('2025-02-11T00:00'), d('2026-03-12T00:00')], 1100, fmt(en));
    expect(ticks.slice(0, 3).map((t) => [t.label, t.context])).toEqual([['Mar', '2025'], ['Apr', null], ['May', null]]);
    expect(ticks.find((t) => t.label === 'Jan')?.context).toBe('2026');
  });
  it('years over a decade', () => {
    const ticks = axisTicks([d('2015-01-01T00:00'), d('2025-01-01T00:00')], 1000, fmt(en));
    expect(ticks.map((t) => t.label)).toContain('2020');
    expect(ticks.every((t) => t.context === null)).toBe(true);
  });
  it('days, then hours with the date under midnight, as one zooms in', () => {
    const days = axisTicks([d('2025-12-01T00:00'), d('2025-12-08T00:00')], 800, fmt(en));
    expect(days[0]).toMatchObject({ label: '1 Dec', context: '2025' });
    const hours = axisTicks([d('2025-12-02T06:00'), d('2025-12-03T06:00')], 800, fmt(en));
    expect(hours[0].label).toMatch(/^\d\d:00$/);
    expect(hours.find((t) => t.label === '00:00')?.context).toBe('3 Dec 2025');
  });
  it('speaks Arabic with Arabic-Indic digits and Levantine months', () => {
    const ticks = axisTicks([d('2025-11-20T00:00'), d('2026-02-10T00:00')], 300, fmt(ar));
    expect(ticks.map((t) => t.label)).toContain('كانون الأول');
    expect(ticks.find((t) => t.label === 'كانون الثاني')?.context).toBe('٢٠٢٦');
  });
});

describe('tickUnit(ticks, domain)', () => {
  it.each([
    [[0, 365 * DAY], 'year'],
    [[0, 31 * DAY], 'month'],
    [[0, 7 * DAY], 'day'],
    [[0, 3 * HOUR], 'hour'],
  ] as const)('%j → %s', (ticks, unit) => {
    expect(tickUnit(ticks, [0, 1])).toBe(unit);
  });
});

describe('axisTicks(domain, width, format, spacing, measure): labels with room', () => {
  // Eleven weeks: d3-time's weekly ticks at 900 px (asked for 9, it gives 12).
  const weeks: [number, number] = [d('2025-01-26T00:00'), d('2025-04-13T00:00')];
  const gaps = (ticks: { t: number }[], width: number) => ticks.slice(1).map((t, i) => ((t.t - ticks[i].t) / (weeks[1] - weeks[0])) * width);

  it('asks for fewer ticks until neighbouring labels are 10 px apart', () => {
    expect(axisTicks(weeks, 900, fmt(ar)).length).toBe(12);
    const wide = (label: string) => label.length * 11; // "٢٣ آذار" at a slide's size
    const ticks = axisTicks(weeks, 900, fmt(ar), 96, wide);
    expect(ticks.length).toBeLessThan(12);
    ticks.slice(1).forEach((t, i) => expect(gaps(ticks, 900)[i]).toBeGreaterThanOrEqual((wide(ticks[i].label) + wide(t.label)) / 2 + 10));
  });

  it('tries every other week before months, on the same Sundays wherever one pans', () => {
    // A week is 82 px here: labels 80 px wide need 90 between ticks, which fortnights give (164).
    const wide = () => 80;
    const ticks = axisTicks(weeks, 900, fmt(en), 96, wide);
    expect(ticks.map((t) => t.label)).toEqual(['26 Jan', '9 Feb', '23 Feb', '9 Mar', '23 Mar', '6 Apr']);
    expect(ticks[0].context).toBe('2025');
    const panned: [number, number] = [weeks[0] + 7 * DAY, weeks[1] + 7 * DAY];
    expect(axisTicks(panned, 900, fmt(en), 96, wide).map((t) => t.label)).toEqual(['9 Feb', '23 Feb', '9 Mar', '23 Mar', '6 Apr', '20 Apr']);
    // Too wide for fortnights: months.
    expect(axisTicks(weeks, 900, fmt(en), 96, () => 160).map((t) => t.label)).toEqual(['Feb', 'Mar', 'Apr']);
  });

  it('takes fortnights before months where the density asked for is nearer a fortnight', () => {
    // Twelve weeks in 500 px: about five ticks asked for, which d3-time alone makes months.
    const span: [number, number] = [d('2025-01-28T00:00'), d('2025-04-20T00:00')];
    const width = (label: string) => label.length * 7;
    expect(axisTicks(span, 500, fmt(en)).map((t) => t.label)).toEqual(['Feb', 'Mar', 'Apr']);
    expect(axisTicks(span, 500, fmt(en), 96, width).map((t) => t.label)).toEqual(['9 Feb', '23 Feb', '9 Mar', '23 Mar', '6 Apr', '20 Apr']);
    // Half as wide, a fortnight's labels have no room: months.
    expect(axisTicks(span, 250, fmt(en), 96, width).map((t) => t.label)).toEqual(['Feb', 'Mar', 'Apr']);
  });

  it('everyOtherWeek keeps even weeks from a fixed Sunday', () => {
    const sundays = [0, 1, 2, 3, 4].map((i) => d('2025-02-02T00:00') + i * 7 * DAY);
    expect(everyOtherWeek(sundays)).toEqual([sundays[1], sundays[3]]);
    expect(everyOtherWeek(sundays.slice(1))).toEqual([sundays[1], sundays[3]]);
  });

  it('keeps the ticks it has when the labels fit, and stops at two', () => {
    const narrow = () => 20;
    expect(axisTicks(weeks, 900, fmt(en), 96, narrow)).toEqual(axisTicks(weeks, 900, fmt(en)));
    expect(axisTicks(weeks, 900, fmt(en), 96, () => 5000).length).toBeGreaterThanOrEqual(2);
  });
});
