import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { currentReading, stepFields } from './reading';

const { dataset } = loadDataset(JSON.parse(fs.readFileSync('tests/fixtures/mini-four.json', 'utf8')));

describe('currentReading(dataset, story, step)', () => {
  it('is the story and its step, 1-based in the URL, clamped to the steps there are', () => {
    expect(currentReading(dataset, 'four-steps', 2)).toMatchObject({ story: { id: 'four-steps' }, index: 1 });
    expect(currentReading(dataset, 'four-steps', 2)!.steps.map((s) => s.event.id)).toEqual(['istanbul-1', 'istanbul-2', 'miami-talks']);
    expect(currentReading(dataset, 'four-steps', 99)!.index).toBe(2);
    expect(currentReading(dataset, 'four-steps', null)!.index).toBe(0);
  });
  it('is null without a story, for an unknown one, or before the data', () => {
    expect(currentReading(dataset, null, 1)).toBeNull();
    expect(currentReading(dataset, 'no-such-story', 1)).toBeNull();
    expect(currentReading(null, 'four-steps', 1)).toBeNull();
  });
});

describe('stepFields(reading, index)', () => {
  const reading = currentReading(dataset, 'four-steps', 1)!;
  it.each([
    [0, { story: 'four-steps', step: 1, event: 'istanbul-1' }],
    [2, { story: 'four-steps', step: 3, event: 'miami-talks' }],
    [3, { story: 'four-steps', step: 3, event: 'miami-talks' }],
    [-1, { story: 'four-steps', step: 1, event: 'istanbul-1' }],
  ])('step %i writes %o', (index, fields) => expect(stepFields(reading, index)).toEqual(fields));
});
