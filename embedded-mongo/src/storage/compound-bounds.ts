/**
 * Index bounds over every field of a (compound) index, as MongoDB builds them: the leading fields that
 * the filter pins to points (equality or `$in`) are expanded into their combinations, and the first field
 * that is not a point contributes its range (or nothing); fields after it are unbounded. Each combination
 * is one contiguous run of keys in the index, so an equality prefix plus a range on the next field scans
 * only the matching keys. Bounds stay a superset of the matches: the full filter is re-applied.
 */
import type { Document } from 'bson';
import { compareValuesAsDoubles } from '../bson/compare.js';
import { boundsForField, FULL_RANGE, type Bound, type FieldBounds } from './bounds.js';

/** Per index field (all of them, in key-pattern order), the logical low and high bound. */
export interface CompoundInterval {
  lo: Bound[];
  hi: Bound[];
}

export interface IndexBounds {
  /** Bounds the filter gives each field, up to the last bounded one (undefined: unbounded). */
  fields: Array<FieldBounds | undefined>;
  /** Intervals in the index's physical order (its forward scan order). */
  intervals: CompoundInterval[];
}

/** More combinations than this and the later fields are left to the filter. */
const MAX_INTERVALS = 2000;

function isPoints(b: FieldBounds | undefined): b is FieldBounds {
  return !!b && (b.kind === 'point' || b.kind === 'in');
}

/** Point intervals that compare equal as numbers (1, 1.0, Long 1) would scan the same keys twice. */
function distinctIntervals(b: FieldBounds): FieldBounds['intervals'] {
  if (b.kind === 'range') return b.intervals;
  const out: FieldBounds['intervals'] = [];
  for (const i of b.intervals) {
    const prev = out[out.length - 1];
    if (
      !prev ||
      compareValuesAsDoubles((prev.lo as { value: unknown }).value, (i.lo as { value: unknown }).value)
    )
      out.push(i);
  }
  return out;
}

/**
 * Bounds of `filter` on an index with these fields and directions, or undefined when the filter does
 * not restrict the leading field. `multikey[f]` (an array met on field f's path) keeps ranges on that
 * field one-sided: two conditions may be met by different array elements.
 */
export function indexBounds(
  filter: Document,
  fields: string[],
  directions: number[],
  multikey: boolean[],
): IndexBounds | undefined {
  const first = boundsForField(filter, fields[0], multikey[0]);
  if (!first) return undefined;
  const used: FieldBounds[] = [first];
  let combinations = distinctIntervals(first).length;
  while (used.length < fields.length && isPoints(used[used.length - 1])) {
    const next = boundsForField(filter, fields[used.length], multikey[used.length]);
    if (!next) break;
    const n = distinctIntervals(next).length;
    if (combinations * n > MAX_INTERVALS) break;
    combinations *= n;
    used.push(next);
  }
  let intervals: CompoundInterval[] = [{ lo: [], hi: [] }];
  for (let f = 0; f < fields.length; f++) {
    const b = used[f];
    let own = b ? distinctIntervals(b) : [FULL_RANGE];
    if (directions[f] < 0) own = [...own].reverse();
    const next: CompoundInterval[] = [];
    for (const prefix of intervals)
      for (const i of own) next.push({ lo: [...prefix.lo, i.lo], hi: [...prefix.hi, i.hi] });
    intervals = next;
  }
  return { fields: used, intervals };
}

/** The bounds of a scan over the whole index. */
export function fullIndexBounds(fields: string[]): IndexBounds {
  return {
    fields: [],
    intervals: [{ lo: fields.map(() => FULL_RANGE.lo), hi: fields.map(() => FULL_RANGE.hi) }],
  };
}
