import { describe, expect, it } from 'vitest';
import { chartZoom, presentBase, presentFloor, CHART_TEXT } from './type-scale';

describe('presentation type', () => {
  it.each([
    // width, height, base, floor
    [1920, 1080, 32, 24],
    [1280, 720, 21.33, 16],
    [1366, 768, 22.76, 17.07],
    [1024, 768, 20, 16],
    [390, 844, 20, 16],
  ])('presentBase(%i, %i) is %f px and the floor %f px', (w, h, base, floor) => {
    expect(presentBase(w, h)).toBeCloseTo(base, 1);
    expect(presentFloor(presentBase(w, h))).toBeCloseTo(floor, 1);
  });
  it('chartZoom(base) puts the chart labels on the floor: 24 px at 1920x1080, 16 px at 1280x720', () => {
    expect(CHART_TEXT * chartZoom(presentBase(1920, 1080))).toBeCloseTo(24, 1);
    expect(CHART_TEXT * chartZoom(presentBase(1280, 720))).toBeCloseTo(16, 1);
  });
});
