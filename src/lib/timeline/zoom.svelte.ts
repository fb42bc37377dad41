/**
 * d3-zoom as an input device for the timeline: wheel, drag and pinch become a new visible
 * domain, which the Timeline owns. The behaviour keeps its own transform, so whenever the
 * domain changes from elsewhere (buttons, keys, brush, URL) it is told the matching transform;
 * those programmatic events carry no sourceEvent and are ignored, which breaks the loop.
 */
import type { Attachment } from 'svelte/attachments';
import type { ZoomTransform } from 'd3-zoom';
import type { TimeScale } from './scale';
import { MIN_SPAN, type Domain } from './domain';
import { gestures } from './gestures.svelte';

export interface ZoomOptions {
  /** The scale at zoom 1: the zoom limits across the plot's range. */
  base: TimeScale;
  domain: Domain;
  height: number;
  onzoom: (domain: Domain) => void;
  /** A reader's gesture (wheel, drag, pinch) started (true) or ended (false). */
  onmove?: (moving: boolean) => void;
}

type Gestures = NonNullable<ReturnType<typeof gestures>>;

/** The transform under which `base` shows `domain`. */
function transformFor({ zoomIdentity }: Gestures, base: TimeScale, domain: Domain): ZoomTransform {
  const [r0, r1] = base.range();
  const k = (r1 - r0) / (base(domain[1]) - base(domain[0]));
  return zoomIdentity.translate(r0 - k * base(domain[0]), 0).scale(k);
}

export function zoomable(get: () => ZoomOptions): Attachment<SVGSVGElement> {
  return (node) => {
    // Set up once d3-zoom is in (gestures.svelte.ts), a moment after the chart is drawn.
    $effect(() => {
      const g = gestures();
      if (g) return attach(g, node, get);
    });
  };
}

function attach(g: Gestures, node: SVGSVGElement, get: () => ZoomOptions): () => void {
  const { select, zoom, zoomTransform } = g;
  // Wheel and pointer events can come faster than frames: the chart is laid out once per
  // frame, for the latest transform (d3-zoom keeps it, so nothing is lost in between).
  let frame = 0;
  const apply = () => {
    frame = 0;
    const o = get();
    const [lo, hi] = zoomTransform(node).rescaleX(o.base).domain().map(Number);
    o.onzoom([Math.min(lo, hi), Math.max(lo, hi)]);
  };
  // A gesture moves the chart from its first zoom event (a click, which d3-zoom also starts
  // a gesture for, never does) to its end: 150 ms after a wheel's last turn (d3-zoom's wheel
  // delay), or the release of a drag or pinch.
  let moving = false;
  const behaviour = zoom<SVGSVGElement, unknown>()
    .on('zoom', (event) => {
      if (!event.sourceEvent) return;
      if (!moving) get().onmove?.((moving = true));
      frame ||= requestAnimationFrame(apply);
    })
    .on('end', () => {
      if (moving) get().onmove?.((moving = false));
    });
  const selection = select(node).call(behaviour);
  // A double click opens an event; it must not also zoom.
  selection.on('dblclick.zoom', null);
  // From now on the chart can be dragged: the grab cursor says so (Plot's CSS).
  node.setAttribute('data-zoomable', '');

  $effect(() => {
    const o = get();
    const [r0, r1] = o.base.range();
    const [lo, hi] = [Math.min(r0, r1), Math.max(r0, r1)];
    const [d0, d1] = o.base.domain().map(Number);
    behaviour
      .extent([[lo, 0], [hi, o.height]])
      .translateExtent([[lo, 0], [hi, o.height]])
      .scaleExtent([1, Math.max(1, (d1 - d0) / MIN_SPAN)]);
    // A gesture's frame is pending: its transform is newer than the domain here.
    if (frame) return;
    const target = transformFor(g, o.base, o.domain);
    const now = zoomTransform(node);
    if (Math.abs(now.k - target.k) > 1e-9 * target.k || Math.abs(now.x - target.x) > 0.01) behaviour.transform(selection, target);
  });

  return () => {
    cancelAnimationFrame(frame);
    selection.on('.zoom', null);
    node.removeAttribute('data-zoomable');
  };
}
