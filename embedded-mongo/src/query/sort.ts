/** MongoDB sort semantics: BSON order, missing = null, arrays sort by their min (asc) / max (desc) element. */
import type { Document } from 'bson';
import { compareValues } from '../bson/compare.js';
import { toPlain, isPlainObject } from '../bson/values.js';
import { valuesAtPath } from '../storage/keys.js';
import { CommandError } from '../commands/errors.js';

export type SortSpec = Array<[string, 1 | -1]>;

export function parseSort(sort: unknown): SortSpec {
  if (sort === undefined || sort === null) return [];
  if (!isPlainObject(sort))
    throw new CommandError(14, 'Expected field sort to be of type object', 'TypeMismatch');
  const spec: SortSpec = [];
  for (const [field, dir] of Object.entries(sort)) {
    if (field === '$natural') continue;
    if (isPlainObject(dir))
      throw new CommandError(2, `$meta sort by ${JSON.stringify(dir)} is not supported`);
    const n = Number(toPlain(dir));
    if (n !== 1 && n !== -1)
      throw new CommandError(15974, `Illegal key in $sort specification: ${field}: ${String(dir)}`);
    spec.push([field, n]);
  }
  return spec;
}

type Compare = (a: unknown, b: unknown) => number;

function sortKey(doc: Document, field: string, dir: 1 | -1, compare: Compare): unknown {
  const { values, isArray } = valuesAtPath(doc, field);
  if (!isArray) return toPlain(values[0]);
  let best: unknown = undefined;
  let first = true;
  for (const v of values) {
    const p = toPlain(v);
    if (first || compare(p, best) * dir < 0) best = p;
    first = false;
  }
  return best;
}

/** Stable sort of items by the documents `docOf` returns (`compare`: a collation's order). */
export function sortBy<T>(
  items: T[],
  spec: SortSpec,
  docOf: (item: T) => Document,
  compare: Compare = compareValues,
): T[] {
  if (!spec.length) return items;
  const decorated = items.map((item, i) => ({
    item,
    i,
    keys: spec.map(([f, d]) => sortKey(docOf(item), f, d, compare)),
  }));
  decorated.sort((a, b) => {
    for (let k = 0; k < spec.length; k++) {
      const c = compare(a.keys[k], b.keys[k]);
      if (c) return c * spec[k][1];
    }
    return a.i - b.i;
  });
  return decorated.map((d) => d.item);
}
