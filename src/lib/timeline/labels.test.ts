import { describe, expect, it } from 'vitest';
import { fitLabel } from './labels';

/** 6 px a character: widths the test can read off. */
const mono = (text: string) => text.length * 6;

describe('fitLabel(title, max, measure)', () => {
  it.each([
    ['Moscow meeting', 240, 'Moscow meeting'],
    ['Ushakov: the talks in the Kremlin were useful', 240, 'Ushakov: the talks in the Kremlin were…'],
    ['Ushakov: the talks in the Kremlin were useful', 90, 'Ushakov: the…'],
    ['Miami: Umerov and Witkoff continue talks; a third day', 120, 'Miami: Umerov and…'],
    ['Trump–Putin call: ceasefire on energy', 120, 'Trump–Putin call…'],
    ['ويتكوف في موسكو لإعادة مارك فوغل، وتقارير عن أول تواصل مع بوتين', 200, 'ويتكوف في موسكو لإعادة مارك فوغل…'],
    ['Averyveryveryverylongsingleworldthatcannotbecutatspaces', 60, 'Averyveryveryverylongsingleworldthatcannotbecutatspaces…'],
  ])('%s in %d px', (title, max, expected) => {
    expect(fitLabel(title, max, mono)).toBe(expected);
  });
  it('keeps whole words and fits the room whenever one word does', () => {
    const title = 'Witkoff in Moscow to bring Marc Fogel home; first reported contact with Putin';
    for (let max = 60; max < 500; max += 7) {
      const label = fitLabel(title, max, mono);
      expect(mono(label)).toBeLessThanOrEqual(max);
      const words = label.replace(/…$/u, '').split(' ');
      for (const [i, w] of words.entries()) expect(title.split(' ')[i].startsWith(w)).toBe(true);
    }
  });
});
