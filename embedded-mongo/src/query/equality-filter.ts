/**
 * A matcher for the commonest filter shapes, `{field: scalar, ...}` (findOne by _id or by an indexed
 * field) and `{field: {$in: [scalars]}}` / `{field: {$eq: scalar}}` (the records of a list of ids),
 * without building a mingo Query per request (its compilation cost more than the whole index lookup,
 * and its $in hashes the whole list again for every document). It follows MongoDB equality: the field
 * equals the value (for $in: one of the values), or is an array with an element that does. Anything
 * else (other operators, dotted paths, null, documents, arrays, regexes) returns undefined and goes
 * through mingo.
 */
import { ObjectId, type Document } from 'bson';
import { compareValues, typeRank } from '../bson/compare.js';
import { needsExact } from '../bson/exact-number.js';
import { isPlainObject } from '../bson/values.js';

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

/** One value: exact for a Long beyond 2^53 or a Decimal128 (`typed`), else the scalar test. */
function valueEq(plain: unknown, typed: unknown): Eq | undefined {
  return needsExact(typed) ? exactEq(typed) : scalarEq(plain);
}

/**
 * `{$eq: v}` or `{$in: [v, ...]}` of values `valueEq` handles. ObjectIds and strings are looked up in
 * a set (a list of a thousand ids costs one lookup per document, not a thousand comparisons).
 */
function operatorEq(plain: unknown, typed: unknown): Eq | undefined {
  if (!isPlainObject(plain) || !isPlainObject(typed)) return undefined;
  const keys = Object.keys(plain);
  if (keys.length !== 1) return undefined;
  if (keys[0] === '$eq') return valueEq(plain['$eq'], typed['$eq']);
  const values = plain['$in'];
  const typedValues = typed['$in'];
  if (keys[0] !== '$in' || !Array.isArray(values) || !Array.isArray(typedValues)) return undefined;
  const ids = new Set<string>();
  const strings = new Set<string>();
  const others: Eq[] = [];
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (v instanceof ObjectId) ids.add(v.toHexString());
    else if (typeof v === 'string') strings.add(v);
    else {
      const eq = valueEq(v, typedValues[i]);
      if (!eq) return undefined;
      others.push(eq);
    }
  }
  return (v) => {
    if (v instanceof ObjectId) return ids.size > 0 && ids.has(v.toHexString());
    if (typeof v === 'string') return strings.has(v);
    for (const eq of others) if (eq(v)) return true;
    return false;
  };
}

type DocTest = (doc: Document) => boolean;

/**
 * The test of one top-level `{key: condition}` this fast path handles: equality, `$eq`, `$in`, and their
 * negations `$ne` / `$nin` (true when the field is missing, or neither it nor an element of it equals
 * a value), or undefined (mingo decides).
 */
export function fieldTest(key: string, plain: unknown, typed: unknown): DocTest | undefined {
  if (key.startsWith('$') || key.includes('.') || key === '__proto__') return undefined;
  let eq = valueEq(plain, typed) ?? operatorEq(plain, typed);
  let negate = false;
  if (!eq && isPlainObject(plain) && isPlainObject(typed) && Object.keys(plain).length === 1) {
    const [op] = Object.keys(plain);
    if (op === '$ne') eq = valueEq(plain.$ne, typed.$ne);
    else if (op === '$nin') eq = operatorEq({ $in: plain.$nin }, { $in: typed.$nin });
    negate = true;
  }
  if (!eq) return undefined;
  const test = eq;
  const holds = (doc: Document): boolean => {
    if (!Object.hasOwn(doc, key)) return false;
    const v = doc[key];
    return test(v) || (Array.isArray(v) && v.some(test));
  };
  return negate ? (doc) => !holds(doc) : holds;
}

/**
 * Splits a plain filter into the top-level conditions `fieldTest` handles (one matcher) and the rest
 * (for mingo): top-level conditions are a conjunction, so a document matches when both parts do. The
 * fast part answers first: a `$in` of a thousand ids is one set lookup instead of a thousand
 * comparisons inside mingo. Undefined when no condition is handled here.
 */
export function splitFilter(
  filter: Document,
  typedFilter: Document = filter,
): { fast: DocTest; rest: Document } | undefined {
  const tests: DocTest[] = [];
  const rest: Document = {};
  for (const key of Object.keys(filter)) {
    const test = fieldTest(key, filter[key], typedFilter[key]);
    if (test) tests.push(test);
    else rest[key] = filter[key];
  }
  if (!tests.length) return undefined;
  return { fast: (doc) => tests.every((t) => t(doc)), rest };
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
    const eq = valueEq(filter[key], typedFilter[key]) ?? operatorEq(filter[key], typedFilter[key]);
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
