/**
 * MongoDB's cross-type ordering of BSON values (the order used by indexes, sort and range predicates),
 * over the plain representation produced by `toPlain` (numbers are primitives).
 */
import {
  Binary,
  BSONRegExp,
  BSONSymbol,
  Code,
  Decimal128,
  Double,
  Int32,
  MaxKey,
  MinKey,
  ObjectId,
  Timestamp,
} from 'bson';
import { isLong, isPlainObject } from './values.js';
import { compareExact, doubleKey, exactKey, needsExact } from './exact-number.js';

/** Canonical type ranks; values of different ranks never compare equal. */
export function typeRank(v: unknown): number {
  if (v === undefined || v === null) return 2;
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return 3;
    case 'string':
      return 4;
    case 'boolean':
      return 9;
  }
  if (v instanceof ObjectId) return 8;
  if (v instanceof Date) return 10;
  if (Array.isArray(v)) return 6;
  if (isPlainObject(v)) return 5;
  if (v instanceof Number || isLong(v) || v instanceof Decimal128) return 3;
  if (v instanceof ObjectId) return 8;
  if (v instanceof Date) return 10;
  if (v instanceof Binary) return 7;
  if (v instanceof Timestamp) return 11;
  if (v instanceof RegExp || v instanceof BSONRegExp) return 12;
  if (v instanceof MinKey) return 1;
  if (v instanceof MaxKey) return 13;
  if (v instanceof BSONSymbol) return 4;
  if (v instanceof Code) return 14;
  return 5;
}

function num(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v instanceof Number) return v.valueOf();
  if (isLong(v)) return v.toNumber();
  if (v instanceof Decimal128) return Number(v.toString());
  return Number(v);
}

function cmpPrimitive<T>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpNumbers(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an && bn ? 0 : an ? -1 : 1;
  return cmpPrimitive(a, b);
}

function cmpBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function cmpObjects(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const va = a[ka[i]];
    const vb = b[kb[i]];
    const r = typeRank(va) - typeRank(vb);
    if (r) return r;
    const k = cmpPrimitive(ka[i], kb[i]);
    if (k) return k;
    const c = compareValues(va, vb);
    if (c) return c;
  }
  return ka.length - kb.length;
}

function cmpArrays(a: unknown[], b: unknown[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i], b[i]);
    if (c) return c;
  }
  return a.length - b.length;
}

/**
 * Like compareValues, but numbers compare as doubles (how query filters see them, see values.ts
 * toPlain). Index scans use it against filter bounds so that a bound never excludes an entry the filter
 * would match; index order itself stays exact.
 */
export function compareValuesAsDoubles(a: unknown, b: unknown): number {
  if (typeRank(a) === 3 && typeRank(b) === 3) return cmpNumbers(num(a), num(b));
  return compareValues(a, b);
}

export function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  // Fast paths for the common same-type cases (index maintenance calls this a lot).
  const ta = typeof a;
  if (ta === typeof b) {
    if (ta === 'string') return (a as string) < (b as string) ? -1 : 1;
    if (ta === 'number' && !Number.isNaN(a) && !Number.isNaN(b))
      return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0;
    if (a instanceof ObjectId && b instanceof ObjectId) return compareObjectIds(a, b);
  }
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  switch (ra) {
    case 2:
    case 1:
    case 13:
      return 0;
    case 3:
      return needsExact(a) || needsExact(b) ? compareExact(a, b) : cmpNumbers(num(a), num(b));
    case 4:
      return cmpPrimitive(String(a), String(b));
    case 5:
      return cmpObjects(a as Record<string, unknown>, b as Record<string, unknown>);
    case 6:
      return cmpArrays(a as unknown[], b as unknown[]);
    case 7: {
      const ba = a as Binary;
      const bb = b as Binary;
      return ba.position - bb.position || ba.sub_type - bb.sub_type || cmpBytes(ba.value(), bb.value());
    }
    case 8:
      return compareObjectIds(a as ObjectId, b as ObjectId);
    case 9:
      return Number(a) - Number(b);
    case 10:
      return cmpPrimitive((a as Date).getTime(), (b as Date).getTime());
    case 11:
      return (a as Timestamp).compare(b as Timestamp);
    case 12: {
      const sa = a as RegExp;
      const sb = b as RegExp;
      return (
        cmpPrimitive(String(sa.source), String(sb.source)) || cmpPrimitive(String(sa.flags), String(sb.flags))
      );
    }
    default:
      return cmpPrimitive(String(a), String(b));
  }
}

/** A string that is equal for two values exactly when `compareValues` says they are equal. */
export function canonicalKey(v: unknown): string {
  switch (typeof v) {
    case 'number':
      return doubleKey(v);
    case 'string':
      return 's' + v;
    case 'boolean':
      return v ? 'T' : 'F';
    case 'undefined':
      return 'z';
  }
  if (v === null) return 'z';
  if (v instanceof ObjectId) return 'o' + v.toHexString();
  if (needsExact(v)) return exactKey(v);
  // Wire-form numbers (e.g. an event's documentKey) key like the internal form they decode to.
  if (v instanceof Double || v instanceof Int32) return doubleKey(v.value);
  if (typeRank(v) === 3) return canonicalKey(num(v));
  if (v instanceof Date) return 'd' + v.getTime();
  if (Array.isArray(v)) return '[' + v.map((x) => JSON.stringify(canonicalKey(x))).join(',') + ']';
  if (isPlainObject(v)) {
    return (
      '{' +
      Object.keys(v)
        .map((k) => JSON.stringify(k) + ':' + JSON.stringify(canonicalKey(v[k])))
        .join(',') +
      '}'
    );
  }
  if (v instanceof Binary) return 'b' + v.sub_type + ':' + Buffer.from(v.value()).toString('base64');
  if (v instanceof Timestamp) return 't' + v.toString();
  if (v instanceof RegExp) return 'r' + v.source + '/' + v.flags;
  return 'x' + typeRank(v) + ':' + String(v);
}

type OidWords = { i0?: number; i1?: number; i2?: number; i3?: number };

/** bson 7 keeps an ObjectId as four 24-bit words; comparing them avoids allocating byte buffers. */
function compareObjectIds(a: ObjectId, b: ObjectId): number {
  const x = a as unknown as OidWords;
  const y = b as unknown as OidWords;
  if (typeof x.i0 !== 'number' || typeof y.i0 !== 'number')
    return cmpPrimitive(a.toHexString(), b.toHexString());
  return x.i0 - y.i0! || x.i1! - y.i1! || x.i2! - y.i2! || x.i3! - y.i3!;
}
