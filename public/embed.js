// Peace talks timeline host script; protocol: docs/EMBEDDING.md. Sizes each
// iframe[data-peace-talks-embed] to the height its page reports; PeaceTalksEmbed.setTheme().
(function () {
  'use strict';
  /** @type {Window & { PeaceTalksEmbed?: { setTheme(theme: string): void } }} */
  const w = window;
  if (w.PeaceTalksEmbed) return; // pasted twice on one page

  /** @returns {HTMLIFrameElement[]} */
  const frames = () => Array.prototype.slice.call(document.querySelectorAll('iframe[data-peace-talks-embed]'));

  /** @param {unknown} data @returns {number} NaN if not a size message */
  const heightOf = (data) => {
    if (typeof data === 'string') {
      const m = /^pymxPYMx[\w:.-]+xPYMxheightxPYMx(\d{1,6})$/.exec(data);
      return m ? Number(m[1]) : NaN;
    }
    const d = /** @type {{ sentinel?: unknown, type?: unknown, height?: unknown }} */ (data);
    return d && d.sentinel === 'amp' && d.type === 'embed-size' && typeof d.height === 'number' ? d.height : NaN;
  };

  // The last theme setTheme was given. A frame's page listens to its host only from its first
  // height report (its listener comes with its first view), so a theme set before then would be
  // lost: it is sent again at the first report of each page a frame loads.
  /** @type {string | null} */
  let theme = null;
  /** @type {WeakSet<HTMLIFrameElement>} frames whose current page has reported a height */
  const heard = new WeakSet();

  w.addEventListener('message', (e) => {
    const h = heightOf(e.data);
    if (!(h >= 1 && h <= 100000)) return;
    // Only a frame's own page may size it: not this page, not another frame.
    frames().forEach((f) => {
      if (!e.source || f.contentWindow !== e.source) return;
      f.style.height = Math.ceil(h) + 'px';
      if (heard.has(f)) return;
      heard.add(f);
      if (theme) send(f, { type: 'peace-talks:theme', theme: theme });
    });
  });

  /** @param {HTMLIFrameElement} f @param {object} message */
  const send = (f, message, origin = new URL(f.src, location.href).origin) => {
    // An opaque origin (about:blank, data:) reads "null", which postMessage throws on: such a
    // frame is not the app, and the frames after it must still get the message.
    if (f.contentWindow && origin !== 'null') f.contentWindow.postMessage(message, origin);
  };
  // A frame may have reported before this async script ran: ask again, now and on each load
  // ('*': it may still be about:blank, and the ask carries nothing). A load is a new page.
  frames().forEach((f) => {
    const ask = () => send(f, { type: 'peace-talks:measure' }, '*');
    ask();
    f.addEventListener('load', () => (heard.delete(f), ask()));
  });

  w.PeaceTalksEmbed = {
    setTheme: (t) => {
      theme = t;
      frames().forEach((f) => send(f, { type: 'peace-talks:theme', theme: t }));
    },
  };
})();
