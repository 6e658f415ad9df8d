/**
 * Chooses how to read a collection for a filter and sort: an index scan over the bounds of an index's
 * leading field, or a full collection scan. Also reports whether the scan already yields the sort order.
 */
import type { Document } from 'bson';
import { toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import type { Collection } from './collection.js';
import type { IndexStore } from './index-store.js';
import { boundsForField, boundsIncludeNull, FULL_RANGE, type FieldBounds } from './bounds.js';

export interface IndexPlan {
  kind: 'IXSCAN';
  index: IndexStore;
  bounds: FieldBounds;
  /** 1 scans in index order, -1 in reverse. */
  direction: 1 | -1;
  /** True when the scan order satisfies the requested sort. */
  providesSort: boolean;
}

export interface CollScanPlan {
  kind: 'COLLSCAN';
  providesSort: false;
}

export type Plan = IndexPlan | CollScanPlan;

const SCORE = { point: 3, in: 2, range: 1 };

/** Index direction relative to the sort, if the sort is a prefix of the index key pattern. */
function sortDirection(index: IndexStore, sort: Array<[string, number]>): 1 | -1 | 0 {
  if (!sort.length || sort.length > index.fields.length || index.multikey || index.partial || index.sparse)
    return 0;
  let dir: 1 | -1 | 0 = 0;
  for (let i = 0; i < sort.length; i++) {
    if (sort[i][0] !== index.fields[i]) return 0;
    const d = sort[i][1] * index.directions[i] > 0 ? 1 : -1;
    if (dir && d !== dir) return 0;
    dir = d;
  }
  return dir;
}

function usable(index: IndexStore, bounds: FieldBounds): boolean {
  if (index.partial) return false;
  if (index.sparse && boundsIncludeNull(bounds)) return false;
  return true;
}

function hinted(coll: Collection, hint: unknown): IndexStore | 'natural' | undefined {
  if (hint === undefined || hint === null || hint === '') return undefined;
  if (typeof hint === 'string') {
    const index = coll.indexes.get(hint);
    if (!index)
      throw new CommandError(
        2,
        `error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index`,
      );
    return index;
  }
  const spec = toPlain(hint) as Document;
  if ('$natural' in spec) return 'natural';
  const wanted = JSON.stringify(spec);
  for (const index of coll.indexes.values())
    if (JSON.stringify(toPlain(index.spec.key)) === wanted) return index;
  throw new CommandError(
    2,
    `error processing query: planner returned error :: caused by :: hint provided does not correspond to an existing index`,
  );
}

export function planQuery(
  coll: Collection,
  filter: Document,
  sort: Array<[string, number]>,
  hint?: unknown,
): Plan {
  const forced = hinted(coll, hint);
  if (forced === 'natural') return { kind: 'COLLSCAN', providesSort: false };
  if (forced) {
    const bounds = boundsForField(filter, forced.fields[0], forced.multikey) ?? {
      kind: 'range' as const,
      intervals: [FULL_RANGE],
    };
    const dir = sortDirection(forced, sort);
    return { kind: 'IXSCAN', index: forced, bounds, direction: dir || 1, providesSort: dir !== 0 };
  }
  let best: IndexPlan | undefined;
  let bestScore = 0;
  for (const index of coll.indexes.values()) {
    const bounds = boundsForField(filter, index.fields[0], index.multikey);
    if (!bounds || !usable(index, bounds)) continue;
    const dir = sortDirection(index, sort);
    // Unique point lookups win; then tighter bounds; then an index that also provides the sort.
    const score = SCORE[bounds.kind] * 10 + (index.unique && bounds.kind === 'point' ? 5 : 0) + (dir ? 1 : 0);
    if (score > bestScore) {
      bestScore = score;
      best = {
        kind: 'IXSCAN',
        index,
        bounds,
        direction: dir || 1,
        providesSort: dir !== 0 && bounds.kind !== 'in',
      };
    }
  }
  if (best) return best;
  if (sort.length) {
    for (const index of coll.indexes.values()) {
      const dir = sortDirection(index, sort);
      if (dir)
        return {
          kind: 'IXSCAN',
          index,
          bounds: { kind: 'range', intervals: [FULL_RANGE] },
          direction: dir,
          providesSort: true,
        };
    }
  }
  return { kind: 'COLLSCAN', providesSort: false };
}
