/** Computes a change event's updateDescription by comparing before and after images. */
import type { Document } from 'bson';
import { compareValues } from '../bson/compare.js';
import { isPlainObject, toPlain, toWire } from '../bson/values.js';

export function updateDescription(
  before: Document,
  after: Document,
): {
  updatedFields: Document;
  removedFields: string[];
  truncatedArrays: Array<{ field: string; newSize: number }>;
} {
  const updatedFields: Document = {};
  const removedFields: string[] = [];
  const walk = (a: Document, b: Document, prefix: string) => {
    for (const key of Object.keys(a)) if (!(key in b)) removedFields.push(prefix + key);
    for (const key of Object.keys(b)) {
      const path = prefix + key;
      if (!(key in a)) {
        updatedFields[path] = toWire(b[key]);
      } else if (isPlainObject(a[key]) && isPlainObject(b[key])) {
        walk(a[key] as Document, b[key] as Document, path + '.');
      } else if (compareValues(toPlain(a[key]), toPlain(b[key])) !== 0 || typeof a[key] !== typeof b[key]) {
        updatedFields[path] = toWire(b[key]);
      }
    }
  };
  walk(before, after, '');
  return { updatedFields, removedFields, truncatedArrays: [] };
}
