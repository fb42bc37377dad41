import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import mini from '../../../tests/fixtures/mini.json';
import { loadDataset } from '../data/load';
import { eventsExtent } from '../data/summary';
import type { Domain } from './domain';
import { buildLanes, type LaneSet } from './lanes';
import { eventTimes } from './times';
import { wholeDataset } from '../data/subset';
import type { TimelineEvent } from '../data/types';
import { layoutTimeline, type EventItem, type LayoutInput } from './layout';
import type { LaneMode } from '../state/params';
import { ev, subsetOf, timeOrder } from '../../../tests/unit/helpers/timeline-events';
import { verticalLayout } from './vertical';
import { randomLcg } from 'd3-random';
import { EVENT_TYPES } from '../data/schema';

const SIDES = ['north', 'south', 'east', 'west', 'mediator', 'other'];

const { dataset } = loadDataset(mini);
const events = dataset.events;
const extent = eventsExtent(events)!;
/** The events of a layout with their times and lane bits, worked out from the events themselves. */
const placed = (list: readonly TimelineEvent[], lanes: LaneSet) => ({ events: list, times: eventTimes(list), bits: Int32Array.from(list, lanes.bitsOf), lanes });

function layout(mode: LaneMode, dir: 'ltr' | 'rtl' = 'ltr', domain: Domain = extent, width = 1000) {
  const range = dir === 'ltr' ? [16, width - 16] : [width - 16, 16];
  const x = scaleUtc().domain(domain).range(range);
  const input: LayoutInput = {
    ...placed(
      events.filter((e) => e.date.latest > domain[0] && e.date.earliest < domain[1]),
      buildLanes(wholeDataset(dataset), mode),
    ),
    x: (t) => x(t),
    domain,
    width,
    dir,
    rows: 3,
    label: (e) => ({ text: e.title.en, width: e.title.en.length * 6 }),
  };
  return layoutTimeline(input);
}
const marks = (l: ReturnType<typeof layout>) => l.items.filter((i): i is EventItem => i.kind === 'event');

describe('layoutTimeline(mini.json)', () => {
  it('draws the five events once each, in time order, left to right', () => {
    const l = layout('none');
    expect(marks(l).map((m) => m.key)).toEqual(['call', 'istanbul-1', 'istanbul-2', 'moscow-meeting', 'miami-talks']);
    const xs = marks(l).map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(xs[0]).toBeGreaterThanOrEqual(16);
    expect(xs[4]).toBeLessThanOrEqual(984);
  });

  it('point, bar and hatched span by what the date says', () => {
    const kinds = Object.fromEntries(marks(layout('none')).map((m) => [m.key, m.mark]));
    expect(kinds).toEqual({ call: 'point', 'istanbul-1': 'point', 'istanbul-2': 'span', 'moscow-meeting': 'point', 'miami-talks': 'bar' });
    const june = marks(layout('none')).find((m) => m.key === 'istanbul-2')!;
    // "2025-06~": the whole of June, with the symbol in its middle.
    expect(june.x1 - june.x0).toBeGreaterThan(50);
    expect(june.x).toBeCloseTo((june.x0 + june.x1) / 2, 0);
  });

  it('runs right to left in Arabic: the earliest event is on the right', () => {
    const xs = marks(layout('none', 'rtl')).map((m) => m.x);
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
    const ltr = marks(layout('none')).map((m) => m.x);
    xs.forEach((x, i) => expect(x).toBeCloseTo(1000 - ltr[i], 6));
  });

  it('side lanes: a two-sided event is one item with a dot in each side lane', () => {
    const l = layout('side');
    expect(l.lanes.map((b) => b.lane.id)).toEqual(['us', 'ukraine', 'russia', 'mediator', 'other']);
    const call = marks(l).find((m) => m.key === 'call')!;
    expect(call.dots.map((d) => d.lane)).toEqual(['side:russia', 'side:other']);
    expect(call.dots[1].y).toBeGreaterThan(call.dots[0].y);
    expect(marks(l)).toHaveLength(5);
  });

  it('labels never overlap one another in a row', () => {
    for (const mode of ['none', 'side', 'type', 'place'] as const) {
      const labelled = marks(layout(mode, 'ltr', extent, 700)).filter((m) => m.label);
      const boxes = labelled.map((m) => {
        const w = m.event.title.en.length * 6;
        const x0 = m.label!.extends === 'right' ? m.label!.x : m.label!.x - w;
        return { y: m.label!.y, x0, x1: x0 + w };
      });
      for (const a of boxes) for (const b of boxes) if (a !== b && a.y === b.y) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
    }
  });

  it('snapshot: positions of the seed marks at 1000 px', () => {
    const l = layout('type');
    const picture = l.items.map((i) => (i.kind === 'event' ? `${i.key} ${i.mark} x=${i.x.toFixed(1)} y=${i.dots.map((d) => d.y).join('/')} ${i.label ? `label ${i.label.extends}` : 'no label'}` : `${i.key} ×${i.events.length}`));
    expect(l.lanes.map((b) => `${b.lane.key} y=${b.y} h=${b.h}`)).toMatchInlineSnapshot(`
      [
        "type:meeting y=0 h=48",
        "type:talks-round y=48 h=70",
        "type:phone-call y=118 h=48",
      ]
    `);
    expect(picture).toMatchInlineSnapshot(`
      [
        "call point x=17.8 y=149 label right",
        "istanbul-1 point x=234.2 y=79 label right",
        "istanbul-2 span x=346.0 y=101 label right",
        "moscow-meeting point x=967.5 y=31 label left",
        "miami-talks bar x=974.8 y=79 label left",
      ]
    `);
  });

  it('aggregates when zoomed out over crowded lanes, with counts that add up', () => {
    const many = Array.from({ length: 400 }, () => events).flat();
    const x = scaleUtc().domain(extent).range([16, 284]);
    const l = layoutTimeline({ ...placed(many, buildLanes(wholeDataset(dataset), 'none')), x: (t) => x(t), domain: extent, width: 300, dir: 'ltr', rows: 3, label: () => null });
    const clusters = l.items.filter((i) => i.kind === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    expect(l.items.length).toBeLessThan(50);
    const counted = l.items.reduce((s, i) => s + (i.kind === 'cluster' ? i.events.length : 1), 0);
    expect(counted).toBe(2000);
  });

  it('groups marks that the rows cannot hold side by side, rather than drawing them over each other', () => {
    // Five runs of days over the same weeks: few enough for a month's bin, too long for three rows.
    const runs = timeOrder(Array.from({ length: 5 }, (_, i) => ev(`run${i}`, `2025-03-0${i + 1}/2025-03-2${i}`, { sides: ['north'] })));
    const domain: Domain = [Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)];
    const x = scaleUtc().domain(domain).range([16, 984]);
    const l = layoutTimeline({ ...placed(runs, buildLanes(subsetOf(runs), 'none')), x: (t) => x(t), domain, width: 1000, dir: 'ltr', rows: 3, label: () => null });
    const singles = marks(l);
    for (const a of singles)
      for (const b of singles) if (a !== b && a.dots[0].y === b.dots[0].y) expect(a.x1 < b.x0 - 6 || b.x1 < a.x0 - 6, `${a.key} over ${b.key}`).toBe(true);
    expect(l.items.some((i) => i.kind === 'cluster')).toBe(true);
    expect(l.items.reduce((n, i) => n + (i.kind === 'cluster' ? i.count : 1), 0)).toBe(5);
  });

  it('20,000 events: a bounded number of marks at every zoom, and every event accounted for', () => {
    const random = randomLcg(42);
    const start = Date.UTC(2021, 0, 1);
    const many = timeOrder(
      Array.from({ length: 20_000 }, (_, i) => {
        const day = new Date(start + Math.floor(random() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
        const sides = SIDES.filter(() => random() < 0.4);
        return ev(`e${i}`, day, { sides: sides.length ? sides : ['north'], type: EVENT_TYPES[i % EVENT_TYPES.length], place: `p${i % 9}` });
      }),
    );
    const whole = eventsExtent(many)!;
    for (const mode of ['side', 'type', 'place', 'none'] as const) {
      const lanes = buildLanes(subsetOf(many), mode);
      for (const zoom of [1, 30, 2000]) {
        const mid = (whole[0] + whole[1]) / 2;
        const half = (whole[1] - whole[0]) / zoom / 2;
        const domain: Domain = [mid - half, mid + half];
        const x = scaleUtc().domain(domain).range([16, 1184]);
        const inView = many.filter((e) => e.date.latest > domain[0] && e.date.earliest < domain[1]);
        const l = layoutTimeline({ ...placed(inView, lanes), x: (t) => x(t), domain, width: 1200, dir: 'ltr', rows: 3, label: () => ({ text: 'x', width: 40 }) });
        expect(l.items.length).toBeLessThan(800);
        const seen = new Set(l.items.flatMap((i) => (i.kind === 'event' ? [i.event.id] : i.events.map((e) => e.id))));
        expect(seen.size).toBe(inView.length);
        if (zoom === 1) expect(l.items.every((i) => i.kind === 'cluster')).toBe(true);
        if (zoom === 2000) expect(l.items.some((i) => i.kind === 'event')).toBe(true);
      }
    }
    const v = verticalLayout(many, whole, { rowH: 60, maxRows: 300, ticks: () => [] });
    expect(v.rows.length).toBeLessThanOrEqual(300);
    expect(v.rows.reduce((n, r) => n + (r.bin?.events.length ?? 1), 0)).toBe(20_000);
  }, 60_000);
});
