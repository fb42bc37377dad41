/**
 * One canvas layer for the charts' crowded parts (the timeline's marks, the network's lines):
 * an attachment (`<canvas {@attach canvasLayer(() => spec)}>`) that owns everything but the
 * drawing itself:
 *  - the bitmap's size at the device pixel ratio (svelte/reactivity's, so a browser zoom or a
 *    move to another screen repaints) and any CSS zoom, grown but never shrunk in height: setting a canvas' size
 *    reallocates it, which took as long as painting, and rows come and go with filters. The
 *    element itself is always the drawing's size: a taller bitmap is shown from its top at one
 *    device pixel per pixel and cut (`object-fit: cover`), so it never reaches past its chart
 *    (a clipping box would scroll, a page would grow);
 *  - the colours, resolved from CSS tokens through a probe inside the canvas (look.svelte.ts),
 *    again only when the page's look changes;
 *  - clearing, and the transform to CSS pixels, before each paint;
 *  - hiding without discarding (a new canvas took 25-150 ms to set up on first draw);
 *  - the answer to an export's `pt-repaint` (present/repaint.ts): the same picture at another
 *    ratio, on a canvas of the same CSS size.
 * The spec is read in an effect: every state the paint reads is tracked, and repaints.
 */
import type { Attachment } from 'svelte/attachments';
import { devicePixelRatio } from 'svelte/reactivity/window';
import { resolveColours, type Resolved } from './look.svelte';
import type { RepaintRequest } from '../present/repaint';

export interface LayerSpec<K extends string> {
  /** The drawing's size in CSS pixels. */
  width: number;
  height: number;
  /** False: cleared and hidden, but kept. */
  shown?: boolean;
  /** The colours the paint uses: name -> CSS colour (`var(--text)`, a side's colour...). */
  tokens: Record<K, string>;
  /** Draws in CSS pixels on a cleared canvas whose transform maps them to `ratio` device pixels. */
  paint(ctx: CanvasRenderingContext2D, look: Resolved<K>, ratio: number): void;
}

/** The CSS `zoom` applied to an element (presentation mode zooms its band's chart). */
const cssZoom = (el: Element) => (el as { currentCSSZoom?: number }).currentCSSZoom ?? 1;

export function canvasLayer<K extends string>(spec: () => LayerSpec<K> | null): Attachment<HTMLCanvasElement> {
  return (canvas) => {
    // Forced colours (Windows high contrast) would force the probe's `color` but leave an SVG
    // mark's `fill` alone: the probe opts out, so canvas and SVG marks match. A canvas' children
    // are never drawn.
    const probe = canvas.appendChild(document.createElement('span'));
    probe.style.cssText = 'display: none; forced-color-adjust: none';
    canvas.style.objectFit = 'cover';
    canvas.style.objectPosition = 'top';
    // A canvas in memory (what `willReadFrequently` asks for), not one drawn by the GPU process:
    // stamping sprites costs ~1 ms a paint either way with a GPU, but without one (blocklisted,
    // virtual machines, the bench's headless Chromium) the GPU path is emulated and took 5-15 ms
    // a paint, and ~100 ms to set up.
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    let size = { w: 0, h: 0, dpr: 0 };
    // Device pixels per CSS pixel of the canvas: the screen's ratio times any CSS `zoom` above
    // it (or a zoomed chart's canvas is drawn soft), at most 3: beyond, a big chart's bitmap
    // costs more than it shows. The zoom is read when the canvas' device pixels change (a
    // resize, a zoom), after layout, not in the paint: reading it there forced a style
    // recalculation of the whole changed page in the middle of every filter change.
    let zoom = $state(cssZoom(canvas));
    const observer = new ResizeObserver(([entry]) => {
      // A hidden canvas has no zoom of its own (it reads 1): keep the last one.
      if (entry.contentRect.width) zoom = cssZoom(canvas);
    });
    observer.observe(canvas, { box: 'device-pixel-content-box' });

    const current = $derived(spec());
    const look = $derived(current ? resolveColours(probe, current.tokens) : null);

    $effect(() => {
      const s = current;
      if (!ctx || !s || !look) return;
      canvas.hidden = s.shown === false;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      if (canvas.hidden) return void ctx.clearRect(0, 0, canvas.width, canvas.height);
      const dpr = Math.min(3, (devicePixelRatio.current ?? 1) * zoom);
      const w = Math.round(s.width * dpr);
      const h = dpr === size.dpr ? Math.max(size.h, Math.round(s.height * dpr)) : Math.round(s.height * dpr);
      if (w !== size.w || h !== size.h) [canvas.width, canvas.height, size] = [w, h, { w, h, dpr }];
      else ctx.clearRect(0, 0, w, h);
      canvas.style.width = `${s.width}px`;
      canvas.style.height = `${s.height}px`;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      s.paint(ctx, look, dpr);
    });

    const answer = (e: Event) => {
      const request = (e as CustomEvent<RepaintRequest>).detail;
      const s = current;
      if (!s || !look || !size.dpr) return;
      const [width, height] = [s.width, s.height];
      const copy = Object.assign(document.createElement('canvas'), { width: Math.round(width * request.ratio), height: Math.round(height * request.ratio) });
      const c = copy.getContext('2d')!;
      c.setTransform(request.ratio, 0, 0, request.ratio, 0, 0);
      s.paint(c, look, request.ratio);
      request.canvas = copy;
    };
    canvas.addEventListener('pt-repaint', answer);
    return () => {
      canvas.removeEventListener('pt-repaint', answer);
      observer.disconnect();
      probe.remove();
    };
  };
}
