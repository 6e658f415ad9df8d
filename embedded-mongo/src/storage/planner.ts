/**
 * Chooses how to read a collection for a filter and sort: an index scan over the bounds the filter gives
 * an index's fields (equality prefix, then a range; see compound-bounds.ts), or a full collection scan.
 * Also reports whether the scan already yields the sort order.
 */
import type { Document } from 'bson';
import { toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import type { Collection } from './collection.js';
import type { IndexStore } from './index-store.js';
import { boundsIncludeNull, type FieldBounds } from './bounds.js';
import { fullIndexBounds, indexBounds, type IndexBounds } from './compound-bounds.js';

export interface IndexPlan {
  kind: 'IXSCAN';
  index: IndexStore;
  bounds: IndexBounds;
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

/** A field pinned to one value: the scan order does not depend on it. */
function isSinglePoint(b: FieldBounds | undefined): boolean {
  return !!b && b.kind === 'point';
}

/**
 * Index direction relative to the sort, if the sort fields follow the key pattern in order, skipping
 * fields the bounds pin to one value; 0 when the scan cannot provide the order (also when a field
 * before the last sorted one spans several intervals, as a `$in` does).
 */
function sortDirection(index: IndexStore, sort: Array<[string, number]>, bounds?: IndexBounds): 1 | -1 | 0 {
  if (!sort.length || sort.length > index.fields.length || index.multikey || index.partial || index.sparse)
    return 0;
  const fields = bounds?.fields ?? [];
  let dir: 1 | -1 | 0 = 0;
  let f = 0;
  for (const [name, order] of sort) {
    while (f < index.fields.length && index.fields[f] !== name && isSinglePoint(fields[f])) f++;
    if (f >= index.fields.length || index.fields[f] !== name) return 0;
    const d = order * index.directions[f] > 0 ? 1 : -1;
    if (dir && d !== dir) return 0;
    dir = d;
    f++;
  }
  for (let i = 0; i < f; i++) if (fields[i] && fields[i]!.intervals.length > 1) return 0;
  return dir;
}

function usable(index: IndexStore, bounds: IndexBounds): boolean {
  if (index.partial) return false;
  // A sparse index lacks the documents missing every indexed field: one bounded field must exclude null.
  if (index.sparse && bounds.fields.every((b) => !b || boundsIncludeNull(b))) return false;
  return true;
}

const KIND_SCORE = { point: 3, in: 2, range: 1 };

/**
 * Unique point lookups win; then the tighter bounds on the leading field; then more fields bounded
 * (equality before `$in` before range); then an index that also provides the sort.
 */
function score(index: IndexStore, bounds: IndexBounds, providesSort: boolean): number {
  const [first, ...rest] = bounds.fields as FieldBounds[];
  const allPoints =
    bounds.fields.length === index.fields.length && bounds.fields.every((b) => b?.kind === 'point');
  let s = KIND_SCORE[first.kind] * 1000 + (index.unique && allPoints ? 500 : 0);
  rest.slice(0, 4).forEach((b) => (s += KIND_SCORE[b.kind] * 30));
  return s + (providesSort ? 1 : 0);
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
    const bounds =
      indexBounds(filter, forced.fields, forced.directions, forced.multikeyFields) ??
      fullIndexBounds(forced.fields);
    const dir = sortDirection(forced, sort, bounds);
    return { kind: 'IXSCAN', index: forced, bounds, direction: dir || 1, providesSort: dir !== 0 };
  }
  let best: IndexPlan | undefined;
  let bestScore = 0;
  for (const index of coll.indexes.values()) {
    const bounds = indexBounds(filter, index.fields, index.directions, index.multikeyFields);
    if (!bounds || !usable(index, bounds)) continue;
    const dir = sortDirection(index, sort, bounds);
    const s = score(index, bounds, dir !== 0);
    if (s > bestScore) {
      bestScore = s;
      best = { kind: 'IXSCAN', index, bounds, direction: dir || 1, providesSort: dir !== 0 };
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
          bounds: fullIndexBounds(index.fields),
          direction: dir,
          providesSort: true,
        };
    }
  }
  return { kind: 'COLLSCAN', providesSort: false };
}
