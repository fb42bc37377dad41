import { describe, expect, it, vi } from 'vitest';
import type { ClusterItem, EventItem, Layout } from './layout';
import type { Palette } from './paint-glyph';
import { chooseBin } from './cluster';
import { paintScene, type MarksScene } from './paint';
import { ev } from '../../../tests/unit/helpers/timeline-events';

// Symbols are sprites stamped through DOM canvases (tested in the browser, tests/e2e/timeline.spec.ts);
// here only where and what is stamped.
vi.mock('./paint-glyph', () => ({
  stampGlyph: (ctx: Recorder, _p: Palette, _dpr: number, g: object, r: number, dx: number, dy: number) => ctx.log.push(['stamp', { ...g, r, dx, dy }]),
  hatch: (_ctx: unknown, colour: string) => `hatch(${colour})`,
  solidColour: (css: string) => css,
}));

/** A 2D context that writes down what is done to it. */
type Recorder = CanvasRenderingContext2D & { log: unknown[][] };
function recorder(): Recorder {
  const log: unknown[][] = [];
  const target = { log, canvas: { width: 2000, height: 600 } } as Record<string | symbol, unknown>;
  return new Proxy(target, {
    get: (t, k) => (k in t ? t[k] : (...args: unknown[]) => void log.push([k, ...args])),
    set: (_t, k, v) => (log.push([`${String(k)}=`, v]), true),
  }) as unknown as Recorder;
}

const palette: Palette = {
  colour: { us: 'blue', ukraine: 'ochre', russia: 'orange', europe: 'plum', mediator: 'green', other: 'grey', text: 'black' },
  muted: 'darkgrey',
  surface: 'white',
  surface2: 'cream',
  border: 'silver',
  font: 'Plex',
};

/** A one-day meeting of the United States and Russia, in both their lanes. */
const point: EventItem = {
  kind: 'event',
  key: 'a',
  event: ev('a', '2025-03-01', { sides: ['us', 'russia'] }),
  t: 0,
  mark: 'point',
  ...{ x: 100.3, x0: 100.3, x1: 100.3 },
  dots: [
    { lane: 'side:us', y: 30 },
    { lane: 'side:russia', y: 72 },
  ],
  label: null,
};
/** A planned summit some time in March: a hatched range, faded. */
const span: EventItem = {
  kind: 'event',
  key: 'b',
  event: { ...ev('b', '2025-03~', { type: 'summit', sides: ['us'] }), status: 'planned' },
  t: 0,
  mark: 'span',
  ...{ x: 300, x0: 200, x1: 400 },
  dots: [{ lane: 'side:us', y: 30 }],
  label: null,
};
const group: ClusterItem = { kind: 'cluster', key: 'c', lane: 'side:russia', t: 0, start: 0, end: 1, x0: 500, x1: 560, y: 64, h: 18, count: 40, from: 0, to: 1, events: [] };
const layout: Layout = {
  lanes: [
    { lane: { key: 'side:us', kind: 'side', id: 'us', count: 2 }, y: 0, h: 48, rows: 1, count: 2 },
    { lane: { key: 'side:russia', kind: 'side', id: 'russia', count: 41 }, y: 48, h: 48, rows: 1, count: 41 },
  ],
  items: [point, span, group],
  height: 96,
  bin: chooseBin(1e-6),
};
const scene = (o: Partial<MarksScene> = {}): MarksScene => ({
  layout,
  width: 1000,
  top: 6,
  r: 6,
  grid: [250, 750],
  laneSides: new Map([['side:us', 'us'], ['side:russia', 'russia']]),
  max: 40,
  skip: () => false,
  count: (n, w) => `${n}@${w}`,
  scale: 1,
  ...o,
});
const paint = (s: MarksScene, dpr = 2) => {
  const ctx = recorder();
  paintScene(ctx, s, palette, dpr);
  return ctx.log;
};
const stamps = (log: unknown[][]) => log.filter((c) => c[0] === 'stamp').map((c) => c[1]);

describe('paintScene(ctx, scene, palette, dpr)', () => {
  it('clears, then draws in CSS px scaled to the device, the layout from the chart top', () => {
    const log = paint(scene());
    expect(log.slice(0, 3)).toEqual([['setTransform', 1, 0, 0, 1, 0, 0], ['clearRect', 0, 0, 2000, 600], ['setTransform', 2, 0, 0, 2, 0, 12]]);
  });

  it('paints the odd lanes faintly, a rule between lanes and the dashed gridlines, before any mark', () => {
    const log = paint(scene());
    // Everything before the first mark's joining line.
    const before = log.slice(0, log.findIndex((c) => c[0] === 'moveTo' && c[1] === point.x));
    expect(before.filter((c) => c[0] === 'fillRect')).toEqual([['fillRect', 0, 48, 1000, 48]]);
    expect(before).toContainEqual(['setLineDash', [2, 3]]);
    expect(before.filter((c) => c[0] === 'moveTo')).toEqual([['moveTo', 0, 48], ['moveTo', 250, 0], ['moveTo', 750, 0]]);
  });

  it('stamps one symbol per lane an event sits in, in its lane colour, at device pixels, faded unless it occurred', () => {
    expect(stamps(paint(scene()))).toEqual([
      { type: 'meeting', colours: ['us'], uncertain: false, faint: false, r: 6, dx: 200.6, dy: 72 },
      { type: 'meeting', colours: ['russia'], uncertain: false, faint: false, r: 6, dx: 200.6, dy: 156 },
      { type: 'summit', colours: ['us'], uncertain: true, faint: true, r: 6, dx: 600, dy: 72 },
    ]);
  });

  it('joins the symbols of an event in several lanes with one line, and hatches an uncertain range', () => {
    const log = paint(scene());
    expect(log).toContainEqual(['moveTo', 100.3, 30]);
    expect(log).toContainEqual(['lineTo', 100.3, 72]);
    expect(log).toContainEqual(['roundRect', 200, 25, 200, 10, [{ x: 5, y: 5 }]]);
    expect(log).toContainEqual(['fillStyle=', 'hatch(blue)']);
  });

  it('draws a group as a block shaded by its count, with the count written in it', () => {
    const log = paint(scene());
    expect(log).toContainEqual(['roundRect', 500, 64, 60, 18, [{ x: 4, y: 4 }]]);
    expect(log).toContainEqual(['fillStyle=', 'color-mix(in oklab, orange 38%, white)']);
    expect(log).toContainEqual(['fillText', '40@60', 530, 77]);
  });

  it('leaves out the marks the SVG draws in full (pointed at, active, selected)', () => {
    const log = paint(scene({ skip: (k) => k === 'a' || k === 'c' }));
    expect(stamps(log)).toHaveLength(1);
    expect(log.some((c) => c[0] === 'fillText')).toBe(false);
  });
});
