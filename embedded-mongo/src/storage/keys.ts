/**
 * Extraction of index keys from documents, with MongoDB's multikey semantics: an array on the indexed
 * path contributes one key per element; a missing field is keyed as null.
 */
import { toPlain, isPlainObject } from '../bson/values.js';
import { needsExact } from '../bson/exact-number.js';
import { canonicalKey } from '../bson/compare.js';
import { CommandError } from '../commands/errors.js';

const splitCache = new Map<string, string[]>();

/** Dotted paths are split once: index key extraction runs for every write. */
function splitPath(path: string): string[] {
  let parts = splitCache.get(path);
  if (!parts) {
    parts = path.split('.');
    if (splitCache.size < 10_000) splitCache.set(path, parts);
  }
  return parts;
}

/**
 * All values reached by a dotted path, descending into arrays (one level per path step). `arrayPaths`,
 * when given, collects the path prefixes at which arrays were met (`a` for `a.b` through an array `a`).
 */
export function valuesAtPath(
  doc: unknown,
  path: string,
  arrayPaths?: Set<string>,
): { values: unknown[]; isArray: boolean } {
  const parts = splitPath(path);
  const out: unknown[] = [];
  let isArray = false;
  const visit = (value: unknown, i: number): void => {
    if (i === parts.length) {
      if (Array.isArray(value)) {
        isArray = true;
        arrayPaths?.add(path);
        if (value.length === 0) out.push(undefined);
        for (const v of value) out.push(v);
      } else {
        out.push(value);
      }
      return;
    }
    if (Array.isArray(value)) {
      isArray = true;
      arrayPaths?.add(parts.slice(0, i).join('.'));
      const idx = /^\d+$/.test(parts[i]) ? Number(parts[i]) : -1;
      if (idx >= 0 && idx < value.length) visit(value[idx], i + 1);
      for (const v of value) if (isPlainObject(v)) visit(v, i);
      return;
    }
    if (isPlainObject(value) && parts[i] in value) visit(value[parts[i]], i + 1);
    else out.push(null);
  };
  visit(doc, 0);
  return { values: out.length ? out : [null], isArray };
}

/** Reads a single (non-multikey) value by dotted path; undefined when absent. */
export function getPath(doc: unknown, path: string): unknown {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur) && /^\d+$/.test(part)) cur = cur[Number(part)];
    else if (isPlainObject(cur)) cur = cur[part];
    else return undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

export function fieldPresent(doc: unknown, path: string): boolean {
  return getPath(doc, path) !== undefined;
}

/**
 * Arrays of two fields are parallel when each field meets an array the other does not (`a` and `b`);
 * fields through the same array (`a.b` and `a.c` under an array `a`) are not, as in MongoDB.
 */
function parallel(arrays: Array<Set<string>>): boolean {
  for (let i = 0; i < arrays.length; i++)
    for (let j = i + 1; j < arrays.length; j++) {
      const onlyI = [...arrays[i]].some((p) => !arrays[j].has(p));
      const onlyJ = [...arrays[j]].some((p) => !arrays[i].has(p));
      if (onlyI && onlyJ) return true;
    }
  return false;
}

/**
 * The index keys (one tuple per multikey combination) of `doc` for the given key fields,
 * deduplicated. Throws CannotIndexParallelArrays when two fields meet different arrays. Fields through
 * one shared array get every combination of their values (MongoDB pairs them per array element): a
 * superset of MongoDB's keys, so bounds on both fields stay sound, but a unique index over such fields
 * may refuse documents MongoDB accepts.
 */
export function indexKeys(
  doc: unknown,
  fields: string[],
): { keys: unknown[][]; multikey: boolean; multikeyFields?: boolean[] } {
  if (fields.length === 1) {
    // Fast path: a top-level field holding a scalar (the vast majority of index keys).
    const field = fields[0];
    if (field.indexOf('.') < 0) {
      const v = (doc as Record<string, unknown>)[field];
      if (v === undefined) return { keys: [[null]], multikey: false };
      if (!Array.isArray(v)) return { keys: [[keyValue(v)]], multikey: false };
    }
    const { values, isArray } = valuesAtPath(doc, fields[0]);
    const plain = values.map(keyValue);
    const keys = isArray ? dedupe(plain.map((v) => [v])) : [[plain[0]]];
    return { keys, multikey: isArray };
  }
  let keys: unknown[][] = [[]];
  const arrays: Array<Set<string>> = [];
  const multikeyFields = fields.map(() => false);
  for (const [f, field] of fields.entries()) {
    const arrayPaths = new Set<string>();
    const { values, isArray } = valuesAtPath(doc, field, arrayPaths);
    if (isArray) {
      multikeyFields[f] = true;
      arrays.push(arrayPaths);
      if (arrays.length > 1 && parallel(arrays)) {
        const names = arrays.map((a) => `[${[...a][0]}]`).join(' ');
        throw new CommandError(171, `cannot index parallel arrays ${names}`, 'CannotIndexParallelArrays');
      }
    }
    const next: unknown[][] = [];
    for (const prefix of keys) for (const v of values) next.push([...prefix, keyValue(v)]);
    keys = next;
  }
  if (!arrays.length) return { keys, multikey: false };
  return { keys: dedupe(keys), multikey: true, multikeyFields };
}

/**
 * An index key value: the plain view, except that Longs beyond 2^53 and Decimal128 stay exact so that
 * distinct values stay distinct keys (uniqueness, order); scans compare them to bounds as doubles.
 */
function keyValue(v: unknown): unknown {
  return needsExact(v) ? v : toPlain(v);
}

function dedupe(keys: unknown[][]): unknown[][] {
  if (keys.length < 2) return keys;
  const seen = new Set<string>();
  return keys.filter((k) => {
    const c = canonicalKey(k);
    if (seen.has(c)) return false;
    seen.add(c);
    return true;
  });
}
