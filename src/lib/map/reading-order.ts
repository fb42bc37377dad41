/**
 * Keyboard order of the map's places: reading order, row by row from the top, left to right
 * in a left-to-right page and right to left in Arabic or Hebrew. Places whose symbols are
 * within `row` pixels of each other vertically count as one row, so a slight difference in
 * latitude does not send the focus zig-zagging across the map. Left and Right step along that
 * order (mirrored in right-to-left pages, where reading goes left); Up and Down go to the
 * nearest place above or below; Home and End to the first and last.
 */
export interface Spot {
  id: string;
  x: number;
  y: number;
}

export function readingOrder<T extends Spot>(spots: readonly T[], rtl: boolean, row = 24): T[] {
  const byY = [...spots].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: T[][] = [];
  for (const s of byY) {
    const last = rows[rows.length - 1];
    if (last && s.y - last[0].y <= row) last.push(s);
    else rows.push([s]);
  }
  return rows.flatMap((r) => r.sort((a, b) => (rtl ? b.x - a.x : a.x - b.x) || (a.id < b.id ? -1 : 1)));
}

/** The place the key moves to from `current` (an id in `order`), or null if the key is not ours. */
export function moveFocus(order: readonly Spot[], current: string | null, key: string, rtl: boolean): string | null {
  if (order.length === 0) return null;
  const i = Math.max(0, order.findIndex((s) => s.id === current));
  const at = order[i];
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return order[Math.min(order.length - 1, i + 1)].id;
    case back:
      return order[Math.max(0, i - 1)].id;
    case 'Home':
      return order[0].id;
    case 'End':
      return order[order.length - 1].id;
    case 'ArrowUp':
    case 'ArrowDown': {
      const down = key === 'ArrowDown';
      let best: Spot | null = null;
      let bestD = Infinity;
      for (const s of order) {
        const dy = s.y - at.y;
        if (down ? dy <= 0 : dy >= 0) continue;
        // Mostly vertical: horizontal distance counts double, so Down does not jump sideways.
        const d = Math.abs(dy) + 2 * Math.abs(s.x - at.x);
        if (d < bestD) [best, bestD] = [s, d];
      }
      return (best ?? at).id;
    }
    default:
      return null;
  }
}
