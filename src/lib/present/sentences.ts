/**
 * A text cut into sentences, so a slide that cannot hold a long summary ends it at a full stop
 * and shows the rest on a second screen, never mid-sentence. The browser's own sentence rules
 * (Intl.Segmenter) for the text's language; where there is none, a break after . ! ? or the
 * Arabic question mark followed by a space. ICU breaks after abbreviations ("Mr. Umerov",
 * "the U.S. envoy"), so a part ending in a short capitalised word or initials with a full stop
 * is joined to the next: a cut is missed there rather than made mid-sentence. Joining the parts
 * gives the text back.
 */
const ABBREVIATION = /(?:^|[\s(])(?:\p{Lu}\p{Ll}{0,2}|(?:\p{L}\.)+\p{L})\.\s*$/u;

export function sentences(text: string, lang: string): string[] {
  const parts =
    typeof Intl.Segmenter === 'function'
      ? [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment)
      : text.split(/(?<=[.!?\u061F]\s+)/u);
  const out: string[] = [];
  for (const part of parts) {
    if (out.length && ABBREVIATION.test(out[out.length - 1])) out[out.length - 1] += part;
    else out.push(part);
  }
  return out;
}
