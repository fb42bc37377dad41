import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { miniTimeline, miniTimelineIn } from './mini-timeline';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8')));
/** "2025-03" for labels with the year, "04" without. */
const label = (ms: number, withYear: boolean) => new Date(ms).toISOString().slice(withYear ? 0 : 5, 7);

describe('miniTimeline(events, options)', () => {
  const shapes = miniTimeline(dataset.events, { width: 600, radius: 4, label });

  it('draws one mark per event, each with its id', () => {
    expect(shapes.marks.map((m) => m.id).sort()).toEqual(dataset.events.map((e) => e.id).sort());
  });

  it('spans whole months from the first event to the last, left to right', () => {
    expect(shapes.domain).toEqual([Date.UTC(2025, 2, 1), Date.UTC(2026, 0, 1)]);
    expect(shapes.axis.x1).toBeLessThan(shapes.axis.x2);
    const x = new Map(shapes.marks.map((m) => [m.id, m.x]));
    expect(x.get('call')!).toBeLessThan(x.get('istanbul-1')!);
    expect(x.get('istanbul-1')!).toBeLessThan(x.get('moscow-meeting')!);
    // Ten months, eleven boundaries.
    expect(shapes.ticks).toHaveLength(11);
  });

  it('keeps every mark inside the picture, above the line', () => {
    for (const m of shapes.marks) {
      expect(m.x).toBeGreaterThanOrEqual(0);
      expect(m.x).toBeLessThanOrEqual(600);
      expect(m.y).toBeLessThan(shapes.axis.y);
      expect(m.y - shapes.radius).toBeGreaterThanOrEqual(0);
    }
    expect(shapes.labelY).toBeLessThan(shapes.height);
  });

  it('stacks events too close to tell apart in one column', () => {
    // Moscow (2 Dec) and Miami (4-6 Dec) are a few pixels apart at this width.
    const byId = new Map(shapes.marks.map((m) => [m.id, m]));
    const moscow = byId.get('moscow-meeting')!;
    const miami = byId.get('miami-talks')!;
    expect(miami.x).toBe(moscow.x);
    expect([moscow.level, miami.level]).toEqual([0, 1]);
    expect(miami.y).toBeLessThan(moscow.y);
  });

  it('mirrors for right-to-left reading', () => {
    const rtl = miniTimeline(dataset.events, { width: 600, radius: 4, label, rtl: true });
    expect(rtl.axis.x1).toBeGreaterThan(rtl.axis.x2);
    const x = new Map(rtl.marks.map((m) => [m.id, m.x]));
    expect(x.get('call')!).toBeGreaterThan(x.get('moscow-meeting')!);
  });

  it('labels every month when there is room, and thins them when there is not', () => {
    expect(shapes.labels.map((l) => l.text)).toEqual(['2025-03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    const narrow = miniTimeline(dataset.events, { width: 200, radius: 4, label, labelWidth: 56 });
    expect(narrow.labels.length).toBeLessThan(10);
    for (let i = 1; i < narrow.labels.length; i++) expect(narrow.labels[i].x - narrow.labels[i - 1].x).toBeGreaterThanOrEqual(56);
  });

  it('writes the year where it changes, even when January has no label', () => {
    const events = dataset.events.map((e, i) => (i === 4 ? { ...e, date: { ...e.date, earliest: Date.UTC(2026, 3, 3), latest: Date.UTC(2026, 3, 4) } } : e));
    const texts = miniTimeline(events, { width: 350, label, labelWidth: 56 }).labels.map((l) => l.text);
    expect(texts[0]).toBe('2025-03');
    expect(texts.filter((t) => t.startsWith('2026'))).toHaveLength(1);
    expect(texts).not.toContain('01');
  });

  it('is an empty line without events', () => {
    const empty = miniTimeline([], { width: 300, label });
    expect(empty.marks).toEqual([]);
    expect(empty.labels).toEqual([]);
    expect(empty.domain).toBeNull();
    expect(empty.height).toBeGreaterThan(0);
  });
});

describe('miniTimeline of many events: bars instead of dots', () => {
  const day = 86_400_000;
  const start = Date.UTC(2025, 0, 1);
  /** `perDay[i]` events on day i of 2025. */
  const onDays = (perDay: number[]) =>
    perDay.flatMap((k, d) => Array.from({ length: k }, (_, j) => ({ id: `d${d}-${j}`, date: { earliest: start + d * day, latest: start + (d + 1) * day } }))) as never[];

  it('keeps a dot per event while no column stacks more than maxLevels', () => {
    const shapes = miniTimeline(onDays([12, 1]), { width: 600, radius: 4, label, maxLevels: 12 });
    expect(shapes.marks).toHaveLength(13);
    expect(shapes.bars).toEqual([]);
  });

  it('draws every column as a bar once one would stack more, as tall as a full stack of dots at most', () => {
    const dotted = miniTimeline(onDays([12, 1]), { width: 600, radius: 4, label, maxLevels: 12 });
    // 40 events on the first day, then ten every 30 days (one column each at this width).
    const perDay = Array.from({ length: 365 }, (_, d) => (d === 0 ? 40 : d % 30 === 15 ? 10 : 0));
    const shapes = miniTimeline(onDays(perDay), { width: 600, radius: 4, label, maxLevels: 12 });
    expect(shapes.marks).toEqual([]);
    expect(shapes.bars.reduce((sum, b) => sum + b.count, 0)).toBe(40 + 12 * 10);
    expect(shapes.height).toBe(dotted.height);
    const tallest = shapes.bars.find((b) => b.count === 40)!;
    const full = 12 * (2 * 4 + 1) - 1;
    expect(tallest.height).toBeCloseTo(full);
    expect(shapes.bars.find((b) => b.count === 10)!.height).toBeCloseTo(full / 4);
    for (const b of shapes.bars) expect(b.y + b.height).toBe(shapes.axis.y - 2);
    expect(shapes.bars.filter((b) => b.ids.includes('d195-3'))).toEqual([shapes.bars[7]]);
    expect(shapes.bars[7].ids).toHaveLength(10);
  });

  it('keeps a lone event a dot’s height among tall bars', () => {
    const shapes = miniTimeline(onDays([200, ...Array<number>(40).fill(0), 1]), { width: 600, radius: 4, label });
    expect(shapes.bars.map((b) => b.count)).toEqual([200, 1]);
    expect(shapes.bars[1].height).toBe(8);
  });

  it('places 250,000 events in bars, where spreading them into Math.min threw a stack overflow', () => {
    const events = Array.from({ length: 250_000 }, (_, i) => ({ id: `e${i}`, date: { earliest: start + (i % 365) * day, latest: start + ((i % 365) + 1) * day } })) as never[];
    const shapes = miniTimeline(events, { width: 600, radius: 4, label });
    expect(shapes.domain).toEqual([start, Date.UTC(2026, 0, 1)]);
    expect(shapes.marks).toEqual([]);
    expect(shapes.bars.reduce((sum, b) => sum + b.count, 0)).toBe(250_000);
    expect(shapes.bars.length).toBeLessThan(100);
  });

  it('never sets two month labels nearer than a label’s width, the first one pushed inwards included', () => {
    // Twenty years in 600 px: a label every few months, the first moved off the edge.
    const events = onDays([1]).concat([{ id: 'late', date: { earliest: Date.UTC(2044, 6, 1), latest: Date.UTC(2044, 6, 2) } }] as never[]);
    for (const width of [300, 600, 1400]) {
      const labels = miniTimeline(events, { width, radius: 4, label, labelWidth: 120 }).labels;
      expect(labels.length).toBeGreaterThan(1);
      for (let i = 1; i < labels.length; i++) expect(labels[i].x - labels[i - 1].x).toBeGreaterThanOrEqual(120);
    }
  });

  it('draws a handful of year ticks, not one per month, over ten thousand years (0000 to 9999)', () => {
    const at = (year: number) => new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(year);
    const events = [
      { id: 'first', date: { earliest: at(0), latest: at(0) + day } },
      { id: 'last', date: { earliest: at(9999) + 300 * day, latest: at(9999) + 301 * day } },
    ] as never[];
    for (const width of [360, 600, 1920]) {
      const shapes = miniTimeline(events, { width, radius: 4, label, yearLabel: (ms) => String(new Date(ms).getUTCFullYear()), labelWidth: 56 });
      expect(shapes.ticks.length).toBeGreaterThanOrEqual(2);
      expect(shapes.ticks.length).toBeLessThanOrEqual(Math.ceil(width / 56) + 2);
      expect(shapes.labels.length).toBeGreaterThan(1);
      for (const l of shapes.labels) expect(Number(l.text) % 100).toBe(0);
      for (let i = 1; i < shapes.labels.length; i++) expect(shapes.labels[i].x - shapes.labels[i - 1].x).toBeGreaterThanOrEqual(56);
    }
  });
});

describe('miniTimelineIn(events, options, height)', () => {
  it.each([60, 120])('grows the dots as far as a height of %i px allows', (height) => {
    const shapes = miniTimelineIn(dataset.events, { width: 900, label }, height);
    expect(shapes.height).toBeLessThanOrEqual(height);
    expect(miniTimeline(dataset.events, { width: 900, label, radius: shapes.radius + 1 }).height).toBeGreaterThan(height);
  });
  it('stops at maxRadius', () => {
    expect(miniTimelineIn(dataset.events, { width: 900, label }, 2000, 24).radius).toBe(24);
  });
  it('keeps its smallest dots when even they do not fit', () => {
    expect(miniTimelineIn(dataset.events, { width: 900, label }, 10).radius).toBe(3);
  });
});
