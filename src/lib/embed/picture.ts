/**
 * A picture (PNG) of a page as it is laid out: the Embed dialog's preview frame, so the
 * newsroom's fallback picture shows the configured view (title, chart with its axis and dates,
 * key, credit) at the previewed width and in the article's language.
 *
 * The browser cannot photograph a page, but it can draw an SVG image whose <foreignObject>
 * holds HTML. So the frame's DOM is copied into one with its stylesheets (`:root` rewritten as
 * `html`: inside the image the root is the <svg>), the fonts its text uses as data: URLs and
 * its canvases as images, and that SVG is drawn on a canvas. Everything comes from the page's
 * own origin; nothing is sent anywhere. DOM code, tested in the browser (tests/e2e/embed.spec.ts).
 */
import { embeddedFonts, svgToPng } from '../present/svg-export';
import { firstFamily } from '../present/font-faces';

/** The page's CSS as text, without its @font-face rules (their relative URLs cannot load in an image). */
function pageCss(doc: Document): string {
  const parts: string[] = [];
  for (const sheet of doc.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's stylesheet: not ours to read
    }
    for (const rule of rules) if (!(rule instanceof CSSFontFaceRule)) parts.push(rule.cssText);
  }
  return parts.join('\n').replace(/:root\b/g, 'html');
}

/** What places a canvas in its layer: copied onto the image that stands in for it. */
const CANVAS_BOX = ['position', 'top', 'left', 'right', 'bottom', 'width', 'height', 'z-index', 'display', 'transform', 'margin', 'opacity'];

/** The copy, made to stand alone: no scripts or links, canvases as images, form values written out. */
function standaloneCopy(doc: Document, css: string): HTMLElement {
  const copy = doc.documentElement.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('script, link, noscript, iframe')) el.remove();
  const canvases = doc.querySelectorAll('canvas');
  copy.querySelectorAll('canvas').forEach((c, i) => {
    const img = doc.createElement('img');
    try {
      img.src = canvases[i].toDataURL('image/png');
    } catch {
      return; // a canvas with another origin's pixels cannot be read; leave it blank
    }
    // Its place comes from the page's CSS for a canvas (scoped to `canvas`): written out instead.
    const cs = getComputedStyle(canvases[i]);
    img.setAttribute('style', CANVAS_BOX.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
    c.replaceWith(img);
  });
  const inputs = doc.querySelectorAll('input');
  copy.querySelectorAll('input').forEach((input, i) => {
    input.setAttribute('value', inputs[i].value);
    if (inputs[i].checked) input.setAttribute('checked', '');
  });
  const style = doc.createElement('style');
  style.textContent = css;
  copy.querySelector('head')?.append(style);
  return copy;
}

export interface Picture {
  blob: Blob;
  /** CSS pixels; the PNG has `scale` times as many. */
  width: number;
  height: number;
}

/** The page in `doc` as a PNG, as wide as its viewport and as tall as its content. */
export async function pagePicture(doc: Document, scale = 2): Promise<Picture> {
  const root = doc.documentElement;
  const width = Math.ceil(root.clientWidth);
  const height = Math.ceil(root.getBoundingClientRect().height);
  const win = doc.defaultView!;
  const weights = new Set<string>();
  for (const el of doc.body.querySelectorAll('*')) if (el.childElementCount === 0 && el.textContent?.trim()) weights.add(win.getComputedStyle(el).fontWeight);
  const families = win.getComputedStyle(doc.body).fontFamily.split(',').map(firstFamily);
  const fonts = await embeddedFonts(families, doc.body.textContent ?? '', weights);
  const copy = standaloneCopy(doc, `${fonts}\n${pageCss(doc)}`);
  copy.style.setProperty('width', `${width}px`);
  // A picture has no article behind it: it keeps the theme's background.
  copy.dataset.transparent = 'false';
  const xhtml = new XMLSerializer().serializeToString(copy);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><foreignObject x="0" y="0" width="${width}" height="${height}">${xhtml}</foreignObject></svg>`;
  return { blob: await svgToPng({ text: svg, width, height }, scale), width, height };
}
