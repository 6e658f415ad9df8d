/**
 * Query-level collations (`collation: {locale, strength}` on find, count, delete and on aggregate
 * pipelines made of $match / $sort / $skip / $limit / $count): string comparisons in filters and sorts use Intl.Collator
 * (ICU, as mongod), strength 1 = base letters, 2 = + accents, 3 = + case. Collections and indexes keep
 * the simple collation (a collection default would also change _id and unique-index identity, which the
 * storage does not do), so such queries never use an index. Options that Intl cannot reproduce are
 * refused, never ignored.
 */
import type { Document } from 'bson';
import { Context } from 'mingo/core';
import * as queryOperators from 'mingo/operators/query';
import { Query as BaseQuery } from 'mingo/query';
import { resolve } from 'mingo/util';
import { compareValues, typeRank } from '../bson/compare.js';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';

export interface Collation {
  /** Total order with strings compared by the collator (BSON order otherwise). */
  compare: (a: unknown, b: unknown) => number;
}

const DEFAULTS: Record<string, unknown> = {
  caseLevel: false,
  caseFirst: 'off',
  alternate: 'non-ignorable',
  backwards: false,
  normalization: false,
};
const SENSITIVITY: Record<number, Intl.CollatorOptions['sensitivity']> = {
  1: 'base',
  2: 'accent',
  3: 'variant',
};

function badCollation(message: string): CommandError {
  return new CommandError(2, `collation ${message} is not supported by the embedded engine`, 'BadValue');
}

/** undefined for no collation or `{locale: 'simple'}`. */
export function parseCollation(spec: unknown): Collation | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (!isPlainObject(spec)) throw new CommandError(14, 'collation must be an object', 'TypeMismatch');
  const plain = toPlain(spec) as Document;
  if (typeof plain.locale !== 'string')
    throw new CommandError(2, "Required field 'locale' is missing", 'BadValue');
  if (plain.locale === 'simple') return undefined;
  const locale = plain.locale.replace(/@.*$/, '').replace('_', '-');
  if (plain.locale.includes('@') || !Intl.Collator.supportedLocalesOf([locale]).length)
    throw badCollation(`locale '${plain.locale}'`);
  const strength = plain.strength ?? 3;
  if (!SENSITIVITY[strength as number]) throw badCollation(`strength ${String(strength)}`);
  for (const [key, value] of Object.entries(plain)) {
    if (
      key === 'locale' ||
      key === 'strength' ||
      key === 'numericOrdering' ||
      key === 'version' ||
      key === 'maxVariable'
    )
      continue;
    if (!(key in DEFAULTS) || value !== DEFAULTS[key])
      throw badCollation(`option ${key}: ${JSON.stringify(value)}`);
  }
  const collator = new Intl.Collator(locale, {
    sensitivity: SENSITIVITY[strength as number],
    numeric: plain.numericOrdering === true,
    usage: 'sort',
  });
  const compare = (a: unknown, b: unknown): number => {
    if (typeof a === 'string' && typeof b === 'string') return Math.sign(collator.compare(a, b));
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const c = compare(a[i], b[i]);
        if (c) return c;
      }
      return a.length - b.length;
    }
    if (isPlainObject(a) && isPlainObject(b)) {
      const ka = Object.keys(a);
      const kb = Object.keys(b);
      for (let i = 0; i < Math.min(ka.length, kb.length); i++) {
        const c = compareValues(ka[i], kb[i]) || compare(a[ka[i]], b[kb[i]]);
        if (c) return c;
      }
      return ka.length - kb.length;
    }
    return compareValues(a, b);
  };
  return { compare };
}

type Predicate = (lhs: unknown, rhs: unknown, depth: number) => boolean;

/** A query operator over the value(s) at `selector`, like mingo's, with the collation's comparisons. */
function operator(predicate: Predicate) {
  return (selector: string, value: unknown) => {
    const depth = selector.split('.').length - 1;
    return (obj: Document) => predicate(resolve(obj, selector, { unwrapArray: true }), value, depth);
  };
}

const flat = (a: unknown[], depth: number): unknown[] => a.flat(Math.max(depth, 1));
const isNil = (v: unknown) => v === null || v === undefined;

function queryContext(coll: Collation, extra: Record<string, unknown>): Context {
  const eq = (a: unknown, b: unknown) => coll.compare(a, b) === 0;
  const $eq: Predicate = (a, b, depth) =>
    (isNil(a) && isNil(b)) ||
    eq(a, b) ||
    (Array.isArray(a) && (a.some((v) => eq(v, b)) || flat(a, depth).some((v) => eq(v, b))));
  const $in: Predicate = (a, b) => {
    const values = Array.isArray(a) ? a : [a];
    if (isNil(a)) return (b as unknown[]).some((v) => v === null);
    return (b as unknown[]).some((x) =>
      x instanceof RegExp
        ? values.some((v) => typeof v === 'string' && x.test(v))
        : values.some((v) => eq(v, x)),
    );
  };
  const range =
    (ok: (c: number) => boolean): Predicate =>
    (a, b) =>
      (Array.isArray(a) ? a : [a]).some(
        (v) => !isNil(v) && typeRank(v) === typeRank(b) && ok(coll.compare(v, b)),
      );
  const ops = {
    $eq: operator($eq),
    $ne: operator((a, b, d) => !$eq(a, b, d)),
    $in: operator($in),
    $nin: operator((a, b, d) => !$in(a, b, d)),
    $gt: operator(range((c) => c > 0)),
    $gte: operator(range((c) => c >= 0)),
    $lt: operator(range((c) => c < 0)),
    $lte: operator(range((c) => c <= 0)),
    $expr: () => {
      throw new CommandError(
        115,
        '$expr with a collation is not supported by the embedded engine',
        'CommandNotSupported',
      );
    },
  };
  return Context.init({ query: { ...queryOperators, ...ops, ...extra } } as never);
}

/** A filter test using the collation (the filter is the plain view, already rewritten). */
export function collationQuery(
  filter: Document,
  coll: Collation,
  extra: Record<string, unknown> = {},
): (doc: Document) => boolean {
  let query: BaseQuery;
  try {
    query = new BaseQuery(filter, { context: queryContext(coll, extra) } as never);
  } catch (err) {
    if (err instanceof CommandError) throw err;
    throw new CommandError(2, (err as Error).message);
  }
  return (doc) => query.test(doc);
}
