/**
 * The filled symbols the app draws, each a function from an area (px²) to an SVG path centred
 * on 0,0. A port of d3-shape's seven filled symbols (ISC licence, Mike Bostock), written with
 * d3-path's rounding to 3 decimals, so the paths are the same strings (symbols.test.ts holds them
 * to d3-shape's output). Why not d3-shape itself: its single-file build keeps every curve and
 * generator with them (~6 KB gzip of a phone's first view, for seven paths); the map still uses
 * it for its arcs, loaded with the map.
 */
export type SymbolShape = (area: number) => string;

const round = (v: number) => Math.round(v * 1000) / 1000;
/** "M x,y L x,y ... Z" through the points, with d3-path's rounding. */
const polygon = (points: readonly (readonly [number, number])[]) =>
  points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('') + 'Z';

const { sqrt, sin, cos, PI } = Math;
const TAU = 2 * PI;

export const circle: SymbolShape = (area) => {
  const r = sqrt(area / PI);
  const [a, b] = [round(r), round(-r)];
  return `M${a},0A${a},${a},0,1,1,${b},0A${a},${a},0,1,1,${a},0`;
};

export const cross: SymbolShape = (area) => {
  const r = sqrt(area / 5) / 2;
  return polygon([
    [-3 * r, -r], [-r, -r], [-r, -3 * r], [r, -3 * r], [r, -r], [3 * r, -r],
    [3 * r, r], [r, r], [r, 3 * r], [-r, 3 * r], [-r, r], [-3 * r, r],
  ]);
};

const TAN30 = sqrt(1 / 3);
export const diamond: SymbolShape = (area) => {
  const y = sqrt(area / (TAN30 * 2));
  const x = y * TAN30;
  return polygon([[0, -y], [x, 0], [0, y], [-x, 0]]);
};

export const square: SymbolShape = (area) => {
  const w = sqrt(area);
  const x = round(-w / 2);
  return `M${x},${x}h${round(w)}v${round(w)}h${round(-w)}Z`;
};

const KA = 0.8908130915292852;
const KR = sin(PI / 10) / sin((7 * PI) / 10);
const KX = sin(TAU / 10) * KR;
const KY = -cos(TAU / 10) * KR;
export const star: SymbolShape = (area) => {
  const r = sqrt(area * KA);
  const x = KX * r;
  const y = KY * r;
  const points: [number, number][] = [[0, -r], [x, y]];
  for (let i = 1; i < 5; ++i) {
    const c = cos((TAU * i) / 5);
    const s = sin((TAU * i) / 5);
    points.push([s * r, -c * r], [c * x - s * y, s * x + c * y]);
  }
  return polygon(points);
};

const SQRT3 = sqrt(3);
export const triangle: SymbolShape = (area) => {
  const y = -sqrt(area / (SQRT3 * 3));
  return polygon([[0, y * 2], [-SQRT3 * y, -y], [SQRT3 * y, -y]]);
};

const WC = -0.5;
const WS = sqrt(3) / 2;
const WK = 1 / sqrt(12);
const WA = (WK / 2 + 1) * 3;
export const wye: SymbolShape = (area) => {
  const r = sqrt(area / WA);
  const [x0, y0] = [r / 2, r * WK];
  const [x1, y1] = [x0, r * WK + r];
  const [x2, y2] = [-x1, y1];
  return polygon([
    [x0, y0], [x1, y1], [x2, y2],
    [WC * x0 - WS * y0, WS * x0 + WC * y0], [WC * x1 - WS * y1, WS * x1 + WC * y1], [WC * x2 - WS * y2, WS * x2 + WC * y2],
    [WC * x0 + WS * y0, WC * y0 - WS * x0], [WC * x1 + WS * y1, WC * y1 - WS * x1], [WC * x2 + WS * y2, WC * y2 - WS * x2],
  ]);
};

/** A triangle pointing down (the timeline's phone call). */
export const triangleDown: SymbolShape = (area) => {
  const y = -sqrt(area / (SQRT3 * 3));
  return polygon([[0, -y * 2], [-SQRT3 * y, y], [SQRT3 * y, y]]);
};

/** Two triangles tip to tip, a bow tie (the timeline's joint statement: two voices, one statement). */
export const bowtie: SymbolShape = (area) => {
  const h = sqrt(area / 1.6) / 2;
  const w = h * 1.25;
  return polygon([[-w, -h], [0, -h * 0.18], [w, -h], [w, h], [0, h * 0.18], [-w, h]]);
};
