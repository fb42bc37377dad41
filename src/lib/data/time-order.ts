/**
 * The order of events in time: by earliest instant, then latest, then id. The same order as
 * sorting the indices with that comparison, but without 20,000 x log(20,000) calls of it
 * (~35 ms at 20,000 events in a fresh page): the earliest instants are sorted as numbers by
 * the engine, each event is placed by the rank of its earliest instant (a counting sort),
 * and only events that share an earliest instant are compared further.
 */
export function timeOrder(earliest: Float64Array, latest: Float64Array, ids: readonly string[]): number[] {
  const n = earliest.length;
  // The distinct earliest instants, ascending.
  const distinct = earliest.slice().sort();
  let m = 0;
  for (let i = 0; i < n; i++) if (i === 0 || distinct[i] !== distinct[m - 1]) distinct[m++] = distinct[i];
  // Each event's rank among them, and where each rank's events start in the output.
  const rank = new Uint32Array(n);
  const start = new Uint32Array(m + 1);
  for (let i = 0; i < n; i++) {
    const x = earliest[i];
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (distinct[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    rank[i] = lo;
    start[lo + 1]++;
  }
  for (let r = 0; r < m; r++) start[r + 1] += start[r];
  const order = new Array<number>(n);
  const next = start.slice(0, m);
  for (let i = 0; i < n; i++) order[next[rank[i]]++] = i;
  // Events sharing an earliest instant: by latest, then id.
  const tie = (a: number, b: number) => latest[a] - latest[b] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
  for (let r = 0; r < m; r++) {
    if (start[r + 1] - start[r] < 2) continue;
    const run = order.slice(start[r], start[r + 1]).sort(tie);
    for (let k = 0; k < run.length; k++) order[start[r] + k] = run[k];
  }
  return order;
}
