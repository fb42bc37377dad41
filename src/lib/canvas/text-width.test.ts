import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** The module with a fake page: fonts that can finish loading, a canvas whose widths we set. */
async function page() {
  const fonts = new EventTarget();
  const canvas = { font: '', width: 10, fonts: [] as string[] };
  const ctx = {
    set font(f: string) {
      canvas.fonts.push(f);
    },
    measureText: () => ({ width: canvas.width }),
  };
  vi.stubGlobal('document', { fonts, createElement: () => ({ getContext: () => ctx }) });
  vi.resetModules();
  return { fonts, canvas, ...(await import('./text-width.svelte')) };
}

describe('textWidth and textMeasurer', () => {
  it('measure once per font and string, and again once web fonts have loaded', async () => {
    const { fonts, canvas, textWidth } = await page();
    expect(textWidth('Kyiv', '500 12px Plex')).toBe(10);
    canvas.width = 20;
    expect(textWidth('Kyiv', '500 12px Plex')).toBe(10);
    expect(textWidth('Kyiv', '700 12px Plex')).toBe(20);
    canvas.width = 30;
    fonts.dispatchEvent(new Event('loadingdone'));
    expect(textWidth('Kyiv', '500 12px Plex')).toBe(30);
  });

  it('set the canvas font only when it changes', async () => {
    const { canvas, textMeasurer } = await page();
    const measure = textMeasurer('700 11px Plex');
    ['a', 'b', 'c'].forEach(measure);
    textMeasurer('500 11px Plex')('a');
    expect(canvas.fonts).toEqual(['700 11px Plex', '500 11px Plex']);
  });

  it('estimate by the font size without a canvas', async () => {
    vi.resetModules();
    const { textWidth } = await import('./text-width.svelte');
    expect(textWidth('abcd', '12px sans-serif')).toBeCloseTo(26.4);
    expect(textWidth('abcd', '700 24px sans-serif')).toBeCloseTo(52.8);
  });
});
