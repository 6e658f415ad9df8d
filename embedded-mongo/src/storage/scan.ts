/** Executes a plan's index scan: yields record ids in scan order, each at most once. */
import { compareToBound, type Bound, type Interval } from './bounds.js';
import type { IndexEntry, IndexStore } from './index-store.js';
import type { IndexPlan } from './planner.js';

export interface ScanStats {
  keysExamined: number;
  docsExamined: number;
}

function afterStart(v: unknown, start: Bound, dir: number): boolean {
  const c = compareToBound(v, start) * dir;
  return c > 0 || (c === 0 && 'value' in start && start.inclusive);
}

function beforeEnd(v: unknown, end: Bound, dir: number): boolean {
  const c = compareToBound(v, end) * dir;
  return c < 0 || (c === 0 && 'value' in end && end.inclusive);
}

/** Entries of one interval in the index's physical order. */
function* scanInterval(index: IndexStore, interval: Interval, stats: ScanStats): Generator<IndexEntry> {
  const dir = index.directions[0];
  // In physical order a descending field runs from the interval's high end to its low end.
  const start = dir > 0 ? interval.lo : interval.hi;
  const end = dir > 0 ? interval.hi : interval.lo;
  const from = index.entries.lowerBound({ key: [], rid: '' }, (e) =>
    afterStart(e.key[0], start, dir) ? 1 : -1,
  );
  for (const entry of index.entries.forward(from)) {
    stats.keysExamined++;
    if (!beforeEnd(entry.key[0], end, dir)) return;
    yield entry;
  }
}

export function* scanIndex(plan: IndexPlan, stats: ScanStats): Generator<string> {
  const { index, bounds } = plan;
  // Intervals are ascending by value; physical order of a descending index reverses them.
  let intervals = bounds.intervals;
  const physicalReverse = index.directions[0] < 0;
  if (physicalReverse !== plan.direction < 0) intervals = [...intervals].reverse();
  const seen = index.multikey ? new Set<string>() : undefined;
  for (const interval of intervals) {
    let entries: Iterable<IndexEntry> = scanInterval(index, interval, stats);
    if (plan.direction < 0) entries = [...entries].reverse();
    for (const entry of entries) {
      if (seen) {
        if (seen.has(entry.rid)) continue;
        seen.add(entry.rid);
      }
      yield entry.rid;
    }
  }
}
