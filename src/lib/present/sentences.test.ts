import { describe, expect, it } from 'vitest';
import { sentences } from './sentences';

describe('sentences(text, lang)', () => {
  it.each([
    ['en', 'Talks began. They ended late! Was it a deal? No.', ['Talks began. ', 'They ended late! ', 'Was it a deal? ', 'No.']],
    ['en', 'One sentence only', ['One sentence only']],
    ['ar', 'بدأت المحادثات. وانتهت متأخرة؟ لا.', ['بدأت المحادثات. ', 'وانتهت متأخرة؟ ', 'لا.']],
    ['en', 'Witkoff met Mr. Umerov in Miami. Both spoke.', ['Witkoff met Mr. Umerov in Miami. ', 'Both spoke.']],
    ['en', 'The U.S. envoy came. Talks went on.', ['The U.S. envoy came. ', 'Talks went on.']],
  ])('cuts %s text at its sentence ends, and joins back to it', (lang, text, parts) => {
    expect(sentences(text, lang)).toEqual(parts);
    expect(sentences(text, lang).join('')).toBe(text);
  });
});
