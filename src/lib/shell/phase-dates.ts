/**
 * A phase's first and last days in the reader's language ("1 December 2025 – 9 December 2025"):
 * the list's and table's phase headings (PhaseHeading.svelte) and the phone's timeline
 * (timeline/Vertical.svelte) write them alike.
 */
import type { Phase } from '../data/types';
import type { ViewState } from '../state/view-state.svelte';
import { DAY } from '../data/days';

export const phaseDates = (app: ViewState, phase: Phase, pattern: 'd MMMM yyyy' | 'd MMM yyyy' = 'd MMMM yyyy') =>
  app.t('phase.dates', { from: app.formatDate(phase.date.earliest, pattern), to: app.formatDate(phase.date.latest - DAY, pattern) });
