/**
 * A reader on a mid-range phone opening the bundled dataset inside an article: a 390x844
 * mobile viewport, the CPU slowed 4x and the connection throttled to 1.6 Mbps down / 750 kbps
 * up with a 150 ms round trip (Lighthouse's "slow 4G" profile). Measured: the first complete
 * view, the total blocking time before it (the sum of every long task's time over 50 ms), and
 * the JS, CSS and font bytes fetched before it, per kind, so a font that a page in one script
 * does not need shows. Complete is drawn (`pt:rendered:<view>`) and in its own type: the fonts
 * are `font-display: swap`, so a view drawn before the fonts it asked for have arrived shows a
 * fallback face first and moves when they come, and is complete only then.
 */
import type { Browser } from './cdp';

export const PHONE = { width: 390, height: 844, cpuSlowdown: 4, latencyMs: 150, downKbps: 1600, upKbps: 750 } as const;

export interface PhoneResult {
  /** The first view complete: drawn, and the fonts it asked for arrived (the later of the two). */
  completeMs: number;
  /** The first view drawn (`pt:rendered:<view>`), perhaps in a fallback face. */
  renderedMs: number;
  /** When the last font the first view asked for had arrived (0: none). */
  fontsMs: number;
  totalBlockingMs: number;
  longTasks: number;
  /** Transferred bytes (gzip as sent) before the first view, by kind. */
  kb: { js: number; css: number; font: number; data: number };
  fonts: string[];
}

export async function measurePhone(browser: Browser, url: string): Promise<PhoneResult> {
  const page = await browser.newPage({ width: PHONE.width, height: PHONE.height, mobile: true, deviceScaleFactor: 3 });
  try {
    await page.cdp.send('Network.enable');
    await page.cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: (PHONE.downKbps * 1000) / 8,
      uploadThroughput: (PHONE.upKbps * 1000) / 8,
    });
    await page.cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
    // Long tasks from the very start of the page, before any of its own script runs.
    await page.cdp.send('Page.enable');
    await page.cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: `window.__longTasks = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });`,
    });
    await page.goto(url);
    await page.waitFor(`document.documentElement.dataset.rendered`, 60_000);
    return await page.evaluate<PhoneResult>(`(() => {
      const view = document.documentElement.dataset.rendered;
      const renderedMs = performance.getEntriesByName('pt:rendered:' + view)[0]?.startTime ?? NaN;
      const before = window.__longTasks.filter(([start]) => start < renderedMs);
      const kb = { js: 0, css: 0, font: 0, data: 0 };
      const fonts = [];
      let fontsMs = 0;
      for (const r of performance.getEntriesByType('resource')) {
        if (r.startTime >= renderedMs) continue;
        const path = new URL(r.name).pathname;
        const kind = /\\.js$/.test(path) ? 'js' : /\\.css$/.test(path) ? 'css' : /\\.woff2?$/.test(path) ? 'font' : /\\.json$/.test(path) ? 'data' : null;
        if (!kind) continue;
        kb[kind] += r.transferSize / 1024;
        if (kind === 'font') {
          fonts.push(path.split('/').pop());
          fontsMs = Math.max(fontsMs, r.responseEnd);
        }
      }
      return { completeMs: Math.max(renderedMs, fontsMs), renderedMs, fontsMs, totalBlockingMs: before.reduce((s, [, d]) => s + Math.max(0, d - 50), 0), longTasks: before.length, kb, fonts };
    })()`);
  } finally {
    await page.close();
  }
}
