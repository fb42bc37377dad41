/**
 * Which node names fit: a greedy label placer. Labels are taken in order of importance (forced
 * ones first: the selected actors; then the most connected), and each takes the first of eight
 * spots around its node (after it in reading order, before it, below, above, then the corners)
 * that stays inside the chart and covers no placed label and no other node. The few most
 * important labels (`important`) may, when nothing else fits, cover other nodes but never
 * another label: a hub is where readers look first, and it sits where nodes are densest. A label
 * that may reach (`reach`: the open event's participants, whom a slide is about) and finds no
 * free spot beside its node is named a little farther off first, in free space, joined to its
 * node by a line (covering a node could hide another participant's). A label that fits nowhere
 * is left out; the name is still in the tooltip, the panel and the table.
 *
 * Boxes are in screen pixels; `cx`/`cy` is the box centre, so the caller can draw with
 * `text-anchor: middle` and not worry about the direction of the text.
 */
export interface LabelRequest {
  id: string;
  /** Node centre and radius. */
  x: number;
  y: number;
  r: number;
  /** Size of the text box. */
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /** Placed even when it overlaps (the reader selected it). */
  force?: boolean;
  /** May be placed farther from its node, with a leader line, when no spot beside it is free. */
  reach?: boolean;
}
export interface Circle {
  id: string;
  x: number;
  y: number;
  r: number;
}
export interface PlacedLabel {
  id: string;
  cx: number;
  cy: number;
  width: number;
  height: number;
  /** For a label placed away from its node: the line joining them, from the node's edge to the box. */
  leader?: { x1: number; y1: number; x2: number; y2: number };
}
export interface LabelOptions {
  width: number;
  height: number;
  dir: 'ltr' | 'rtl';
  /** Space between a node and its label. */
  gap?: number;
  /** How many of the top labels may cover other nodes when nothing else fits. */
  important?: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** A uniform grid of boxes, so each test looks only at its neighbourhood (500 labels x 8 spots). */
class Grid<T extends Box> {
  private cells = new Map<number, T[]>();
  constructor(private size: number) {}
  private visit(b: Box, f: (key: number) => boolean | void): boolean {
    const [i0, i1, j0, j1] = [b.x0, b.x1, b.y0, b.y1].map((v) => Math.floor(v / this.size) + 4096);
    for (let i = i0; i <= i1; i++) for (let j = j0; j <= j1; j++) if (f(i * 8192 + j)) return true;
    return false;
  }
  add(item: T): void {
    this.visit(item, (k) => void (this.cells.get(k)?.push(item) ?? this.cells.set(k, [item])));
  }
  some(b: Box, test: (item: T) => boolean): boolean {
    return this.visit(b, (k) => this.cells.get(k)?.some(test));
  }
}

function coversCircle(b: Box, c: Circle): boolean {
  const dx = c.x - Math.max(b.x0, Math.min(c.x, b.x1));
  const dy = c.y - Math.max(b.y0, Math.min(c.y, b.y1));
  return dx * dx + dy * dy < c.r * c.r;
}

export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Circle[], o: LabelOptions): PlacedLabel[] {
  const gap = o.gap ?? 4;
  const after = o.dir === 'rtl' ? -1 : 1;
  const ordered = [...requests].sort((a, b) => Number(!!b.force) - Number(!!a.force) || b.priority - a.priority);
  const placed: (PlacedLabel & Box)[] = [];
  const reaching = new Set(requests.filter((q) => q.reach).map((q) => q.id));
  // The placed names, and the leader lines joining names to their nodes, as boxes.
  const labels = new Grid<Box>(48);
  const nodes = new Grid<Circle & Box>(48);
  for (const c of obstacles) nodes.add({ ...c, x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r });
  const onLabel = (b: Box) => labels.some(b, (p) => overlaps(b, p));
  /** Whether `b` covers a node other than `id`'s (among those `which` takes). */
  const onNode = (b: Box, id: string, which: (c: Circle) => boolean = () => true) => nodes.some(b, (c) => c.id !== id && which(c) && coversCircle(b, c));
  // A line passing within a few pixels of a name would seem to point at it.
  const nearLabel = (x: number, y: number) => onLabel({ x0: x - 3, y0: y - 3, x1: x + 3, y1: y + 3 });
  const inNode = (x: number, y: number, id: string) => nodes.some({ x0: x, y0: y, x1: x, y1: y }, (c) => c.id !== id && (c.x - x) ** 2 + (c.y - y) ** 2 < c.r * c.r);
  ordered.forEach((q, rank) => {
    const side = q.r + gap + q.width / 2;
    const vertical = q.r + gap / 2 + q.height / 2;
    const corner = q.r * Math.SQRT1_2 + gap / 2;
    const spots = [
      [q.x + after * side, q.y],
      [q.x - after * side, q.y],
      [q.x, q.y + vertical],
      [q.x, q.y - vertical],
      [q.x + after * (corner + q.width / 2), q.y + corner + q.height / 2],
      [q.x + after * (corner + q.width / 2), q.y - corner - q.height / 2],
      [q.x - after * (corner + q.width / 2), q.y + corner + q.height / 2],
      [q.x - after * (corner + q.width / 2), q.y - corner - q.height / 2],
    ].map(([cx, cy]) => boxAt(cx, cy, q));
    const inside = spots.filter((b) => inChart(b, o));
    const clear = inside.filter((b) => !onLabel(b));
    const free = clear.find((b) => !onNode(b, q.id));
    // A reaching label goes farther before it covers a node: the node may be another participant's.
    const far = free || !q.reach ? undefined : reach(q, spots, gap, o, (b) => !onLabel(b) && !onNode(b, q.id), (x, y) => nearLabel(x, y) || inNode(x, y, q.id));
    // An important label may cover a node, but not that of a participant still to be named: it
    // would lose the spots beside its node, and a line from under a name would point at it.
    const covering = rank < (o.important ?? 0) ? clear.find((b) => !onNode(b, q.id, (c) => reaching.has(c.id))) : undefined;
    const spot = free ?? far ?? covering ?? (q.force ? clamp(inside[0] ?? spots[0], o) : undefined);
    if (!spot) return;
    const label: PlacedLabel & Box = { id: q.id, width: q.width, height: q.height, ...spot };
    placed.push(label);
    labels.add(label);
    reaching.delete(q.id);
    if (label.leader) for (const piece of along(label.leader, 4)) labels.add({ x0: piece.x - 1.5, y0: piece.y - 1.5, x1: piece.x + 1.5, y1: piece.y + 1.5 });
  });
  return placed.map(({ id, cx, cy, width, height, leader }) => (leader ? { id, cx, cy, width, height, leader } : { id, cx, cy, width, height }));
}

/** How far out a reaching label looks: rings of the eight spots, each a step of this many label heights farther. */
const REACH_RINGS = 3;
const REACH_STEP = 1.5;

/** A label's box centred on (cx, cy). */
const boxAt = (cx: number, cy: number, q: { width: number; height: number }) => ({ cx, cy, x0: cx - q.width / 2, y0: cy - q.height / 2, x1: cx + q.width / 2, y1: cy + q.height / 2 });
const inChart = (b: Box, o: LabelOptions) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= o.width && b.y1 <= o.height;

/**
 * The first free spot on rings around the eight spots beside a node, nearest ring first, with the
 * line from the node's edge to the box: `free` says a box covers no placed label and no other
 * node, `covered` that a point of the line is near a name or in another node, so the line reads
 * as joining this name to this node only.
 */
function reach(
  q: LabelRequest,
  spots: readonly (Box & { cx: number; cy: number })[],
  gap: number,
  o: LabelOptions,
  free: (b: Box) => boolean,
  covered: (x: number, y: number) => boolean,
): (Box & { cx: number; cy: number; leader: NonNullable<PlacedLabel['leader']> }) | undefined {
  const step = q.height * REACH_STEP;
  for (let ring = 1; ring <= REACH_RINGS; ring++) {
    for (const s of spots) {
      const dx = Math.sign(Math.round(s.cx - q.x));
      const dy = Math.sign(Math.round(s.cy - q.y));
      const norm = Math.hypot(dx, dy) || 1;
      const b = boxAt(s.cx + (dx / norm) * ring * step, s.cy + (dy / norm) * ring * step, q);
      if (!inChart(b, o) || !free(b)) continue;
      // From the node's edge, towards the box's nearest point, to that point.
      const x2 = Math.max(b.x0, Math.min(q.x, b.x1));
      const y2 = Math.max(b.y0, Math.min(q.y, b.y1));
      const length = Math.hypot(x2 - q.x, y2 - q.y);
      const from = Math.min(length, q.r + gap / 2);
      const x1 = q.x + ((x2 - q.x) / length) * from;
      const y1 = q.y + ((y2 - q.y) / length) * from;
      const leader = { x1, y1, x2, y2 };
      if (!along(leader, 3).some((p) => covered(p.x, p.y))) return { ...b, leader };
    }
  }
  return undefined;
}

/** Points along a line, `step` px apart, both ends included. */
function along(l: { x1: number; y1: number; x2: number; y2: number }, step: number): { x: number; y: number }[] {
  const n = Math.max(1, Math.ceil(Math.hypot(l.x2 - l.x1, l.y2 - l.y1) / step));
  return Array.from({ length: n + 1 }, (_, i) => ({ x: l.x1 + ((l.x2 - l.x1) * i) / n, y: l.y1 + ((l.y2 - l.y1) * i) / n }));
}

/** Moves a box inside the chart (a forced label near an edge); one wider than the chart starts at its start. */
function clamp(b: Box & { cx: number; cy: number }, o: LabelOptions) {
  const shift = (lo: number, hi: number, max: number) => (lo + Math.min(0, max - hi) < 0 ? -lo : Math.min(0, max - hi));
  const dx = shift(b.x0, b.x1, o.width);
  const dy = shift(b.y0, b.y1, o.height);
  return { cx: b.cx + dx, cy: b.cy + dy, x0: b.x0 + dx, y0: b.y0 + dy, x1: b.x1 + dx, y1: b.y1 + dy };
}

/**
 * What each actor asks of the placer: the box of its name in the chart's font, `size` px (bold
 * when it is in `strong`, the selection, which is then placed whatever it covers), ranked by its
 * partners, then its events; the actors in `first` (the open event's participants, lit on the
 * chart: who the reader or the slide is looking at) before all others, and so among the few that
 * may cover nodes, and named farther off, with a line, when there is no room beside them.
 * `measure(id, weight)` is the width of the actor's name, px.
 */
export function actorLabelRequests(
  actors: readonly (Circle & { degree: number; count: number })[],
  o: { size: number; strong: ReadonlySet<string>; first?: ReadonlySet<string> | null; measure: (id: string, weight: number) => number },
): LabelRequest[] {
  const FIRST = 1e12;
  return actors.map((a) => ({
    id: a.id,
    x: a.x,
    y: a.y,
    r: a.r,
    width: o.measure(a.id, o.strong.has(a.id) ? 700 : 500) + 4,
    height: o.size * 1.3,
    priority: (o.first?.has(a.id) ? FIRST : 0) + a.degree * 1000 + a.count,
    force: o.strong.has(a.id),
    ...(o.first?.has(a.id) ? { reach: true } : {}),
  }));
}
