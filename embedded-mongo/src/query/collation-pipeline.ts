/**
 * Aggregation under a non-simple collation, for the stages whose string comparisons the engine can
 * make collation-aware: $match, $sort, $skip, $limit, $count and countDocuments' constant $group.
 * Other stages (grouping, lookups, expressions compare strings too) are refused rather than run with
 * binary comparisons.
 */
import type { Document } from 'bson';
import { isPlainObject } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { collationQuery, type Collation } from './collation.js';
import { rewriteFilter } from './filter-rewrite.js';
import { parseSort, sortBy } from './sort.js';

const STAGES = new Set(['$match', '$sort', '$skip', '$limit', '$count', '$group']);

/** countDocuments' `{$group: {_id: 1, n: {$sum: 1}}}`: a constant key and constant sums compare no strings. */
function constantCountGroup(arg: unknown): Document | undefined {
  if (!isPlainObject(arg)) return undefined;
  const { _id, ...accumulators } = arg;
  if (!(_id === null || typeof _id === 'number' || typeof _id === 'boolean')) return undefined;
  for (const acc of Object.values(accumulators)) {
    if (!isPlainObject(acc) || Object.keys(acc).length !== 1 || typeof acc.$sum !== 'number')
      return undefined;
  }
  return arg;
}

/**
 * `stages` are plain (toPlain'd); filters and sorts read `plainOf(item)`, and the items themselves are
 * returned, so stored documents keep their BSON number types.
 */
export function runCollatedPipeline<T>(
  input: T[],
  plainOf: (item: T) => Document,
  stages: Document[],
  collation: Collation,
): Array<T | Document> {
  for (const stage of stages) {
    const op = Object.keys(stage)[0];
    if (!STAGES.has(op) || (op === '$group' && !constantCountGroup(stage.$group)))
      throw new CommandError(
        115,
        `${op} with a collation is not supported by the embedded engine`,
        'CommandNotSupported',
      );
  }
  let docs: Array<T | Document> = input;
  const plains = new Map<unknown, Document>(input.map((item) => [item, plainOf(item)]));
  const plain = (d: T | Document) => plains.get(d) ?? (d as Document);
  for (const stage of stages) {
    const [op, arg] = Object.entries(stage)[0];
    if (op === '$match') {
      if (!isPlainObject(arg))
        throw new CommandError(15959, 'the match filter must be an expression in an object', 'Location15959');
      const test = collationQuery(rewriteFilter(arg), collation);
      docs = docs.filter((d) => test(plain(d)));
    } else if (op === '$sort') {
      docs = sortBy(docs, parseSort(arg), plain, collation.compare);
    } else if (op === '$skip' || op === '$limit') {
      const n = Number(arg);
      if (!Number.isInteger(n) || n < 0 || (op === '$limit' && n === 0))
        throw new CommandError(15958, `invalid argument to ${op} stage`, 'Location15958');
      docs = op === '$skip' ? docs.slice(n) : docs.slice(0, n);
    } else if (op === '$group') {
      const { _id, ...accumulators } = arg as Document;
      const out: Document = { _id };
      for (const [field, acc] of Object.entries(accumulators))
        out[field] = (acc as Document).$sum * docs.length;
      docs = docs.length ? [out] : [];
    } else {
      if (typeof arg !== 'string' || !arg || arg.startsWith('$') || arg.includes('.'))
        throw new CommandError(40156, 'the count field must be a non-empty string', 'Location40156');
      docs = docs.length ? [{ [arg]: docs.length }] : [];
    }
  }
  return docs;
}
