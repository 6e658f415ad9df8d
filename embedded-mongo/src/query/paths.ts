/**
 * Reading and writing dotted paths in documents, for update operators. Only own properties are read
 * and written: `__proto__` is an ordinary field name to MongoDB, and following it here would let a
 * client's `$inc: {'__proto__.x': 1}` modify Object.prototype of the whole engine process.
 */
import type { Document } from 'bson';
import { isPlainObject } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';

/** The own property `key` of `obj` (never an inherited one such as `__proto__`). */
export function ownValue(obj: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** Sets an own property, also for the name `__proto__` (a plain assignment would set the prototype). */
export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

export function getAt(doc: Document, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) cur = /^\d+$/.test(part) ? cur[Number(part)] : undefined;
    else if (isPlainObject(cur)) cur = ownValue(cur, part);
    else return undefined;
  }
  return cur;
}

/** Sets a value, creating intermediate documents like MongoDB's $set does. */
export function setAt(doc: Document, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: unknown = doc;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i];
    let next: unknown;
    if (Array.isArray(cur) && /^\d+$/.test(part)) {
      next = cur[Number(part)];
      if (next === undefined || next === null) cur[Number(part)] = next = {};
    } else if (isPlainObject(cur)) {
      next = ownValue(cur, part);
      if (next === undefined || next === null) setOwn(cur, part, (next = {}));
    } else {
      throw pathNotViable(path, parts.slice(0, i).join('.'));
    }
    cur = next;
  }
  const last = parts[parts.length - 1];
  if (Array.isArray(cur) && /^\d+$/.test(last)) {
    const idx = Number(last);
    while (cur.length < idx) cur.push(null);
    cur[idx] = value;
  } else if (isPlainObject(cur)) {
    setOwn(cur, last, value);
  } else {
    throw pathNotViable(path, parts.slice(0, -1).join('.'));
  }
}

function pathNotViable(path: string, at: string): CommandError {
  return new CommandError(
    28,
    `Cannot create field '${path.split('.').pop()}' in element {${at}: ...}`,
    'PathNotViable',
  );
}
