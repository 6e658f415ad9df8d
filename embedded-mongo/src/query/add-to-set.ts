/**
 * $addToSet done by the engine rather than mingo: stored arrays may hold boxed numbers (integral
 * doubles, Longs), which mingo's equality never finds equal to a plain operand, so it appended
 * duplicates and lost the operand's type. Membership is MongoDB's value equality (numbers across
 * types, documents field by field in order); added values keep their type.
 */
import type { Document } from 'bson';
import { compareValues } from '../bson/compare.js';
import { cloneDoc, isPlainObject, toPlain } from '../bson/values.js';
import { getAt, setAt } from './paths.js';

const same = (a: unknown, b: unknown): boolean => compareValues(toPlain(a), toPlain(b)) === 0;

export function addToSet(doc: Document, path: string, operand: unknown): void {
  const values =
    isPlainObject(operand) && Object.keys(operand)[0] === '$each' && Array.isArray(operand.$each)
      ? operand.$each
      : [operand];
  const current = getAt(doc, path);
  // A non-array target was refused before the update started (update-checks.ts).
  const arr: unknown[] = Array.isArray(current) ? [...current] : [];
  let changed = !Array.isArray(current);
  for (const value of values) {
    if (arr.some((existing) => same(existing, value))) continue;
    arr.push(cloneDoc(value));
    changed = true;
  }
  if (changed) setAt(doc, path, arr);
}
