/**
 * Reading a dataset story on the normal page (not in presentation mode): which step is shown, and
 * what moving to another step writes. The story and the step are the URL's `story` and `step`
 * fields (state/params.ts), so a step can be linked to and Back returns to the step before.
 *
 * A step selects its event (the views highlight it; the detail panel shows it beside the chart),
 * and, unlike presentation mode, leaves the reader's filters and date window as they are.
 * Pure apart from the writes to the view state it is given.
 */
import type { Dataset, Story } from '../data/types';
import { storySteps, stepIndex, type Step } from '../present/steps';

export interface Reading {
  story: Story;
  steps: Step[];
  /** 0-based. */
  index: number;
}

/** The story being read and its step, or null when none is (or it has no steps left). */
export function currentReading(dataset: Dataset | null, story: string | null, step: number | null): Reading | null {
  const s = dataset && story ? dataset.stories.find((x) => x.id === story) : undefined;
  if (!dataset || !s) return null;
  const steps = storySteps(dataset, s.id, []);
  return steps.length ? { story: s, steps, index: stepIndex(step, steps.length) } : null;
}

/** The fields a move to step `index` (0-based, clamped) of story `id` writes, all at once (one history entry). */
export function stepFields(reading: Pick<Reading, 'story' | 'steps'>, index: number): { story: string; step: number; event: string } {
  const i = Math.min(Math.max(index, 0), reading.steps.length - 1);
  return { story: reading.story.id, step: i + 1, event: reading.steps[i].event.id };
}
