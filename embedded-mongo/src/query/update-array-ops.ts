/**
 * $pull done by the engine, with mongod's three matchers (pull_node.cpp), because mingo wraps any
 * condition containing a `$` key as a scalar condition — `{$nor: [...]}` then matched every element.
 *   - an object whose first key is not a field-level operator (`{n: 'a'}`, `{$or: [...]}`, `{}`) is a
 *     query over each element, and only document elements can match it;
 *   - an object of field-level operators (`{$gte: 3}`, `{$in: [...]}`) or a regex applies to the value;
 *   - anything else matches by BSON equality (types kept: 5 == 5.0 == 5L, as mongod compares numbers).
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { compareValues } from '../bson/compare.js';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { rewriteFilter } from './filter-rewrite.js';

/** Operators that apply to a field's value (MatchExpressionParser::parsePathAcceptingKeyword). */
const VALUE_OPERATORS = new Set([
  '$eq',
  '$ne',
  '$gt',
  '$gte',
  '$lt',
  '$lte',
  '$in',
  '$nin',
  '$exists',
  '$type',
  '$mod',
  '$regex',
  '$options',
  '$size',
  '$all',
  '$elemMatch',
  '$not',
  '$bitsAllSet',
  '$bitsAllClear',
  '$bitsAnySet',
  '$bitsAnyClear',
  '$geoWithin',
  '$geoIntersects',
  '$near',
  '$nearSphere',
  '$within',
]);

export type ElementMatcher = (element: unknown) => boolean;

function compile(query: Document): Query {
  try {
    return new Query(rewriteFilter(query));
  } catch (err) {
    throw new CommandError(2, (err as Error).message);
  }
}

export function pullMatcher(spec: unknown): ElementMatcher {
  if (isPlainObject(spec)) {
    const first = Object.keys(spec)[0];
    const plain = toPlain(spec) as Document;
    if (first !== undefined && VALUE_OPERATORS.has(first)) {
      const q = compile({ v: plain });
      return (e) => q.test({ v: toPlain(e) });
    }
    if (first === '$ref') {
      // A DBRef ({$ref, $id, $db}): mongod reads these keys as field names; match them by equality.
      return (e) => {
        const el = toPlain(e);
        return isPlainObject(el) && Object.entries(plain).every(([k, v]) => compareValues(el[k], v) === 0);
      };
    }
    const q = compile(plain);
    // toPlain first: a DBRef element is a document too.
    return (e) => {
      const plain = toPlain(e);
      return isPlainObject(plain) && q.test(plain);
    };
  }
  if (spec instanceof RegExp) {
    const q = compile({ v: spec });
    return (e) => q.test({ v: e });
  }
  return (e) => compareValues(toPlain(e), toPlain(spec)) === 0;
}

/** $pullAll: removes every element equal to one of the values. */
export function pullAllMatcher(values: unknown): ElementMatcher {
  if (!Array.isArray(values))
    throw new CommandError(2, `$pullAll requires an array argument but was given a ${typeof values}`);
  const plain = values.map(toPlain);
  return (e) => {
    const pe = toPlain(e);
    return plain.some((v) => compareValues(pe, v) === 0);
  };
}

/** Removes matching elements of the array at `arr`; returns the new array or undefined when nothing matched. */
export function pullFrom(arr: unknown[], matches: ElementMatcher): unknown[] | undefined {
  const kept = arr.filter((e) => !matches(e));
  return kept.length === arr.length ? undefined : kept;
}
