import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { miniTimeline } from './mini-timeline';

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
    expect(shapes.monthTicks).toHaveLength(11);
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

describe('miniTimeline of a big dataset (a handout of everything)', () => {
  it('places 250,000 events, where spreading them into Math.min threw a stack overflow', () => {
    const day = 86_400_000;
    const start = Date.UTC(2025, 0, 1);
    const events = Array.from({ length: 250_000 }, (_, i) => ({ id: `e${i}`, date: { earliest: start + (i % 365) * day, latest: start + ((i % 365) + 1) * day } })) as never[];
    const shapes = miniTimeline(events, { width: 600, radius: 4, label });
    expect(shapes.marks).toHaveLength(250_000);
    expect(shapes.domain).toEqual([start, Date.UTC(2026, 0, 1)]);
  });
});

