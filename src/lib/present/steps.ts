/**
 * The steps of a presentation and how a key press moves through them. Pure: the Presentation
 * component binds these to the ViewState.
 *
 * A named story is the editors' ordered list of event ids, each with an optional note; it ignores
 * the reader's filters (it is curated). The default story is the filtered events in time order,
 * but computed WITHOUT the date window: in present mode the window (app.from/app.to) is the
 * camera that each step moves to the event, so letting it also pick the steps would make the
 * story shrink to the events around the current one.
 */
import type { DateSpan, Dataset, LocalizedText, TimelineEvent } from '../data/types';
import { DAY, isoDay } from '../data/days';

export interface Step {
  event: TimelineEvent;
  note?: LocalizedText;
}

/** The steps of story `storyId`, or of `fallback` (in its order) when there is no such story. */
export function storySteps(dataset: Dataset, storyId: string | null, fallback: readonly TimelineEvent[]): Step[] {
  const story = storyId ? dataset.stories.find((s) => s.id === storyId) : undefined;
  if (!story) return fallback.map((event) => ({ event }));
  const byId = new Map(dataset.events.map((e) => [e.id, e]));
  return story.steps.flatMap((s) => {
    const event = byId.get(s.event);
    return event ? [{ event, note: s.note }] : [];
  });
}

/** The 0-based index for a 1-based URL step, clamped to the steps there are (0 when none). */
export function stepIndex(step: number | null, count: number): number {
  if (count === 0 || step === null) return 0;
  return Math.min(Math.max(Math.trunc(step), 1), count) - 1;
}

export type Move = 'next' | 'prev' | 'first' | 'last';

/**
 * What a key does. Presentation clickers send PageDown/PageUp (some send arrows, Space or Enter),
 * as PowerPoint and Keynote read them: Down and Enter go on, Up goes back. Left/Right follow the
 * reading direction: in Arabic the next event is to the left. Shift+Space goes back, as it
 * scrolls back in a browser.
 */
export function keyToMove(key: string, shift: boolean, dir: 'ltr' | 'rtl'): Move | null {
  switch (key) {
    case 'PageDown':
    case 'ArrowDown':
    case 'Enter':
      return 'next';
    case 'PageUp':
    case 'ArrowUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return shift ? 'prev' : 'next';
    case 'ArrowRight':
      return dir === 'rtl' ? 'prev' : 'next';
    case 'ArrowLeft':
      return dir === 'rtl' ? 'next' : 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The index a move leads to; it stops at both ends (a clicker pressed once too often does nothing). */
export function applyMove(index: number, move: Move, count: number): number {
  if (count === 0) return 0;
  const last = count - 1;
  if (move === 'first') return 0;
  if (move === 'last') return last;
  return Math.min(Math.max(index + (move === 'next' ? 1 : -1), 0), last);
}


/**
 * A date window of `days` either side of an event (inclusive calendar days), so the timeline
 * centres on it with context around.
 */
export function windowAround(span: DateSpan, days = 45): { from: string; to: string } {
  return { from: isoDay(span.earliest - days * DAY), to: isoDay(span.latest - DAY + days * DAY) };
}
