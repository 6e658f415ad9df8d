/** Executes a plan's index scan: yields record ids in scan order, each at most once. */
import { compareToBound, type Bound } from './bounds.js';
import type { CompoundInterval } from './compound-bounds.js';
import type { IndexEntry, IndexStore } from './index-store.js';
import type { IndexPlan } from './planner.js';

export interface ScanStats {
  keysExamined: number;
  docsExamined: number;
}

/**
 * Compares a key with a physical start or end tuple field by field (each field in its index direction):
 * >0 when the key lies after the tuple. An exclusive bound that the key equals ends the comparison on
 * the side given by `onExclusive` (the fields after a range are unbounded).
 */
function compareToTuple(key: unknown[], tuple: Bound[], dirs: number[], onExclusive: number): number {
  for (let i = 0; i < tuple.length; i++) {
    const c = compareToBound(key[i], tuple[i]) * dirs[i];
    if (c) return c;
    const b = tuple[i];
    if ('value' in b && !b.inclusive) return onExclusive;
  }
  return 0;
}

/** Entries of one compound interval in the index's physical order. */
function* scanInterval(
  index: IndexStore,
  interval: CompoundInterval,
  stats: ScanStats,
): Generator<IndexEntry> {
  const dirs = index.directions;
  // In physical order a descending field runs from the interval's high end to its low end.
  const start = interval.lo.map((lo, i) => (dirs[i] > 0 ? lo : interval.hi[i]));
  const end = interval.hi.map((hi, i) => (dirs[i] > 0 ? hi : interval.lo[i]));
  // First entry at or after the start: a key equal to an exclusive start lies before it.
  const from = index.entries.lowerBound({ key: [], rid: '' }, (e) =>
    compareToTuple(e.key, start, dirs, -1) >= 0 ? 1 : -1,
  );
  for (const entry of index.entries.forward(from)) {
    stats.keysExamined++;
    // Past the end (a key equal to an exclusive end lies after it).
    if (compareToTuple(entry.key, end, dirs, 1) > 0) return;
    yield entry;
  }
}

export function* scanIndex(plan: IndexPlan, stats: ScanStats): Generator<string> {
  const { index, bounds } = plan;
  // Intervals are in physical order; a backward scan reverses them and the entries within each.
  let intervals = bounds.intervals;
  if (plan.direction < 0) intervals = [...intervals].reverse();
  const seen = index.multikey || intervals.length > 1 ? new Set<string>() : undefined;
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
