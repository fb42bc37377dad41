/**
 * Entering, moving through and leaving presentation mode, as writes to the ViewState (the URL
 * follows, so a reload resumes at the same step).
 *
 * A step selects its event (the network highlights its participants, the detail is shown large)
 * and moves the date window around it (the timeline centres on it). The reader's own window is
 * remembered when the Present button is pressed and given back on exit; after a reload in present
 * mode it is unknown, and exit clears the window instead. Memory only, per tab: nothing to persist.
 */
import type { ViewState } from '../state/view-state.svelte';
import { windowAround, type Step } from './steps';

let saved: { from: string | null; to: string | null } | null = null;

/** Called from a click, so the browser allows full screen; a refusal is fine (the page still works). */
export function enterPresent(app: ViewState): void {
  saved = { from: app.from, to: app.to };
  requestFullscreen();
  app.step = null;
  app.mode = 'present';
}

export function exitPresent(app: ViewState): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  app.mode = 'explore';
  app.step = null;
  app.story = null;
  app.from = saved?.from ?? null;
  app.to = saved?.to ?? null;
  saved = null;
}

/** Shows step `index` (0-based) of `steps`: one history entry with step, event and window. */
export function showStep(app: ViewState, steps: readonly Step[], index: number): void {
  const step = steps[index];
  if (!step) return;
  const w = windowAround(step.event.date);
  app.step = index + 1;
  app.event = step.event.id;
  app.from = w.from;
  app.to = w.to;
}

export function requestFullscreen(): void {
  const root = document.documentElement;
  if (!document.fullscreenElement && document.fullscreenEnabled) root.requestFullscreen?.().catch(() => {});
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
  else requestFullscreen();
}
