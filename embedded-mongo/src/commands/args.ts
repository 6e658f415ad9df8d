/** Typed access to command arguments with MongoDB's error codes for wrong types. */
import type { Document } from 'bson';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from './errors.js';

export function collectionName(cmd: Document, name: string): string {
  const v = cmd[name];
  if (typeof v !== 'string' || !v) {
    throw new CommandError(
      73,
      `collection name has invalid type ${v === null ? 'null' : typeof v}`,
      'InvalidNamespace',
    );
  }
  return v;
}

export function optionalDoc(cmd: Document, field: string): Document | undefined {
  const v = cmd[field];
  if (v === undefined || v === null) return undefined;
  if (!isPlainObject(v))
    throw new CommandError(
      14,
      `BSON field '${field}' is the wrong type '${Array.isArray(v) ? 'array' : typeof v}', expected type 'object'`,
      'TypeMismatch',
    );
  return v;
}

export function optionalNumber(cmd: Document, field: string): number | undefined {
  const v = toPlain(cmd[field]);
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || Number.isNaN(v))
    throw new CommandError(
      14,
      `BSON field '${field}' is the wrong type '${typeof v}', expected a number`,
      'TypeMismatch',
    );
  return v;
}

export function nonNegative(cmd: Document, field: string): number | undefined {
  const v = optionalNumber(cmd, field);
  if (v !== undefined && v < 0)
    throw new CommandError(2, `${field} value must be non-negative, but received: ${v}`, 'BadValue');
  return v;
}

export function docArray(cmd: Document, field: string): Document[] {
  const v = cmd[field];
  if (!Array.isArray(v))
    throw new CommandError(14, `BSON field '${field}' is missing or not an array`, 'TypeMismatch');
  for (const d of v)
    if (!isPlainObject(d))
      throw new CommandError(14, `BSON field '${field}' must contain objects`, 'TypeMismatch');
  return v;
}
