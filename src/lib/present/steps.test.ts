import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { loadDataset } from '../data/load';
import { applyMove, keyToMove, stepIndex, storySteps, windowAround, type Move } from './steps';
import { parseEdtf } from '../data/edtf';

const fixture = () => JSON.parse(fs.readFileSync('tests/fixtures/mini.json', 'utf8'));

function withStory() {
  const data = fixture();
  data.stories = [
    {
      id: 'moscow-then-miami',
      title: { en: 'Moscow, then Miami' },
      steps: [{ event: 'moscow-meeting', note: { en: 'First Moscow.' } }, { event: 'miami-talks' }, { event: 'gone-missing' }],
    },
  ];
  return loadDataset(data).dataset;
}

describe('storySteps(dataset, storyId, fallback)', () => {
  it('follows a named story in its own order, with its notes', () => {
    const dataset = withStory();
    const steps = storySteps(dataset, 'moscow-then-miami', dataset.events);
    expect(steps.map((s) => s.event.id)).toEqual(['moscow-meeting', 'miami-talks']);
    expect(steps[0].note).toEqual({ en: 'First Moscow.' });
    expect(steps[1].note).toBeUndefined();
  });

  it('uses the fallback events, in their order, without a story or with an unknown one', () => {
    const dataset = withStory();
    const fallback = dataset.events.slice(1, 3);
    for (const id of [null, 'no-such-story']) {
      expect(storySteps(dataset, id, fallback).map((s) => s.event.id)).toEqual(fallback.map((e) => e.id));
    }
  });
});

describe('stepIndex(step, count)', () => {
  it.each([
    [null, 5, 0],
    [1, 5, 0],
    [3, 5, 2],
    [9, 5, 4],
    [0, 5, 0],
    [4, 0, 0],
  ])('step %s of %s is index %s', (step, count, index) => {
    expect(stepIndex(step, count)).toBe(index);
  });
});

describe('keyToMove(key, shift, dir)', () => {
  it.each<[string, boolean, 'ltr' | 'rtl', Move | null]>([
    ['PageDown', false, 'ltr', 'next'],
    ['PageDown', false, 'rtl', 'next'],
    ['PageUp', false, 'rtl', 'prev'],
    [' ', false, 'ltr', 'next'],
    [' ', false, 'rtl', 'next'],
    [' ', true, 'ltr', 'prev'],
    ['ArrowRight', false, 'ltr', 'next'],
    ['ArrowLeft', false, 'ltr', 'prev'],
    ['ArrowRight', false, 'rtl', 'prev'],
    ['ArrowLeft', false, 'rtl', 'next'],
    ['Home', false, 'ltr', 'first'],
    ['End', false, 'rtl', 'last'],
    ['ArrowDown', false, 'rtl', 'next'],
    ['ArrowUp', false, 'ltr', 'prev'],
    ['Enter', false, 'rtl', 'next'],
    ['a', false, 'ltr', null],
  ])('%j (shift %s, %s) is %s', (key, shift, dir, move) => {
    expect(keyToMove(key, shift, dir)).toBe(move);
  });
});

describe('applyMove(index, move, count)', () => {
  it.each<[number, Move, number, number]>([
    [0, 'next', 3, 1],
    [2, 'next', 3, 2],
    [0, 'prev', 3, 0],
    [2, 'prev', 3, 1],
    [1, 'first', 3, 0],
    [1, 'last', 3, 2],
    [0, 'next', 0, 0],
  ])('from %s, %s of %s steps, lands on %s', (index, move, count, to) => {
    expect(applyMove(index, move, count)).toBe(to);
  });
});

describe('windowAround(span, days)', () => {
  const span = (edtf: string) => {
    const r = parseEdtf(edtf);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  };
  it('puts a day event in the middle of a window of inclusive days', () => {
    expect(windowAround(span('2025-12-02'), 45)).toEqual({ from: '2025-10-18', to: '2026-01-16' });
  });
  it('widens by the length of an interval', () => {
    expect(windowAround(span('2025-12-04/2025-12-06'), 10)).toEqual({ from: '2025-11-24', to: '2025-12-16' });
  });
  it('covers a whole month for a month-precision date', () => {
    expect(windowAround(span('2025-06'), 0)).toEqual({ from: '2025-06-01', to: '2025-06-30' });
  });
});
