/**
 * An exported chart framed for a slide or a page: a title and the filters in words above it; a
 * key, the credit/source line and the date of the data below it. A chart pasted into slides
 * travels without the page around it, so the file itself says what it shows and where it comes
 * from. Lines wrap to the chart's width (measured with the app's font, which is loaded in the
 * page and embedded in the file by svg-export.ts). DOM code, tested in the browser
 * (tests/e2e/present.spec.ts).
 */
import type { ExportedSvg } from './svg-export';

export interface FrameText {
  title: string;
  shown: string;
  /** The colours of the chart and what they mean. */
  key: { label: string; colour: string }[];
  credit: string;
  date: string;
  dir: 'ltr' | 'rtl';
  lang: string;
  font: string;
  colour: string;
  background: string;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const SIZES = { title: 22, shown: 14, key: 14, credit: 12 } as const;

/** Greedy word wrap of `text` into lines no wider than `width` at `size` px. */
function wrap(text: string, size: number, weight: number, font: string, width: number): string[] {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `${weight} ${size}px "${font}"`;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** All the text a frame adds, for choosing the font files to embed. */
export const frameText = (f: FrameText) => [f.title, f.shown, f.credit, f.date, ...f.key.map((k) => k.label)].join(' ');

/** `chart` inside a frame of `f`; the chart keeps its size, the file grows by the frame. */
export function framedSvg(chart: ExportedSvg, f: FrameText): ExportedSvg {
  const parsed = new DOMParser().parseFromString(chart.text, 'image/svg+xml').documentElement;
  const width = Math.max(chart.width, 480);
  const inner = width - PAD * 2;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  // The reading edge: right in Arabic.
  const x = f.dir === 'rtl' ? width - PAD : PAD;
  const textAttrs = (size: number, weight: number, y: number) => ({ x, y, 'font-size': size, 'font-weight': weight, 'font-family': `"${f.font}", sans-serif`, fill: f.colour, direction: f.dir, 'text-anchor': 'start' });

  const parts: SVGElement[] = [];
  let y = PAD;
  const lines = (text: string, size: number, weight: number, role: string) => {
    for (const line of wrap(text, size, weight, f.font, inner)) {
      y += size * 1.25;
      parts.push(el('text', { ...textAttrs(size, weight, y), 'data-frame': role }, line));
    }
    y += size * 0.35;
  };
  lines(f.title, SIZES.title, 600, 'title');
  lines(f.shown, SIZES.shown, 400, 'shown');
  y += PAD / 2;

  // The chart, with its own fonts moved up to the frame so one <style> serves both.
  const style = parsed.querySelector(':scope > style');
  const chartAt = y;
  parsed.setAttribute('x', '0');
  parsed.setAttribute('y', String(chartAt));
  if (width > chart.width) parsed.setAttribute('x', String((width - chart.width) / 2));
  y += chart.height + PAD;

  // The key: a swatch and a label per colour, flowing along the reading direction.
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.font = `400 ${SIZES.key}px "${f.font}"`;
  let along = 0;
  y += SIZES.key;
  for (const k of f.key) {
    const w = SIZES.key + 6 + ctx.measureText(k.label).width + 18;
    if (along && along + w > inner) {
      along = 0;
      y += SIZES.key * 1.5;
    }
    const at = f.dir === 'rtl' ? width - PAD - along : PAD + along;
    const sx = f.dir === 'rtl' ? at - SIZES.key : at;
    parts.push(el('rect', { x: sx, y: y - SIZES.key * 0.85, width: SIZES.key, height: SIZES.key, rx: 2, fill: k.colour, 'data-frame': 'swatch' }));
    parts.push(el('text', { ...textAttrs(SIZES.key, 400, y), x: f.dir === 'rtl' ? at - SIZES.key - 6 : at + SIZES.key + 6, 'data-frame': 'key' }, k.label));
    along += w;
  }
  y += SIZES.key * 0.6;
  lines(f.credit, SIZES.credit, 400, 'credit');
  lines(f.date, SIZES.credit, 400, 'date');
  const height = Math.ceil(y + PAD / 2);

  Object.entries({ xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, lang: f.lang, direction: f.dir }).forEach(([k, v]) => root.setAttribute(k, String(v)));
  if (style) root.append(style);
  root.append(el('rect', { x: 0, y: 0, width, height, fill: f.background }));
  root.append(...parts, doc.importNode(parsed, true));
  return { text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`, width, height };
}
