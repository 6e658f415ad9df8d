/**
 * Exact comparison of BSON numbers where a JS double is not enough: Longs beyond 2^53 and Decimal128.
 * Each value becomes coefficient x 10^exponent with a BigInt coefficient (a double's binary fraction is
 * exactly m x 2^e = m x 5^-e x 10^e), so 2^53 and 2^53 + 1, or Decimal128 0.1 and the double 0.1, differ.
 * Used for index order, uniqueness and record identity; only taken when a Long or Decimal128 is involved.
 */
import { Decimal128 } from 'bson';
import { isLong } from './values.js';

type Exact = { nan: true } | { inf: 1 | -1 } | { coef: bigint; exp: number };

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?(?:E([+-]\d+))?$/;
const scratch = new DataView(new ArrayBuffer(8));

function ofDouble(x: number): Exact {
  if (Number.isNaN(x)) return { nan: true };
  if (!Number.isFinite(x)) return { inf: x > 0 ? 1 : -1 };
  if (Number.isInteger(x)) return { coef: BigInt(x), exp: 0 };
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const expBits = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(scratch.getUint32(4));
  let e = -1074;
  if (expBits !== 0) {
    m |= 1n << 52n;
    e = expBits - 1075;
  }
  const coef = m * 5n ** BigInt(-e); // non-integers always have e < 0
  return { coef: hi >>> 31 ? -coef : coef, exp: e };
}

function ofDecimal(d: Decimal128): Exact {
  const s = d.toString();
  if (s === 'NaN') return { nan: true };
  if (s === 'Infinity' || s === '-Infinity') return { inf: s[0] === '-' ? -1 : 1 };
  const match = DECIMAL.exec(s);
  if (!match) return ofDouble(Number(s));
  const fraction = match[3] ?? '';
  const coef = BigInt(match[2]! + fraction);
  return { coef: match[1] ? -coef : coef, exp: Number(match[4] ?? 0) - fraction.length };
}

function exactOf(v: unknown): Exact {
  if (isLong(v)) return { coef: BigInt(v.toString()), exp: 0 };
  if (v instanceof Decimal128) return ofDecimal(v);
  return ofDouble(typeof v === 'number' ? v : Number(v));
}

/** True when the value needs the exact path (plain and boxed numbers compare fine as doubles). */
export function needsExact(v: unknown): boolean {
  return isLong(v) || v instanceof Decimal128;
}

function cmpFinite(a: { coef: bigint; exp: number }, b: { coef: bigint; exp: number }): number {
  let x = a.coef;
  let y = b.coef;
  if (a.exp > b.exp) x *= 10n ** BigInt(a.exp - b.exp);
  else if (b.exp > a.exp) y *= 10n ** BigInt(b.exp - a.exp);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** MongoDB numeric order, exactly: NaN first (and equal to NaN), then -Infinity ... Infinity. */
export function compareExact(a: unknown, b: unknown): number {
  const x = exactOf(a);
  const y = exactOf(b);
  if ('nan' in x || 'nan' in y) return 'nan' in x && 'nan' in y ? 0 : 'nan' in x ? -1 : 1;
  // Finite values lie between the infinities: rank them -1 / 0 / 1 first.
  const xi = 'inf' in x ? x.inf : 0;
  const yi = 'inf' in y ? y.inf : 0;
  if (xi !== yi) return xi < yi ? -1 : 1;
  if ('inf' in x || 'inf' in y) return 0;
  return cmpFinite(x, y);
}

/** Canonical key of a plain double: equal exactly when the values are equal. */
export function doubleKey(v: number): string {
  if (Object.is(v, -0)) return 'n0';
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return 'n' + BigInt(v).toString();
  return 'n' + v;
}

/** Canonical key of a Long or Decimal128, consistent with doubleKey for values a double can hold. */
export function exactKey(v: unknown): string {
  if (isLong(v)) return 'n' + v.toString();
  const exact = exactOf(v);
  if ('nan' in exact) return 'nNaN';
  if ('inf' in exact) return exact.inf > 0 ? 'nInfinity' : 'n-Infinity';
  const asDouble = Number((v as Decimal128).toString());
  if (
    Number.isFinite(asDouble) &&
    cmpFinite(exact, ofDouble(asDouble) as { coef: bigint; exp: number }) === 0
  )
    return doubleKey(asDouble);
  let { coef, exp } = exact;
  while (coef % 10n === 0n) {
    coef /= 10n;
    exp++;
  }
  return `n~${coef}e${exp}`;
}
