import { describe, expect, it } from 'vitest';
import { actorLabelRequests, placeLabels, type Circle, type LabelOptions, type LabelRequest } from './labels';

const label = (id: string, x: number, y: number, priority: number, extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  x,
  y,
  r: 5,
  width: 40,
  height: 10,
  priority,
  ...extra,
});
const circles = (ls: LabelRequest[]): Circle[] => ls.map(({ id, x, y, r }) => ({ id, x, y, r }));
const LTR: LabelOptions = { width: 300, height: 200, dir: 'ltr', gap: 4 };

/** "id@side" per placed label, side relative to its node: after (right in LTR), before, below, above. */
function where(ls: LabelRequest[], o: LabelOptions = LTR, obstacles = circles(ls)): string[] {
  const byId = new Map(ls.map((l) => [l.id, l]));
  return placeLabels(ls, obstacles, o)
    .map((p) => {
      const n = byId.get(p.id)!;
      const side = p.cy > n.y ? 'below' : p.cy < n.y ? 'above' : p.cx > n.x ? 'right' : 'left';
      return `${p.id}@${side}`;
    })
    .sort();
}

describe('placeLabels(requests, obstacles, options)', () => {
  it.each<[string, LabelRequest[], LabelOptions, string[]]>([
    ['nodes far apart: every label after its node', [label('a', 50, 50, 1), label('b', 200, 150, 2)], LTR, ['a@right', 'b@right']],
    ['right to left: after means to the left', [label('a', 150, 50, 1)], { ...LTR, dir: 'rtl' }, ['a@left']],
    ['near the right edge: the label goes before the node', [label('a', 290, 50, 1)], LTR, ['a@left']],
    ['two close nodes: the more connected keeps the first spot', [label('a', 100, 100, 1), label('b', 100, 106, 2)], LTR, ['a@left', 'b@right']],
    ['a label never covers another node', [label('a', 100, 100, 2), label('b', 130, 100, 1)], LTR, ['a@left', 'b@right']],
    [
      'crowded: the least connected label is left out',
      [label('a', 100, 100, 3, { width: 60 }), label('b', 100, 104, 2, { width: 60 }), label('c', 100, 108, 1, { width: 60 })],
      { ...LTR, width: 170, height: 118 },
      ['a@right', 'b@left'],
    ],
    [
      'a forced label is placed first, even when crowded',
      [label('a', 100, 100, 3, { width: 60 }), label('b', 100, 104, 2, { width: 60 }), label('c', 100, 108, 1, { width: 60, force: true })],
      { ...LTR, width: 170, height: 118 },
      ['a@left', 'b@above', 'c@right'],
    ],
    ['nothing fits: an unforced label is dropped', [label('a', 20, 10, 1, { width: 500 })], LTR, []],
  ])('%s', (_name, ls, o, expected) => {
    expect(where(ls, o)).toEqual(expected);
  });

  it('lets the most important labels cover other nodes, never other labels', () => {
    const hub = label('hub', 100, 50, 9);
    const crowd: Circle[] = [{ id: 'crowd', x: 100, y: 50, r: 60 }];
    expect(placeLabels([hub], crowd, LTR)).toEqual([]);
    expect(placeLabels([hub], crowd, { ...LTR, important: 1 }).map((p) => p.id)).toEqual(['hub']);
    const rival = label('rival', 100, 50, 10, { force: true });
    expect(placeLabels([rival, hub], crowd, { ...LTR, important: 2 }).map((p) => p.id)).toEqual(['rival', 'hub']);
  });

  describe('a participant with no free spot beside its node (`reach`)', () => {
    const inner = label('inner', 100, 100, 5, { width: 40, reach: true });
    // Forced names placed first around the node, over every spot beside it.
    const crowd = (extra: Partial<LabelRequest> = {}) => [
      ...[
        [131, 100],
        [69, 100],
        [100, 85],
        [100, 115],
        [131, 85],
        [69, 85],
        [131, 115],
        [69, 115],
      ].map(([x, y], i) => label(`around${i}`, x, y, 20, { width: 40, r: 0, force: true })),
      { ...inner, ...extra },
    ];
    const o: LabelOptions = { width: 300, height: 200, dir: 'ltr', gap: 4 };

    it('is named farther off, with a line from its node to its name that crosses no other name', () => {
      const requests = crowd();
      const placed = placeLabels(requests, [{ id: 'inner', x: 100, y: 100, r: 5 }], o);
      const p = placed.find((l) => l.id === 'inner')!;
      expect(p.leader).toBeDefined();
      const { x1, y1, x2, y2 } = p.leader!;
      // From the node's edge...
      expect(Math.hypot(x1 - 100, y1 - 100)).toBeCloseTo(5 + 2, 5);
      // ...to its name's box.
      const onEdge = (v: number, lo: number, hi: number) => v >= lo - 1e-9 && v <= hi + 1e-9;
      expect(onEdge(x2, p.cx - p.width / 2, p.cx + p.width / 2) && onEdge(y2, p.cy - p.height / 2, p.cy + p.height / 2)).toBe(true);
      // The name and the line clear every other name.
      const others = placed.filter((l) => l.id !== 'inner');
      const inside = (x: number, y: number, l: (typeof placed)[number]) => Math.abs(x - l.cx) < l.width / 2 && Math.abs(y - l.cy) < l.height / 2;
      for (const l of others) {
        expect(Math.abs(p.cx - l.cx) * 2 >= p.width + l.width || Math.abs(p.cy - l.cy) * 2 >= p.height + l.height, l.id).toBe(true);
        for (let t = 0; t <= 1; t += 0.02) expect(inside(x1 + (x2 - x1) * t, y1 + (y2 - y1) * t, l), `line through ${l.id}`).toBe(false);
      }
    });

    it('is left out without `reach`; a name with room beside its node has no line', () => {
      expect(placeLabels(crowd({ reach: false }), [{ id: 'inner', x: 100, y: 100, r: 5 }], o).map((l) => l.id)).not.toContain('inner');
      const [alone] = placeLabels([{ ...inner }], [{ id: 'inner', x: 100, y: 100, r: 5 }], o);
      expect(alone.leader).toBeUndefined();
    });

    it('is not hidden under an important name', () => {
      // One row: the first participant's only spot inside the chart covers the second's node.
      const first = label('first', 20, 10, 9, { width: 30, reach: true });
      const second = label('second', 55, 10, 1, { width: 30, reach: true });
      const placed = placeLabels([first, second], circles([first, second]), { width: 100, height: 20, dir: 'ltr', gap: 4, important: 2 });
      expect(placed.map((l) => l.id)).toContain('second');
      const covers = (l: { cx: number; cy: number; width: number; height: number }) => Math.abs(l.cx - 55) < l.width / 2 + 5 && Math.abs(l.cy - 10) < l.height / 2 + 5;
      expect(placed.filter((l) => l.id !== 'second' && covers(l))).toEqual([]);
    });
  });

  it('keeps a forced label inside the chart', () => {
    const [p] = placeLabels([label('a', 5, 5, 1, { width: 290, force: true })], [], LTR);
    expect(p.cx + p.width / 2).toBeLessThanOrEqual(LTR.width);
    expect(p.cx - p.width / 2).toBeGreaterThanOrEqual(0);
    expect(p.cy - p.height / 2).toBeGreaterThanOrEqual(0);
  });

  it('places 500 labels, none overlapping another', () => {
    const ls = Array.from({ length: 500 }, (_, i) => label(`n${i}`, (i * 37) % 1200, (i * 53) % 700, 500 - i, { width: 70 }));
    const placed = placeLabels(ls, circles(ls), { width: 1200, height: 700, dir: 'ltr' });
    expect(placed.length).toBeGreaterThan(50);
    const clashes = placed.flatMap((a, i) =>
      placed.slice(i + 1).filter((b) => Math.abs(a.cx - b.cx) * 2 < a.width + b.width - 1e-9 && Math.abs(a.cy - b.cy) * 2 < a.height + b.height - 1e-9).map((b) => `${a.id}/${b.id}`),
    );
    expect(clashes).toEqual([]);
  });
});

describe('actorLabelRequests(actors, options)', () => {
  const actors = [
    { id: 'hub', x: 10, y: 20, r: 8, degree: 3, count: 7 },
    { id: 'chosen', x: 50, y: 60, r: 4, degree: 1, count: 2 },
  ];
  // Names measured as 5 px a letter, 6 in bold.
  const measure = (id: string, weight: number) => id.length * (weight === 700 ? 6 : 5);
  it('asks for each name’s box in the chart’s size, the selection bold and forced, ranked by partners then events', () => {
    expect(actorLabelRequests(actors, { size: 10, strong: new Set(['chosen']), measure })).toEqual([
      { id: 'hub', x: 10, y: 20, r: 8, width: 19, height: 13, priority: 3007, force: false },
      { id: 'chosen', x: 50, y: 60, r: 4, width: 40, height: 13, priority: 1002, force: true },
    ]);
  });

  it('ranks the actors in `first` (the open event\'s participants) before all others, not forced', () => {
    const [hub, chosen] = actorLabelRequests(actors, { size: 10, strong: new Set(), first: new Set(['chosen']), measure });
    expect(chosen.priority).toBeGreaterThan(hub.priority);
    expect(chosen.force).toBe(false);
    // Named farther off, with a line, when there is no room beside its node; the others are not.
    expect([chosen.reach, hub.reach]).toEqual([true, undefined]);
    // A strip with room for one of two names between their nodes: the participant's is placed.
    const strip = [label('hub', 10, 15, hub.priority, { width: 100 }), label('chosen', 130, 15, chosen.priority, { width: 100 })];
    const o = { width: 140, height: 30, dir: 'ltr', gap: 4 } as const;
    expect(placeLabels(strip, circles(strip), o).map((p) => p.id)).toEqual(['chosen']);
    const hubFirst = [strip[0], { ...strip[1], priority: hub.priority - 1 }];
    expect(placeLabels(hubFirst, circles(hubFirst), o).map((p) => p.id)).toEqual(['hub']);
  });
});
