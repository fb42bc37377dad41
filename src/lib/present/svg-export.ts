/**
 * The chart on screen as a standalone SVG file, and that file as a PNG.
 *
 * An <svg> in the page gets its look from the page's stylesheets, custom properties and web
 * font; a copy opened elsewhere has none of them. So the copy carries, on every element, the
 * computed values of the properties that draw (fills, strokes, type), a background, and the
 * font files its text needs as data: URLs. DOM code, tested in the browser (tests/e2e/present.spec.ts).
 */
import { coversAny, firstFamily, matchWeight, parseUnicodeRange, woff2Url } from './font-faces';
import { repainted } from './repaint';

/**
 * Computed properties copied onto each element: what decides how SVG marks and text look. All
 * but opacity are inherited, so an element only carries the ones that differ from its parent's
 * (a chart of a few hundred marks would otherwise repeat them hundreds of times).
 */
const PROPS = [
  'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray',
  'stroke-linecap', 'stroke-linejoin', 'opacity', 'font-family', 'font-size', 'font-weight', 'font-style',
  'text-anchor', 'dominant-baseline', 'letter-spacing', 'paint-order', 'visibility', 'direction',
] as const;
const NOT_INHERITED: Partial<Record<(typeof PROPS)[number], string>> = { opacity: '1' };

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Characters XML 1.0 cannot hold, which the serializer writes as they are (a NUL from data made
 * the whole file unreadable): C0 controls but tab and line breaks, U+FFFE/F, lone surrogates. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * The chart the reader is looking at: the largest <svg> in the main area big enough to be a
 * chart (not an icon). Views without one (list, table) fall back to the handout's mini-timeline,
 * which is in the page while printing or exporting (see printing.svelte.ts).
 */
export function findChartSvg(doc: Document = document): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of doc.querySelectorAll<SVGSVGElement>('main svg')) {
    if (svg.closest('.handout') || svg.parentElement?.closest('svg')) continue;
    const r = svg.getBoundingClientRect();
    if (r.width < 160 || r.height < 60) continue;
    if (r.width * r.height > bestArea) [best, bestArea] = [svg, r.width * r.height];
  }
  return best ?? doc.querySelector<SVGSVGElement>('.handout svg[data-mini-timeline]');
}

function size(svg: SVGSVGElement): { width: number; height: number; box: [number, number, number, number] } {
  const vb = svg.viewBox.baseVal;
  const r = svg.getBoundingClientRect();
  const width = r.width || vb?.width || Number(svg.getAttribute('width')) || 600;
  const height = r.height || vb?.height || Number(svg.getAttribute('height')) || 200;
  const box: [number, number, number, number] = vb && vb.width ? [vb.x, vb.y, vb.width, vb.height] : [0, 0, width, height];
  return { width: Math.round(width), height: Math.round(height), box };
}

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

/**
 * @font-face rules, with data: URLs, for the faces of `families` (the page's font stack: Arabic,
 * then Hebrew, then Cyrillic) that `text` in `weights` needs.
 */
export async function embeddedFonts(families: string[], text: string, weights: Set<string>): Promise<string> {
  const faces: { family: string; weight: number; range: string; url: string }[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet: not ours to read
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const s = rule.style;
      const url = woff2Url(s.getPropertyValue('src'));
      const family = firstFamily(s.getPropertyValue('font-family'));
      if (!url || !families.includes(family)) continue;
      const range = s.getPropertyValue('unicode-range');
      faces.push({ family, weight: Number(s.getPropertyValue('font-weight')) || 400, range, url: new URL(url, sheet.href ?? document.baseURI).href });
    }
  }
  // The faces the browser draws these weights with (a 500 label uses the 400 face when no 500 is loaded).
  const available = [...new Set(faces.map((f) => f.weight))];
  const used = new Set([...weights].map((w) => matchWeight(Number(w) || 400, available)));
  const needed = faces.filter((f) => used.has(f.weight) && coversAny(parseUnicodeRange(f.range), text));
  const rules = await Promise.all(
    needed.map(async (f) => `@font-face{font-family:"${f.family}";font-style:normal;font-weight:${f.weight};src:url(${await dataUrl(f.url)}) format("woff2");${f.range ? `unicode-range:${f.range};` : ''}}`),
  );
  return rules.join('\n');
}

/** Same-document references (`url(#id)`, `href="#id"`) may be written as absolute URLs once computed. */
const URL_REF = /url\(\s*["']?[^#"')]*#([^"')\s]+)["']?\s*\)/g;
const localRefs = (text: string) => text.replace(URL_REF, 'url(#$1)');

/**
 * Copies the computed drawing properties of `original` and its descendants onto `copy` (same
 * shape), and drops what is not displayed. Returns the font weights its text uses.
 */
function inlineStyles(original: Element, copy: Element): Set<string> {
  const originals = [original, ...original.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  const weights = new Set<string>();
  const dropped: Element[] = [];
  const values = new Map<Element, string[]>();
  originals.forEach((el, i) => {
    const cs = getComputedStyle(el);
    const target = copies[i];
    // Hidden on screen (a hover layer, a closed tooltip) stays out of the file.
    if (el !== original && cs.display === 'none') return void dropped.push(target);
    const own = PROPS.map((p) => cs.getPropertyValue(p));
    values.set(el, own);
    const parent = el === original ? undefined : values.get(el.parentElement!);
    const style = PROPS.flatMap((p, k) => {
      const skip = p in NOT_INHERITED ? own[k] === NOT_INHERITED[p] : parent?.[k] === own[k];
      return skip ? [] : [`${p}:${own[k]}`];
    });
    if (style.length) target.setAttribute('style', localRefs(style.join(';')));
    else target.removeAttribute('style');
    if (el instanceof SVGTextElement || el instanceof SVGTSpanElement) weights.add(cs.fontWeight);
  });
  for (const el of dropped) el.remove();
  return weights;
}

/** The attributes that can refer to a definition; text ones (aria-label, a title) never do. */
const REF_ATTRS = new Set(['href', 'fill', 'stroke', 'clip-path', 'mask', 'filter', 'marker-start', 'marker-mid', 'marker-end', 'style']);

/** Ids an attribute refers to (`href="#id"`, `url(#id)`), or none when it cannot refer to anything. */
export function referencedIds(name: string, value: string): string[] {
  if (!REF_ATTRS.has(name)) return [];
  if (name === 'href') return value.startsWith('#') ? [value.slice(1)] : [];
  return [...value.matchAll(URL_REF)].map((m) => m[1]);
}

/**
 * Patterns, clip paths and symbols the chart refers to but keeps in another <svg> beside it (the
 * timeline's shared <defs>), copied in so the file stands alone. Only children of a <defs> in the
 * chart's own section are candidates, never any element of the document: an event titled
 * `url(#app)` once copied the whole page into the file.
 */
function copyReferencedDefs(svg: SVGSVGElement, copy: SVGSVGElement): void {
  const pool = new Map<string, Element>();
  for (const d of (svg.closest('section') ?? svg).querySelectorAll('defs')) for (const el of d.children) if (el.id) pool.set(el.id, el);
  const defs = document.createElementNS(SVG_NS, 'defs');
  for (let round = 0; round < 3; round++) {
    const have = new Set([...copy.querySelectorAll('[id]')].map((e) => e.id));
    const wanted = new Set<string>();
    for (const el of [copy, ...copy.querySelectorAll('*')]) for (const attr of el.attributes) for (const id of referencedIds(attr.localName, attr.value)) wanted.add(id);
    const found = [...wanted].filter((id) => !have.has(id) && pool.has(id)).map((id) => pool.get(id)!);
    if (!found.length) break;
    for (const el of found) {
      const c = el.cloneNode(true) as Element;
      inlineStyles(el, c);
      defs.append(c);
    }
    if (!defs.parentNode) copy.prepend(defs);
  }
}

/**
 * Canvases layered with the chart (a network draws its many lines on one, under the SVG; a
 * crowded timeline its marks), as images at the same place, so the file shows what the screen
 * shows: painted again at `ratio` pixels per CSS px where their owner can (repaint.ts), so a
 * 2x export is as sharp as its SVG parts. A hidden canvas (kept for later) is left out.
 */
function copyCanvases(svg: SVGSVGElement, copy: SVGSVGElement, box: [number, number, number, number], ratio: number): void {
  const at = svg.getBoundingClientRect();
  const scale = at.width ? box[2] / at.width : 1;
  const canvases = [...(svg.parentElement?.querySelectorAll<HTMLCanvasElement>(':scope > canvas') ?? [])];
  for (const canvas of canvases.reverse()) {
    const r = canvas.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    let href: string;
    try {
      href = repainted(canvas, ratio).toDataURL('image/png');
    } catch {
      continue; // a canvas with another origin's pixels cannot be read; leave it out
    }
    const image = document.createElementNS(SVG_NS, 'image');
    Object.entries({ href, x: box[0] + (r.left - at.left) * scale, y: box[1] + (r.top - at.top) * scale, width: r.width * scale, height: r.height * scale }).forEach(([k, v]) =>
      image.setAttribute(k, String(v)),
    );
    copy.prepend(image);
  }
}

export interface ExportedSvg {
  text: string;
  width: number;
  height: number;
}

/**
 * A standalone copy of `svg`: computed styles inlined, a background, the web font embedded, and
 * the canvases under it as images of `ratio` pixels per CSS px (2: sharp in the 2x PNG).
 * `extraText` is text that will be drawn around the chart (export-frame.ts), in regular and
 * semibold type: its characters are embedded too.
 */
export async function standaloneSvg(svg: SVGSVGElement, ratio = 2, extraText = ''): Promise<ExportedSvg> {
  const { width, height, box } = size(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const weights = inlineStyles(svg, copy);
  if (extraText) ['400', '600'].forEach((w) => weights.add(w));
  copyReferencedDefs(svg, copy);
  copyCanvases(svg, copy, box, ratio);

  const root = getComputedStyle(svg);
  copy.setAttribute('xmlns', SVG_NS);
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', box.join(' '));
  copy.removeAttribute('class');
  const background = document.createElementNS(SVG_NS, 'rect');
  const [x, y, w, h] = box;
  Object.entries({ x, y, width: w, height: h, fill: getComputedStyle(document.documentElement).backgroundColor }).forEach(([k, v]) =>
    background.setAttribute(k, String(v)),
  );
  copy.prepend(background);

  const families = root.fontFamily.split(',').map(firstFamily);
  const fonts = weights.size ? await embeddedFonts(families, (svg.textContent ?? '') + extraText, weights) : '';
  if (fonts) {
    const style = document.createElementNS(SVG_NS, 'style');
    style.textContent = fonts;
    copy.prepend(style);
  }
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy).replace(NOT_XML, '')}`;
  return { text, width, height };
}

/**
 * The SVG drawn at `scale` times its size (2 by default: sharp on slides and in print).
 *
 * Chromium decodes an SVG image before the fonts embedded in it are ready, and draws its text
 * only once they are: drawn at once, the PNG had every mark and no word. So it is drawn again
 * until two draws a frame apart give the same pixels (after at least 150 ms; 3 s at most).
 * From a data: URL, not a blob: one: Chrome taints a canvas drawn from a blob: SVG that holds
 * HTML (an embed's picture, embed/picture.ts), and a tainted canvas cannot be saved.
 */
export async function svgToPng({ text, width, height }: ExportedSvg, scale = 2): Promise<Blob> {
  {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const draw = () => {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.scale(scale, scale);
      ctx.drawImage(img, 0, 0, width, height);
      return checksum(ctx.getImageData(0, 0, canvas.width, canvas.height).data);
    };
    const start = performance.now();
    let last = draw();
    for (let same = 0; same < 2 && performance.now() - start < 3000; ) {
      await new Promise((r) => setTimeout(r, 50));
      const now = draw();
      same = now === last && performance.now() - start >= 150 ? same + 1 : 0;
      last = now;
    }
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob gave nothing'))), 'image/png'));
  }
}

/** A cheap fingerprint of pixels: enough to tell whether a redraw changed anything. */
function checksum(data: Uint8ClampedArray): number {
  let h = 0;
  for (let i = 0; i < data.length; i += 7) h = (h * 31 + data[i]) | 0;
  return h;
}
