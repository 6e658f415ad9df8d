/**
 * A matcher for the commonest filter shape, `{field: scalar, ...}` (findOne by _id or by an indexed
 * field), without building a mingo Query per request (its compilation cost more than the whole index
 * lookup). It follows MongoDB equality: the field equals the value, or is an array with an element that
 * does. Anything else (operators, dotted paths, null, documents, arrays, regexes) returns undefined
 * and goes through mingo.
 */
import { ObjectId, type Document } from 'bson';
import { compareValues, typeRank } from '../bson/compare.js';
import { needsExact } from '../bson/exact-number.js';

type Eq = (v: unknown) => boolean;

function scalarEq(q: unknown): Eq | undefined {
  switch (typeof q) {
    case 'string':
    case 'boolean':
      return (v) => v === q;
    case 'number':
      // Stored values are the typed form: plain numbers, boxed numbers, big Longs, Decimal128.
      return Number.isFinite(q)
        ? (v) =>
            v === q || (typeRank(v) === 3 && (needsExact(v) ? compareValues(v, q) === 0 : Number(v) === q))
        : undefined;
    case 'object':
      if (q instanceof ObjectId) return (v) => v instanceof ObjectId && v.equals(q);
      if (q instanceof Date) {
        const t = q.getTime();
        return Number.isNaN(t) ? undefined : (v) => v instanceof Date && v.getTime() === t;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Exact numeric equality against the stored (typed) value: a Long beyond 2^53 or a Decimal128. */
function exactEq(q: unknown): Eq {
  return (v) => typeRank(v) === 3 && compareValues(v, q) === 0;
}

/**
 * A matcher for a plain (toPlain'd) filter of top-level field equalities, or undefined. It runs on the
 * stored (typed) document, so `typedFilter` (the filter before toPlain) can compare a Long beyond 2^53
 * or a Decimal128 exactly, where the plain view would round both sides to the same double.
 */
export function equalityMatcher(
  filter: Document,
  typedFilter: Document = filter,
): ((doc: Document) => boolean) | undefined {
  const tests: Array<[string, Eq]> = [];
  for (const key of Object.keys(filter)) {
    if (key.startsWith('$') || key.includes('.') || key === '__proto__') return undefined;
    const eq = needsExact(typedFilter[key]) ? exactEq(typedFilter[key]) : scalarEq(filter[key]);
    if (!eq) return undefined;
    tests.push([key, eq]);
  }
  return (doc) => {
    for (const [key, eq] of tests) {
      if (!Object.hasOwn(doc, key)) return false;
      const v = doc[key];
      if (eq(v)) continue;
      if (!Array.isArray(v) || !v.some(eq)) return false;
    }
    return true;
  };
}
