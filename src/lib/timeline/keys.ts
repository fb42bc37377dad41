/**
 * The timeline's keyboard, as a pure mapping from a key to an action, so both layouts and
 * both directions are tested without a browser. Arrows follow what the reader SEES: in Arabic
 * the axis runs right to left, so ArrowLeft goes to the later event. Up/Down change lane in
 * the horizontal chart and step through time in the vertical one.
 */
export type KeyAction =
  | { kind: 'move'; index: number }
  /** Past the last (or before the first) visible item: show the next event outside the view. */
  | { kind: 'beyond'; delta: 1 | -1 }
  /** The first (-1) or last (1) event of the window, even when zoomed elsewhere. */
  | { kind: 'edge'; edge: 1 | -1 }
  | { kind: 'open' }
  | { kind: 'zoom'; factor: number }
  | { kind: 'fit' }
  | { kind: 'pan'; fraction: number };

export interface NavItem {
  t: number;
  /** Lane indexes the item sits in (several for joined marks). */
  lanes: readonly number[];
}

export interface KeyContext {
  dir: 'ltr' | 'rtl';
  vertical: boolean;
  shift: boolean;
  /** Index of the active item, -1 for none. */
  index: number;
  items: readonly NavItem[];
}

export const ZOOM_STEP = 2;

/** The item in the next lane up (delta -1) or down (+1) that is closest in time, if any. */
export function adjacentLane(items: readonly NavItem[], index: number, delta: 1 | -1): number | null {
  const cur = items[index];
  if (!cur) return null;
  const from = delta > 0 ? Math.max(...cur.lanes) : Math.min(...cur.lanes);
  let lane: number | null = null;
  for (const it of items) {
    for (const l of it.lanes) {
      if ((l - from) * delta > 0 && (lane === null || (l - lane) * delta < 0)) lane = l;
    }
  }
  if (lane === null) return null;
  let best: number | null = null;
  items.forEach((it, i) => {
    if (it.lanes.includes(lane!) && (best === null || Math.abs(it.t - cur.t) < Math.abs(items[best].t - cur.t))) best = i;
  });
  return best;
}

function step(c: KeyContext, delta: 1 | -1): KeyAction {
  if (c.index < 0) return c.items.length ? { kind: 'move', index: delta > 0 ? 0 : c.items.length - 1 } : { kind: 'beyond', delta };
  const next = c.index + delta;
  return next < 0 || next >= c.items.length ? { kind: 'beyond', delta } : { kind: 'move', index: next };
}

export function keyAction(key: string, c: KeyContext): KeyAction | null {
  const later = c.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = c.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case later:
      return c.shift ? { kind: 'pan', fraction: 0.25 } : step(c, 1);
    case earlier:
      return c.shift ? { kind: 'pan', fraction: -0.25 } : step(c, -1);
    case 'ArrowDown':
    case 'ArrowUp': {
      const delta = key === 'ArrowDown' ? 1 : -1;
      if (c.vertical) return step(c, delta);
      if (c.index < 0) return step(c, 1);
      const i = adjacentLane(c.items, c.index, delta);
      return i === null ? null : { kind: 'move', index: i };
    }
    case 'Home':
      return { kind: 'edge', edge: -1 };
    case 'End':
      return { kind: 'edge', edge: 1 };
    case 'PageDown':
      return { kind: 'pan', fraction: 0.5 };
    case 'PageUp':
      return { kind: 'pan', fraction: -0.5 };
    case 'Enter':
    case ' ':
      return c.index >= 0 ? { kind: 'open' } : null;
    case '+':
    case '=':
      return { kind: 'zoom', factor: ZOOM_STEP };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 1 / ZOOM_STEP };
    case '0':
      return { kind: 'fit' };
    default:
      return null;
  }
}
