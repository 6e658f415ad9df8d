/** The read path: plan, scan candidates, filter with mingo, sort, skip and limit. */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { plainOf, type Collection, type DocRecord } from '../storage/collection.js';
import { planQuery, type Plan } from '../storage/planner.js';
import { scanIndex, type ScanStats } from '../storage/scan.js';
import type { ReadView } from '../storage/view.js';
import { sortBy, type SortSpec } from './sort.js';
import { assertSupported } from './unsupported.js';
import { equalityMatcher, splitFilter } from './equality-filter.js';
import { rewriteFilter } from './filter-rewrite.js';
import { collationQuery, type Collation } from './collation.js';
import { binaryQuery, needsBinaryOperators } from './binary-filter.js';

export interface ReadOptions {
  filter?: Document;
  sort?: SortSpec;
  skip?: number;
  /** 0 or undefined = no limit. */
  limit?: number;
  hint?: unknown;
  /** `let` variables for $expr. */
  vars?: Document;
  /** A non-simple query collation: filter and sort compare strings with it, no index is used. */
  collation?: Collation;
}

export interface ReadResult {
  records: DocRecord[];
  plan: Plan;
  stats: ScanStats;
}

/** `matches` takes a record: the equality fast path reads its stored document, mingo its plain view. */
export function compileFilter(
  filter: Document | undefined,
  vars?: Document,
  collation?: Collation,
): { plain: Document; matches: (record: DocRecord) => boolean } {
  const plain = (toPlain(filter ?? {}) ?? {}) as Document;
  assertSupported(plain);
  if (Object.keys(plain).length === 0) return { plain, matches: () => true };
  if (collation || (!vars && needsBinaryOperators(plain))) {
    const test = collation
      ? collationQuery(rewriteFilter(plain), collation)
      : binaryQuery(rewriteFilter(plain));
    return { plain, matches: (record) => test(plainOf(record)) };
  }
  const equality = vars ? undefined : equalityMatcher(plain, filter);
  if (equality) return { plain, matches: (record) => equality(record.doc) };
  // Equalities, $in, $ne and $nin on top-level fields are tested here; mingo gets the rest.
  const split = vars ? undefined : splitFilter(plain, (filter ?? {}) as Document);
  let query: Query;
  try {
    query = new Query(
      rewriteFilter(split ? split.rest : plain),
      vars ? { variables: toPlain(vars) as Document } : undefined,
    );
  } catch (err) {
    throw new CommandError(2, (err as Error).message);
  }
  if (split) return { plain, matches: (record) => split.fast(record.doc) && query.test(plainOf(record)) };
  return { plain, matches: (record) => query.test(plainOf(record)) };
}

function* candidates(coll: Collection, plan: Plan, view: ReadView, stats: ScanStats): Generator<DocRecord> {
  const extras = new Set(view.extraRids(coll));
  const ids: Iterable<string> = plan.kind === 'IXSCAN' ? scanIndex(plan, stats) : coll.records.keys();
  for (const rid of ids) {
    extras.delete(rid);
    const record = view.visible(coll, rid);
    if (record) yield record;
  }
  for (const rid of extras) {
    const record = view.visible(coll, rid);
    if (record) yield record;
  }
}

export function readCollection(coll: Collection | undefined, view: ReadView, opts: ReadOptions): ReadResult {
  const stats: ScanStats = { keysExamined: 0, docsExamined: 0 };
  const { plain, matches } = compileFilter(opts.filter, opts.vars, opts.collation);
  if (!coll) return { records: [], plan: { kind: 'COLLSCAN', providesSort: false }, stats };
  const sort = opts.sort ?? [];
  let plan = planQuery(coll, plain, sort, opts.hint);
  // Index bounds and order are binary; under a collation only a full scan finds every match.
  if (opts.collation) plan = { kind: 'COLLSCAN', providesSort: false };
  const hasExtras = !isEmpty(view.extraRids(coll));
  const ordered = plan.providesSort && !hasExtras;
  const skip = opts.skip ?? 0;
  const stopAt = ordered || !sort.length ? (opts.limit ? skip + opts.limit : Infinity) : Infinity;
  let records: DocRecord[] = [];
  for (const record of candidates(coll, plan, view, stats)) {
    stats.docsExamined++;
    if (!matches(record)) continue;
    records.push(record);
    if (records.length >= stopAt) break;
  }
  if (sort.length && !ordered) records = sortBy(records, sort, plainOf, opts.collation?.compare);
  if (skip || opts.limit) records = records.slice(skip, opts.limit ? skip + opts.limit : undefined);
  return { records, plan, stats };
}

function isEmpty(it: Iterable<string>): boolean {
  for (const _ of it) return false;
  return true;
}
