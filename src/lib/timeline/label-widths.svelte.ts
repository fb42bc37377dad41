/**
 * The chart's labels for its layout: each event's title fitted to `room()` px (labels.ts) with its width in the
 * page's font at the embed's text scale (--scale), in the reader's language. Remembered per event
 * (a zoom lays out the same events at every frame) and measured again when fonts come in, or
 * lines would be laid out for a fallback font. Call while a component is set up.
 */
import type { TimelineEvent } from '../data/types';
import type { ViewState } from '../state/view-state.svelte';
import { chartFont, fitLabel } from './labels';
import { textMeasurer } from '../canvas/text-width.svelte';

export type LabelOf = (e: TimelineEvent) => { text: string; width: number };

export function labelWidths(app: Pick<ViewState, 'scale' | 'language' | 'text'>, room: () => number): LabelOf {
  // Made again, and so measured again, when web fonts have loaded (canvas/text-width.svelte.ts).
  const measure = $derived(textMeasurer(chartFont(app.scale)));
  const fitted = $derived({ measure, max: room() * app.scale, language: app.language, labels: new WeakMap<TimelineEvent, { text: string; width: number }>() });
  return (e) => {
    const { measure, max, labels } = fitted;
    let l = labels.get(e);
    if (!l) {
      const text = fitLabel(app.text(e.title).text, max, measure);
      labels.set(e, (l = { text, width: measure(text) }));
    }
    return l;
  };
}
