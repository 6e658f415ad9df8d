/**
 * Type checks mongod makes before applying an update operator. mingo silently skips a $push onto a
 * number or a $set through a scalar, so without these a wrong-typed update reported success and
 * changed nothing.
 */
import type { Document } from 'bson';
import { Binary, Decimal128, ObjectId, Timestamp } from 'bson';
import { boxedType, isLong, isPlainObject } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { ownValue } from './paths.js';

/** Operators that create the fields on their path (so every prefix must be a document or an indexed array). */
const CREATING = new Set([
  '$set',
  '$setOnInsert',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$currentDate',
  '$push',
  '$addToSet',
  '$bit',
]);

const OTHER_TYPES: Record<string, string> = {
  Code: 'javascript',
  BSONSymbol: 'symbol',
  MinKey: 'minKey',
  MaxKey: 'maxKey',
  BSONRegExp: 'regex',
};

/** MongoDB's type alias for a stored value. */
export function bsonTypeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') {
    // Integral numbers outside int32 are written as int64 (see toWire).
    if (!Number.isInteger(v) || Object.is(v, -0)) return 'double';
    return v <= 0x7fffffff && v >= -0x80000000 ? 'int' : Number.isSafeInteger(v) ? 'long' : 'double';
  }
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof Number) return boxedType(v) === 'long' ? 'long' : 'double';
  if (v instanceof Timestamp) return 'timestamp';
  if (isLong(v)) return 'long';
  if (v instanceof Decimal128) return 'decimal';
  if (v instanceof ObjectId) return 'objectId';
  if (v instanceof Date) return 'date';
  if (v instanceof Binary) return 'binData';
  if (v instanceof RegExp) return 'regex';
  if (Array.isArray(v)) return 'array';
  const other = OTHER_TYPES[(v as { _bsontype?: string })._bsontype ?? ''];
  return other ?? 'object';
}

function short(v: unknown): string {
  if (Array.isArray(v)) return '[...]';
  if (isPlainObject(v)) return '{...}';
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

/** PathNotViable when a prefix of `path` is a scalar (or an array addressed by a non-numeric name). */
function checkViable(doc: Document, path: string): void {
  const parts = path.split('.');
  let cur: unknown = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    cur = Array.isArray(cur)
      ? /^\d+$/.test(part)
        ? cur[Number(part)]
        : undefined
      : ownValue(cur as Document, part);
    if (cur === undefined) return;
    const next = parts[i + 1];
    const viable = isPlainObject(cur) || (Array.isArray(cur) && /^\d+$/.test(next));
    if (!viable) {
      throw new CommandError(
        28,
        `Cannot create field '${next}' in element {${part}: ${short(cur)}}`,
        'PathNotViable',
      );
    }
  }
}

/** The value at a concrete path, or undefined if the path does not lead anywhere. */
function valueAt(doc: Document, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) cur = /^\d+$/.test(part) ? cur[Number(part)] : undefined;
    else if (isPlainObject(cur)) cur = ownValue(cur, part);
    else return undefined;
  }
  return cur;
}

/** Throws mongod's error for operator `op` at concrete `path` of `doc` (before the update). */
export function checkOperandTarget(op: string, doc: Document, path: string): void {
  if (CREATING.has(op)) checkViable(doc, path);
  const value = valueAt(doc, path);
  if (value === undefined || Array.isArray(value)) return;
  switch (op) {
    case '$push':
    case '$addToSet':
      throw new CommandError(
        2,
        `The field '${path}' must be an array but is of type ${bsonTypeName(value)} in document {_id: ${short(doc._id)}}`,
        'BadValue',
      );
    case '$pull':
    case '$pullAll':
      throw new CommandError(2, 'Cannot apply $pull to a non-array value', 'BadValue');
    case '$pop':
      throw new CommandError(
        14,
        `Path '${path}' contains an element of non-array type '${bsonTypeName(value)}'`,
        'TypeMismatch',
      );
  }
}
