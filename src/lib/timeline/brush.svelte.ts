/**
 * d3-brush on the overview strip: dragging a window across the whole period sets the visible
 * domain; a click recentres the current window there. Like the zoom, it is kept in step with
 * the domain owned by the Timeline, and ignores its own programmatic moves.
 */
import type { Attachment } from 'svelte/attachments';
import type { TimeScale } from './scale';
import type { Domain } from './domain';
import { gestures } from './gestures.svelte';

export interface BrushOptions {
  x: TimeScale;
  height: number;
  domain: Domain;
  onbrush: (domain: Domain) => void;
}

const sorted = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

export function brushable(get: () => BrushOptions): Attachment<SVGGElement> {
  return (node) => {
    // Set up once d3-brush is in (gestures.svelte.ts), a moment after the chart is drawn.
    $effect(() => {
      const g = gestures();
      if (g) return attach(g, node, get);
    });
  };
}

function attach({ brushSelection, brushX, pointer, select }: NonNullable<ReturnType<typeof gestures>>, node: SVGGElement, get: () => BrushOptions): () => void {
  const behaviour = brushX<unknown>();
  const selection = select(node);
  behaviour.on('brush end', (event) => {
    if (!event.sourceEvent) return;
    const o = get();
    if (event.selection) {
      const [a, b] = event.selection as [number, number];
      o.onbrush(sorted(+o.x.invert(a), +o.x.invert(b)));
    } else if (event.type === 'end') {
      const t = +o.x.invert(pointer(event.sourceEvent, node)[0]);
      const half = (o.domain[1] - o.domain[0]) / 2;
      o.onbrush([t - half, t + half]);
    }
  });

  const plot = () => {
    const o = get();
    return [...sorted(...(o.x.range() as [number, number])), o.height] as const;
  };
  // This effect also re-runs when only the domain changes (the getter reads it); setting the
  // brush up again is costly (it redraws overlay and handles), so only a new extent does it.
  let extent = '';
  $effect(() => {
    const [lo, hi, height] = plot();
    if (extent === `${lo} ${hi} ${height}`) return;
    extent = `${lo} ${hi} ${height}`;
    behaviour.extent([[lo, 0], [hi, height]]);
    selection.call(behaviour);
  });
  $effect(() => {
    const o = get();
    const [lo, hi] = plot();
    const clamp = (px: number) => Math.min(hi, Math.max(lo, px));
    let [a, b] = sorted(clamp(o.x(o.domain[0])), clamp(o.x(o.domain[1])));
    if (b - a < 2) [a, b] = [Math.max(lo, a - 1), Math.min(hi, b + 1)];
    const now = brushSelection(node) as [number, number] | null;
    // Showing everything: no selection, so a drag anywhere on the strip starts a new window
    // (a selection covering the whole strip could only be moved, not redrawn).
    if (a <= lo + 1 && b >= hi - 1) {
      if (now) behaviour.move(selection, null);
      return;
    }
    // Skip the move the reader's own drag just made, so it does not fight the gesture.
    if (!now || Math.abs(now[0] - a) > 0.5 || Math.abs(now[1] - b) > 0.5) behaviour.move(selection, [a, b]);
  });

  return () => {
    behaviour.on('brush end', null);
    selection.on('.brush', null);
  };
}
