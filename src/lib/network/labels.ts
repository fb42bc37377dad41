/**
 * Which node names fit: a greedy label placer. Labels are taken in order of importance (forced
 * ones first: the selected actors; then the most connected), and each takes the first of eight
 * spots around its node (after it in reading order, before it, below, above, then the corners)
 * that stays inside the chart and covers no placed label and no other node. The few most
 * important labels (`important`) may, when nothing else fits, cover other nodes but never
 * another label: a hub is where readers look first, and it sits where nodes are densest. A label
 * that fits nowhere is left out; the name is still in the tooltip, the panel and the table.
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
  const labels = new Grid<PlacedLabel & Box>(48);
  const nodes = new Grid<Circle & Box>(48);
  for (const c of obstacles) nodes.add({ ...c, x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r });
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
    ].map(([cx, cy]) => ({ cx, cy, x0: cx - q.width / 2, y0: cy - q.height / 2, x1: cx + q.width / 2, y1: cy + q.height / 2 }));
    const inside = spots.filter((b) => b.x0 >= 0 && b.y0 >= 0 && b.x1 <= o.width && b.y1 <= o.height);
    const clear = inside.filter((b) => !labels.some(b, (p) => overlaps(b, p)));
    const free = clear.find((b) => !nodes.some(b, (c) => c.id !== q.id && coversCircle(b, c)));
    const spot = free ?? (rank < (o.important ?? 0) ? clear[0] : undefined) ?? (q.force ? clamp(inside[0] ?? spots[0], o) : undefined);
    if (!spot) return;
    const label = { id: q.id, width: q.width, height: q.height, ...spot };
    placed.push(label);
    labels.add(label);
  });
  return placed.map(({ id, cx, cy, width, height }) => ({ id, cx, cy, width, height }));
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
 * may cover nodes. `measure(id, weight)` is the width of the actor's name, px.
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
  }));
}
