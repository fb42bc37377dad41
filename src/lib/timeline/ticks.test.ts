import { describe, expect, it } from 'vitest';
import { formatUtc, type DateOptions } from '../i18n/dates';
import { axisTicks, tickUnit } from './ticks';
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
