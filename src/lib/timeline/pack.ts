/**
 * Label placement without collisions, for one lane. Works in "u", pixels from the inline-start
 * edge of the plot (left in English, right in Arabic), so one algorithm serves both directions:
 * a label follows its mark in reading direction, or goes before it near the far edge.
 *
 * Greedy, in time order, over a few rows per lane (the lane grows a row at a time):
 * 1. mark + label where a row is free (label after the mark, else before it);
 * 2. else the mark alone where a row is free;
 * 3. else the mark alone, taking the room of the last label of a row (labels yield to marks);
 * 4. else, the lane is saturated (the clustering keeps this rare): the least-crowded row.
 * Blocks (cluster marks) occupy the first row; labels running into one there are dropped.
 */

export interface PackItem {
  id: string;
  /** Extent of the mark in u, u0 <= u1. */
  u0: number;
  u1: number;
  /** Width of the label in px; 0 for no label. */
  label: number;
}

export interface PackBlock {
  u0: number;
  u1: number;
}

export interface Placement {
  row: number;
  label: 'after' | 'before' | null;
  /** True when the mark had to overlap another (saturated lane). */
  overlap: boolean;
}

export interface PackOptions {
  rows: number;
  /** Free space between neighbours in a row. */
  gap: number;
  /** Space between a mark and its label. */
  labelGap: number;
  /** The inline-end edge of the plot: labels may not run past it (nor before 0). */
  maxU: number;
  blocks?: readonly PackBlock[];
}

interface Row {
  markEnd: number;
  end: number;
  last: string | null;
}

export function pack(items: readonly PackItem[], o: PackOptions): Map<string, Placement> {
  const out = new Map<string, Placement>();
  const rows: Row[] = Array.from({ length: Math.max(1, o.rows) }, () => ({ markEnd: -Infinity, end: -Infinity, last: null }));
  const blocks = [...(o.blocks ?? [])].sort((a, b) => a.u0 - b.u0);
  const dropLabel = (row: Row) => {
    const p = row.last ? out.get(row.last) : undefined;
    if (p?.label === 'after') p.label = null;
    row.end = row.markEnd;
  };
  const place = (r: number, item: PackItem, label: Placement['label'], end: number, overlap = false) => {
    out.set(item.id, { row: r, label, overlap });
    rows[r] = { markEnd: Math.max(rows[r].markEnd, item.u1), end: Math.max(end, item.u1), last: item.id };
  };
  const free = (limit: number) => rows.findIndex((row) => row.end + o.gap <= limit);
  let b = 0;
  for (const item of items) {
    for (; b < blocks.length && blocks[b].u0 <= item.u0; b++) {
      const row = rows[0];
      if (row.end + o.gap > blocks[b].u0) dropLabel(row);
      row.markEnd = row.end = Math.max(row.end, blocks[b].u1);
      row.last = null;
    }
    if (item.label > 0) {
      const after = item.u1 + o.labelGap + item.label;
      const r = after <= o.maxU ? free(item.u0) : -1;
      if (r >= 0) {
        place(r, item, 'after', after);
        continue;
      }
      const before = item.u0 - o.labelGap - item.label;
      const rb = before >= 0 ? free(before) : -1;
      if (rb >= 0) {
        place(rb, item, 'before', item.u1);
        continue;
      }
    }
    const r = free(item.u0);
    if (r >= 0) {
      place(r, item, null, item.u1);
      continue;
    }
    const taken = rows.findIndex((row) => row.markEnd + o.gap <= item.u0);
    if (taken >= 0) {
      dropLabel(rows[taken]);
      place(taken, item, null, item.u1);
      continue;
    }
    let least = 0;
    rows.forEach((row, i) => row.markEnd < rows[least].markEnd && (least = i));
    // Marks may overlap marks here, but never a label.
    dropLabel(rows[least]);
    place(least, item, null, item.u1, true);
  }
  // Labels of the last items may still run into a later block.
  for (; b < blocks.length; b++) if (rows[0].end + o.gap > blocks[b].u0 && rows[0].last) dropLabel(rows[0]);
  return out;
}
