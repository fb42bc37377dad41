/**
 * Seeded synthetic datasets for the benchmark: n events among ~40 actors and ~15 places over
 * several years. Marked `meta.synthetic: true` and titled as such, generated into the bench's
 * own build folder, never into data/, so they can never pass for real news.
 */
import { randomLcg, randomInt } from 'd3-random';
import { EVENT_TYPES, STATUSES } from '../../src/lib/data/schema';

/** Six synthetic sides, so lanes and legends are as full as in a real process. */
const SIDES = ['side-a', 'side-b', 'side-c', 'side-d', 'side-e', 'side-f'];

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function syntheticDataset(n: number, seed = 42, actorsCount = 40, placesCount = 15) {
  const rng = randomLcg(seed);
  const int = (lo: number, hi: number) => randomInt.source(rng)(lo, hi + 1)();
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)];
  const actors = Array.from({ length: actorsCount }, (_, i) => ({
    id: `actor-${i}`,
    kind: 'person' as const,
    name: { en: `Synthetic Actor ${i}`, ar: `شخصية افتراضية ${i}` },
    side: SIDES[i % SIDES.length],
  }));
  const places = Array.from({ length: placesCount }, (_, i) => ({
    id: `place-${i}`,
    name: { en: `Synthetic City ${i}`, ar: `مدينة افتراضية ${i}` },
    lat: -60 + ((i * 37) % 120),
    lon: -170 + ((i * 71) % 340),
  }));
  const sources = [{ id: 'synthetic', publisher: 'Synthetic benchmark data (not news)', language: 'en' }];
  const start = Date.UTC(2020, 0, 1);
  const spanDays = Math.max(365, Math.round(n / 4));
  const events = Array.from({ length: n }, (_, i) => {
    const day = start + int(0, spanDays) * DAY;
    const length = rng() < 0.2 ? int(1, 4) : 0;
    const fuzzy = rng() < 0.1 ? '~' : '';
    const when = length ? `${iso(day)}${fuzzy}/${iso(day + length * DAY)}${fuzzy}` : `${iso(day)}${fuzzy}`;
    const k = int(2, 5);
    const who = new Set<number>();
    while (who.size < k) who.add(int(0, actorsCount - 1));
    return {
      id: `event-${i}`,
      type: pick(EVENT_TYPES),
      status: rng() < 0.9 ? 'occurred' : pick(STATUSES),
      title: { en: `Synthetic event ${i}`, ar: `حدث افتراضي ${i}` },
      summary: { en: `Generated for benchmarking; seed ${seed}.`, ar: `بيانات مولّدة لقياس الأداء.` },
      when,
      place: `place-${int(0, placesCount - 1)}`,
      participants: [...who].map((a, j) => ({ actor: `actor-${a}`, role: j === 0 ? 'host' : 'participant' })),
      evidence: [{ source: 'synthetic' }],
    };
  });
  return {
    meta: { id: `synthetic-${n}`, title: { en: `SYNTHETIC benchmark data: ${n} events`, ar: `بيانات افتراضية لقياس الأداء: ${n} حدث` }, synthetic: true, defaultLanguage: 'en' },
    sides: SIDES.map((id, i) => ({ id, name: { en: `Synthetic side ${i + 1}`, ar: `طرف افتراضي ${i + 1}` } })),
    actors,
    places,
    sources,
    events,
  };
}
