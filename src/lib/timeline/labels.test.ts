import { describe, expect, it } from 'vitest';
import { shortLabel, textMeasurer } from './labels';

describe('shortLabel(title, max)', () => {
  it.each([
    ['Moscow meeting', 'Moscow meeting'],
    ['Witkoff in Moscow to bring Marc Fogel home; first reported contact with Putin', 'Witkoff in Moscow to bring Marc Fogel…'],
    ['Trump–Putin call: ceasefire on energy', 'Trump–Putin call'],
    ['ويتكوف في موسكو لإعادة مارك فوغل، وتقارير عن أول تواصل مع بوتين', 'ويتكوف في موسكو لإعادة مارك فوغل…'],
    ['محادثات جدة؛ وقف لإطلاق النار', 'محادثات جدة'],
    ['Averyveryveryverylongsingleworldthatcannotbecutatspaces', 'Averyveryveryverylongsingleworldthatcan…'],
  ])('%s', (title, expected) => {
    expect(shortLabel(title)).toBe(expected);
    expect(shortLabel(title).length).toBeLessThanOrEqual(40);
  });
});

describe('textMeasurer(font)', () => {
  it('estimates without a canvas and caches', () => {
    const m = textMeasurer('12px sans-serif');
    expect(m('abcd')).toBeCloseTo(25.6);
    expect(m('abcd')).toBe(m('abcd'));
  });
});
