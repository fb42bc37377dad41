import { describe, expect, it } from 'vitest';
import { foldText } from './normalize';

describe('foldText(text)', () => {
  it.each([
    ['أوميروف', 'اوميروف'],
    ['إيمانويل', 'ايمانويل'],
    ['آل نهيان', 'ال نهيان'],
    ['مُحَمَّد', 'محمد'],
    ['مـــحـمـد', 'محمد'],
    ['القمة', 'القمه'],
    ['موسكى', 'موسكي'],
    ['مسؤول', 'مسوول'],
    ['٢٠٢٥', '2025'],
    ['Zelenskyy  ÉLYSÉE', 'zelenskyy elysee'],
    ['Erdoğan', 'erdogan'],
    ['\u202Eabc\u202C', 'abc'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('makes spelling variants meet', () => {
    expect(foldText('رستم أوميروف').includes(foldText('اوميروف'))).toBe(true);
    expect(foldText('بالغ الفائدة')).toBe(foldText('بالغ الفائده'));
  });
});
