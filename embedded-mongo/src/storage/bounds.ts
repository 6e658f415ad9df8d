/**
 * Index bounds on the leading field of an index, derived from a (plain) query filter.
 * Bounds are always a superset of the matching documents: the full filter is re-applied afterwards.
 */
import type { Document } from 'bson';
import { compareValues, compareValuesAsDoubles, typeRank } from '../bson/compare.js';
import { isPlainObject } from '../bson/values.js';

/** A bound is a concrete value or the minimum/maximum edge of a BSON type bracket. */
export type Bound = { value: unknown; inclusive: boolean } | { rank: number; edge: 'min' | 'max' };

export interface Interval {
  lo: Bound;
  hi: Bound;
}

export const FULL_RANGE: Interval = { lo: { rank: 0, edge: 'min' }, hi: { rank: 99, edge: 'max' } };

/** Compares an index key value with a bound: <0 when the value sorts before the bound. */
export function compareToBound(v: unknown, b: Bound): number {
  if ('value' in b) return compareValuesAsDoubles(v, b.value);
  const r = typeRank(v) - b.rank;
  if (r) return r;
  return b.edge === 'min' ? 1 : -1;
}

export type BoundsKind = 'point' | 'in' | 'range';

export interface FieldBounds {
  kind: BoundsKind;
  intervals: Interval[];
}

function isOperatorObject(v: unknown): v is Document {
  return isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'));
}

const point = (v: unknown): Interval => ({
  lo: { value: v, inclusive: true },
  hi: { value: v, inclusive: true },
});

/** Values usable as index points: regexes and arrays need special semantics, so they disable bounds. */
function indexable(v: unknown): boolean {
  return !(v instanceof RegExp) && !Array.isArray(v) && !(isPlainObject(v) && '$regex' in v);
}

/** Conditions on `field` from the top level of the filter and from a top-level $and. */
function conditionsFor(filter: Document, field: string): unknown[] {
  const out: unknown[] = [];
  if (field in filter) out.push(filter[field]);
  if (Array.isArray(filter.$and)) {
    for (const sub of filter.$and) if (isPlainObject(sub)) out.push(...conditionsFor(sub, field));
  }
  return out;
}

/**
 * Bounds for one field, or undefined when the filter does not restrict it in an indexable way.
 * `multikey` disables intersecting two-sided ranges, which is unsound over array elements.
 */
export function boundsForField(filter: Document, field: string, multikey: boolean): FieldBounds | undefined {
  let best: FieldBounds | undefined;
  for (const cond of conditionsFor(filter, field)) {
    const b = boundsForCondition(cond, multikey);
    if (b && (!best || rankKind(b.kind) > rankKind(best.kind))) best = b;
  }
  return best;
}

function rankKind(kind: BoundsKind): number {
  return kind === 'point' ? 3 : kind === 'in' ? 2 : 1;
}

function boundsForCondition(cond: unknown, multikey: boolean): FieldBounds | undefined {
  if (!isOperatorObject(cond))
    return indexable(cond) ? { kind: 'point', intervals: [point(cond)] } : undefined;
  if ('$eq' in cond && indexable(cond.$eq)) return { kind: 'point', intervals: [point(cond.$eq)] };
  if (Array.isArray(cond.$in) && cond.$in.every(indexable)) {
    const values = [...cond.$in].sort(compareValues);
    return { kind: 'in', intervals: values.map(point) };
  }
  let lo: Bound | undefined;
  let hi: Bound | undefined;
  for (const op of ['$gt', '$gte'] as const) {
    if (op in cond && indexable(cond[op])) lo = { value: cond[op], inclusive: op === '$gte' };
  }
  for (const op of ['$lt', '$lte'] as const) {
    if (op in cond && indexable(cond[op])) hi = { value: cond[op], inclusive: op === '$lte' };
  }
  if (!lo && !hi) return undefined;
  if (lo && hi && multikey) hi = undefined;
  // Range predicates only match values of the same BSON type bracket as their operand.
  const rank = typeRank(lo ? (lo as { value: unknown }).value : (hi as { value: unknown }).value);
  return {
    kind: 'range',
    intervals: [{ lo: lo ?? { rank, edge: 'min' }, hi: hi ?? { rank, edge: 'max' } }],
  };
}

export function boundsIncludeNull(bounds: FieldBounds): boolean {
  return bounds.intervals.some((i) => compareToBound(null, i.lo) >= 0 && compareToBound(null, i.hi) <= 0);
}
