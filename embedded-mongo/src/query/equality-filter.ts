/**
 * A matcher for the commonest filter shape, `{field: scalar, ...}` (findOne by _id or by an indexed
 * field), without building a mingo Query per request (its compilation cost more than the whole index
 * lookup). It follows MongoDB equality: the field equals the value, or is an array with an element that
 * does. Anything else (operators, dotted paths, null, documents, arrays, regexes) returns undefined
 * and goes through mingo.
 */
import { ObjectId, type Document } from 'bson';

type Eq = (v: unknown) => boolean;

function scalarEq(q: unknown): Eq | undefined {
  switch (typeof q) {
    case 'string':
    case 'boolean':
      return (v) => v === q;
    case 'number':
      return Number.isFinite(q) ? (v) => v === q : undefined;
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

/** A matcher for a plain (toPlain'd) filter of top-level field equalities, or undefined. */
export function equalityMatcher(filter: Document): ((doc: Document) => boolean) | undefined {
  const tests: Array<[string, Eq]> = [];
  for (const key of Object.keys(filter)) {
    if (key.startsWith('$') || key.includes('.') || key === '__proto__') return undefined;
    const eq = scalarEq(filter[key]);
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
