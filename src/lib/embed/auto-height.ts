/**
 * Auto-height for embeds: the page inside a newsroom's iframe tells its host how tall it is, so
 * the frame grows and shrinks with the content instead of scrolling inside a fixed box.
 * It speaks the dialects hosts already understand:
 *  - AMP's `<amp-iframe resizable>` (also read by our host script, public/embed.js):
 *    `{ sentinel: 'amp', type: 'embed-size', height }`
 *  - Pym.js, when the URL carries Pym's `childId`: `'pymxPYMx<id>xPYMxheightxPYMx<h>'`
 * and it accepts two messages, only from its parent window (protocol in docs/EMBEDDING.md):
 *  - `{ type: 'peace-talks:theme', theme: 'light' | 'dark' | 'auto' }` switches the theme;
 *  - `{ type: 'peace-talks:measure' }` asks for the height again, for a host script that
 *    started listening after the first report (it loads `async`, so it may be late).
 *
 * Everything but `startEmbedChild` is pure and unit-tested.
 */
import { THEMES, type Theme } from '../state/params';

export interface AmpSizeMessage {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
}
export type SizeMessage = AmpSizeMessage | string;

/**
 * Pym's child id from the query, if it is safe to put inside Pym's `xPYMx`-delimited string.
 * Read it once at start-up: the URL sync drops parameters it does not own from the address.
 */
export function pymChildId(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id && /^[A-Za-z0-9_:.-]{1,100}$/.test(id) && !id.includes('xPYMx') ? id : null;
}

/** The messages that announce a height, rounded up so the frame never cuts off a last pixel. */
export function sizeMessages(height: number, childId: string | null): SizeMessage[] {
  const h = Math.ceil(height);
  const messages: SizeMessage[] = [{ sentinel: 'amp', type: 'embed-size', height: h }];
  if (childId) messages.push(`pymxPYMx${childId}xPYMxheightxPYMx${h}`);
  return messages;
}

/**
 * A reporter that posts only when the integer height changed (a ResizeObserver fires for width
 * changes and sub-pixel jitter too), unless asked to repeat itself.
 */
export function heightReporter(post: (message: SizeMessage) => void, childId: string | null): (height: number, force?: boolean) => void {
  let last: number | null = null;
  return (height, force = false) => {
    const h = Math.ceil(height);
    if (!Number.isFinite(h) || h <= 0 || (h === last && !force)) return;
    last = h;
    for (const m of sizeMessages(h, childId)) post(m);
  };
}

/**
 * The height a size message announces (either dialect), or null: what a host reads, here for
 * the Embed dialog's preview (public/embed.js, which cannot import, does the same in plain JS).
 */
export function parseSizeMessage(data: unknown): number | null {
  let h = NaN;
  if (typeof data === 'string') {
    const m = /^pymxPYMx[\w:.-]+xPYMxheightxPYMx(\d{1,6})$/.exec(data);
    if (m) h = Number(m[1]);
  } else if (typeof data === 'object' && data !== null) {
    const d = data as { sentinel?: unknown; type?: unknown; height?: unknown };
    if (d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number') h = d.height;
  }
  return h >= 1 && h <= 100_000 ? Math.ceil(h) : null;
}

export type HostMessage = { type: 'peace-talks:theme'; theme: Theme } | { type: 'peace-talks:measure' };

/** Validates a message from the host: exactly one of the documented shapes, or null. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return null;
  const record = data as Record<string, unknown>;
  const keys = Object.keys(record).sort().join(',');
  if (record.type === 'peace-talks:theme' && keys === 'theme,type' && (THEMES as readonly unknown[]).includes(record.theme)) {
    return { type: 'peace-talks:theme', theme: record.theme as Theme };
  }
  if (record.type === 'peace-talks:measure' && keys === 'type') return { type: 'peace-talks:measure' };
  return null;
}

/** The height of the content, not of the frame: the root element's box grows with its content only. */
export function contentHeight(doc: Document): number {
  return doc.documentElement.getBoundingClientRect().height;
}

/**
 * Resolves once the content's height has been the same for two frames in a row (a chart drawn
 * to its measured width, labels placed after fonts), or after `limit` frames at the latest.
 */
export function settled(win: Window, limit = 60): Promise<void> {
  return new Promise((resolve) => {
    let last = -1;
    let same = 0;
    let frames = 0;
    const tick = () => {
      const h = Math.ceil(contentHeight(win.document));
      same = h === last ? same + 1 : 0;
      last = h;
      if (same >= 2 || ++frames >= limit) resolve();
      else win.requestAnimationFrame(tick);
    };
    win.requestAnimationFrame(tick);
  });
}

/**
 * Starts listening for the parent's messages at once and, from when `ready` resolves (the
 * first view is laid out) and the fonts and layout have settled, reporting this page's height.
 * So the host hears one height for the first view, never the loading message's.
 * Call only when embedded (`window.parent !== window`). Returns a function that stops both.
 */
export function startEmbedChild(win: Window, options: { childId: string | null; ready: Promise<unknown>; onTheme: (theme: Theme) => void }): () => void {
  const doc = win.document;
  // targetOrigin '*': a public embed cannot know which newsroom hosts it, and the message says
  // nothing but a height in pixels, which any host can see anyway. No data ever goes this way.
  const report = heightReporter((m) => win.parent.postMessage(m, '*'), options.childId);
  let started = false;
  let stopped = false;
  const measure = (force = false) => started && report(contentHeight(doc), force);
  const observer = new ResizeObserver(() => measure());
  void options.ready
    .then(() => doc.fonts?.ready)
    .then(() => settled(win))
    .then(() => {
      if (stopped) return;
      started = true;
      observer.observe(doc.documentElement);
      observer.observe(doc.body);
      measure();
    });

  // Only the parent may steer the embed: another frame on the page, or the page inside the
  // frame itself, is ignored, whatever it sends.
  const onMessage = (e: MessageEvent) => {
    if (e.source !== win.parent) return;
    const message = parseHostMessage(e.data);
    if (message?.type === 'peace-talks:theme') options.onTheme(message.theme);
    else if (message?.type === 'peace-talks:measure') measure(true);
  };
  win.addEventListener('message', onMessage);
  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
