/**
 * The engine's in-memory value representation.
 *
 * Documents are kept as plain JS objects so mingo can query them directly. JS has a single number type,
 * so BSON numeric types that a plain `number` cannot express are kept "boxed":
 *   - int32                      -> plain number (bson serialises integral numbers in int32 range as int32)
 *   - double with fraction / NaN -> plain number (serialises as double anyway)
 *   - integral double (5.0)      -> Number wrapper tagged 'double'
 *   - int64 in the safe range    -> Number wrapper tagged 'long'
 *   - int64 outside it, Decimal128 -> the bson class instance
 * Number wrappers have typeOf 'number' for mingo's comparisons and sort, but mingo's equality needs
 * primitives, so filters and query-time views of typed documents go through `toPlain`, and everything
 * leaving the engine goes through `toWire`, which turns boxes back into bson Double / Long.
 */
import { Binary, DBRef, Decimal128, Double, Int32, Long, Timestamp } from 'bson';

/** bson's Timestamp extends Long, so `instanceof Long` alone would treat timestamps as numbers. */
export function isLong(v: unknown): v is Long {
  return v instanceof Long && !(v instanceof Timestamp);
}

export const NUMBER_TYPE = Symbol('bsonNumberType');
export type NumberType = 'double' | 'long';
// A boxed Number on purpose: it carries the BSON type of an integral double or a Long while still
// comparing and computing like a number in mingo.
// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types
type Boxed = Number & { [NUMBER_TYPE]?: NumberType };

export function box(value: number, type: NumberType): Boxed {
  const boxed = new Number(value) as Boxed;
  boxed[NUMBER_TYPE] = type;
  return boxed;
}

export function boxedType(value: unknown): NumberType | undefined {
  return value instanceof Number ? ((value as Boxed)[NUMBER_TYPE] ?? 'double') : undefined;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Turns a bson value decoded with `promoteValues: false` into the internal representation. */
export function normalizeValue(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (v !== null && typeof v === 'object') {
        const n = normalizeValue(v);
        if (n !== v) value[i] = n;
      }
    }
    return value;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null) {
    const obj = value as Record<string, unknown>;
    for (const key in obj) {
      const v = obj[key];
      if (v !== null && typeof v === 'object') {
        const n = normalizeValue(v);
        if (n !== v) obj[key] = n;
      }
    }
    return value;
  }
  switch ((value as { _bsontype?: string })._bsontype) {
    case 'Int32':
      return (value as Int32).value;
    case 'Double': {
      const v = (value as Double).value;
      return Number.isInteger(v) || Object.is(v, -0) ? box(v, 'double') : v;
    }
    case 'Long': {
      const n = (value as Long).toNumber();
      return Number.isSafeInteger(n) ? box(n, 'long') : value;
    }
    case 'Binary': {
      // Decoded Binary values are views into the whole received message; copy so it can be freed.
      const bin = value as Binary;
      return new Binary(Buffer.from(bin.buffer.subarray(0, bin.position)), bin.sub_type);
    }
    default:
      return value;
  }
}

/**
 * True if the value (recursively) holds boxed numbers, big Longs, Decimal128 or integers outside the
 * int32 range — i.e. whenever `toPlain` or `toWire` would change something.
 */
export function hasTypedValues(value: unknown): boolean {
  if (typeof value === 'number')
    return Number.isInteger(value) && (value > 0x7fffffff || value < -0x80000000);
  if (value === null || typeof value !== 'object') return false;
  if (value instanceof Number || isLong(value) || value instanceof Decimal128) return true;
  if (Array.isArray(value)) return value.some(hasTypedValues);
  if (isPlainObject(value)) {
    for (const key in value) if (hasTypedValues(value[key])) return true;
    return false;
  }
  // A DBRef is an ordinary {$ref, $id} document to queries ('ref.$id'), so it needs a plain view too.
  return value instanceof DBRef;
}

/** A DBRef as the document it is on the wire: {$ref, $id, $db?, ...fields}. */
function dbrefView(ref: DBRef): Record<string, unknown> {
  const out: Record<string, unknown> = { $ref: ref.collection, $id: toPlain(ref.oid) };
  if (ref.db) out.$db = ref.db;
  for (const key of Object.keys(ref.fields ?? {})) out[key] = toPlain(ref.fields[key]);
  return out;
}

/** A view with every numeric type as a primitive number, for mingo and for index keys. */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Number) return value.valueOf();
  if (isLong(value)) return value.toNumber();
  if (value instanceof Decimal128) return Number(value.toString());
  if (value instanceof Int32 || value instanceof Double) return value.value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = toPlain(value[i]);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (isPlainObject(value)) {
    let out: Record<string, unknown> | undefined;
    for (const key in value) {
      const v = toPlain(value[key]);
      if (v !== value[key]) (out ??= { ...value })[key] = v;
    }
    return out ?? value;
  }
  if (value instanceof DBRef) return dbrefView(value);
  return value;
}

/** A bson-serialisable copy: boxes become Double / Long; integers outside int32 become Long. */
export function toWire(value: unknown): unknown {
  if (typeof value === 'number') {
    if (
      Number.isInteger(value) &&
      (value > 0x7fffffff || value < -0x80000000) &&
      Number.isSafeInteger(value)
    ) {
      return Long.fromNumber(value);
    }
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Number) {
    return boxedType(value) === 'long' ? Long.fromNumber(value.valueOf()) : new Double(value.valueOf());
  }
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = toWire(value[i]);
      if (v !== value[i]) (out ??= value.slice())[i] = v;
    }
    return out ?? value;
  }
  if (isPlainObject(value)) {
    let out: Record<string, unknown> | undefined;
    for (const key in value) {
      const v = toWire(value[key]);
      if (v !== value[key]) (out ??= { ...value })[key] = v;
    }
    return out ?? value;
  }
  return value;
}

/** Deep copy of containers; leaves (including bson objects, which are immutable) are shared. */
export function cloneDoc<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneDoc) as T;
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key in value) {
      // An own `__proto__` field must stay a field: assigning it would set the copy's prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, {
          value: cloneDoc(value[key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      else out[key] = cloneDoc(value[key]);
    }
    return out as T;
  }
  if (value instanceof Date) return new Date(value.getTime()) as T;
  return value;
}
