/**
 * Filters that compare BinData: mingo cannot order Binary values ($gt / $lt never matched, $gte only the
 * equal value) and its $bits* operators only read numbers. Such filters run with the engine's query
 * operators (collation.ts, with the plain BSON order) plus $bits* over BinData bytes: bit position 0 is
 * the least significant bit of the first byte, as in mongod.
 */
import { Binary, type Document } from 'bson';
import * as queryOperators from 'mingo/operators/query';
import { resolve } from 'mingo/util';
import { compareValues } from '../bson/compare.js';
import { isPlainObject } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { collationQuery, type Collation } from './collation.js';

const RANGE = new Set(['$gt', '$gte', '$lt', '$lte']);
const BITS = ['$bitsAllSet', '$bitsAnySet', '$bitsAllClear', '$bitsAnyClear'] as const;
const BSON_ORDER: Collation = { compare: compareValues };

/**
 * True when the filter has a Binary operand under a range operator, or any $bits* operator (and no
 * $expr, which only mingo's own context evaluates).
 */
export function needsBinaryOperators(filter: Document): boolean {
  let found = false;
  let expr = false;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!isPlainObject(value)) return;
    for (const [k, v] of Object.entries(value)) {
      if (k === '$expr') expr = true;
      if ((RANGE.has(k) && v instanceof Binary) || (BITS as readonly string[]).includes(k)) found = true;
      visit(v);
    }
  };
  visit(filter);
  return found && !expr;
}

function positions(mask: unknown): number[] {
  if (Array.isArray(mask)) return mask.map(Number);
  if (mask instanceof Binary) {
    const bytes = mask.buffer.subarray(0, mask.position);
    const out: number[] = [];
    bytes.forEach((byte, i) => {
      for (let b = 0; b < 8; b++) if (byte & (1 << b)) out.push(i * 8 + b);
    });
    return out;
  }
  if (typeof mask === 'number' && Number.isInteger(mask) && mask >= 0) {
    const out: number[] = [];
    for (let b = 0; b < 53; b++) if (Math.floor(mask / 2 ** b) % 2 === 1) out.push(b);
    return out;
  }
  throw new CommandError(2, 'bit positions must be an array, a non-negative integer or BinData', 'BadValue');
}

function binaryBitsOperator(name: (typeof BITS)[number]) {
  const numeric = (
    queryOperators as unknown as Record<
      string,
      (s: string, v: unknown, o: unknown) => (obj: Document) => boolean
    >
  )[name];
  return (selector: string, value: unknown, options: unknown) => {
    const wanted = positions(value);
    const forNumbers = numeric(selector, value instanceof Binary ? positions(value) : value, options);
    return (obj: Document) => {
      const lhs = resolve(obj, selector);
      if (!(lhs instanceof Binary)) return forNumbers(obj);
      const bytes = lhs.buffer.subarray(0, lhs.position);
      const bit = (p: number) => (p >> 3 < bytes.length ? (bytes[p >> 3] >> (p & 7)) & 1 : 0) === 1;
      if (name === '$bitsAllSet') return wanted.every(bit);
      if (name === '$bitsAnySet') return wanted.some(bit);
      if (name === '$bitsAllClear') return wanted.every((p) => !bit(p));
      return wanted.some((p) => !bit(p));
    };
  };
}

const EXTRA = Object.fromEntries(BITS.map((name) => [name, binaryBitsOperator(name)]));

/** A filter test in BSON order with BinData-aware $bits* (the filter is the plain, rewritten view). */
export function binaryQuery(filter: Document): (doc: Document) => boolean {
  return collationQuery(filter, BSON_ORDER, EXTRA);
}
