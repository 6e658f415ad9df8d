/**
 * Update paths as MongoDB resolves them: conflict detection on the full paths, and positional
 * segments (`$`, `$[]`, `$[id]`) turned into concrete array indexes against the document *before* the
 * update, so every operator sees the same positions (mingo's own detector only looks at the part
 * before the first positional segment, which rejects `arr.$.a` + `arr.$.b`).
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { getAt } from './paths.js';

/** Throws ConflictingUpdateOperators when one path equals or is a prefix of another. */
export function checkConflicts(paths: string[], atApply = false): void {
  const sorted = [...paths].sort();
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a === b || b.startsWith(a + '.')) {
      // Parse-time conflicts name the later path; apply-time ones (after positional expansion) too.
      throw new CommandError(
        40,
        atApply
          ? `Update created a conflict at '${a}'`
          : `Updating the path '${b}' would create a conflict at '${a}'`,
        'ConflictingUpdateOperators',
      );
    }
  }
}

const IDENTIFIER = /^\$\[([a-z][a-zA-Z0-9]*)?\]$/;

export function isPositional(path: string): boolean {
  return path.split('.').some((p) => p === '$' || p.startsWith('$['));
}

/** Compiled arrayFilters by identifier; checks MongoDB's identifier rules. */
export function compileArrayFilters(
  arrayFilters: Document[] | undefined,
  usedPaths: string[],
): Map<string, Query> {
  const filters = new Map<string, Query>();
  for (const filter of arrayFilters ?? []) {
    const plain = toPlain(filter) as Document;
    const ids = new Set(Object.keys(plain).map((k) => k.split('.')[0]));
    if (ids.size !== 1)
      throw new CommandError(
        9,
        'Error parsing array filter :: caused by :: Expected a single top-level field name, found ' +
          [...ids].join(', '),
        'FailedToParse',
      );
    const id = [...ids][0];
    if (!/^[a-z][a-zA-Z0-9]*$/.test(id))
      throw new CommandError(
        2,
        `Error parsing array filter :: caused by :: The top-level field name must be an alphanumeric string beginning with a lowercase letter, found '${id}'`,
      );
    if (filters.has(id))
      throw new CommandError(
        9,
        `Found multiple array filters with the same top-level field name ${id}`,
        'FailedToParse',
      );
    try {
      filters.set(id, new Query(plain));
    } catch (err) {
      throw new CommandError(2, (err as Error).message);
    }
  }
  const used = new Set<string>();
  for (const path of usedPaths) {
    for (const part of path.split('.')) {
      const m = IDENTIFIER.exec(part);
      if (!m || !m[1]) continue;
      if (!filters.has(m[1]))
        throw new CommandError(2, `No array filter found for identifier '${m[1]}' in path '${path}'`);
      used.add(m[1]);
    }
  }
  for (const id of filters.keys()) {
    if (!used.has(id))
      throw new CommandError(
        9,
        `The array filter for identifier '${id}' was not used in the update { }`,
        'FailedToParse',
      );
  }
  return filters;
}

/** Wraps `value` at `path` ({a: {b: value}}), to test a query condition against one array element. */
function nest(path: string, value: unknown): Document {
  const parts = path.split('.');
  let out: unknown = value;
  for (let i = parts.length - 1; i >= 0; i--) out = { [parts[i]]: out };
  return out as Document;
}

/** Query conditions that constrain the array at `field` (top level and inside a top-level $and). */
function conditionsOn(query: Document, field: string): Query[] {
  const out: Query[] = [];
  const visit = (q: Document) => {
    for (const [key, cond] of Object.entries(q)) {
      if (key === '$and' && Array.isArray(cond)) cond.forEach((c) => isPlainObject(c) && visit(c));
      else if (key === field || key.startsWith(field + '.')) out.push(new Query({ [key]: cond }));
    }
  };
  visit(query);
  return out;
}

/** The index the positional `$` stands for: the first element of `field` matching the query's conditions on it. */
export function positionalIndex(doc: Document, field: string, query: Document | undefined): number {
  const arr = getAt(doc, field);
  const conds = query && Array.isArray(arr) ? conditionsOn(query, field) : [];
  if (Array.isArray(arr) && conds.length) {
    for (let i = 0; i < arr.length; i++) {
      const probe = nest(field, [toPlain(arr[i])]);
      if (conds.every((q) => q.test(probe))) return i;
    }
  }
  throw new CommandError(2, 'The positional operator did not find the match needed from the query.');
}

/**
 * The concrete paths a (possibly positional) path stands for in `doc`. `query` is undefined for upsert
 * inserts, where `$` has no match.
 */
export function expandPath(
  doc: Document,
  path: string,
  query: Document | undefined,
  filters: Map<string, Query>,
): string[] {
  const parts = path.split('.');
  if (parts.filter((p) => p === '$').length > 1)
    throw new CommandError(2, `Too many positional (i.e. '$') elements found in path '${path}'`);
  const out: string[] = [];
  const walk = (i: number, prefix: string[]) => {
    if (i === parts.length) return void out.push(prefix.join('.'));
    const part = parts[i];
    if (part === '$') {
      return walk(i + 1, [...prefix, String(positionalIndex(doc, prefix.join('.'), query))]);
    }
    const m = IDENTIFIER.exec(part);
    if (!m && part.startsWith('$[')) {
      throw new CommandError(
        2,
        `The filter <identifier> must begin with a lowercase letter and contain only alphanumeric characters. '${part}' is invalid.`,
      );
    }
    if (!m) return walk(i + 1, [...prefix, part]);
    const arr = getAt(doc, prefix.join('.'));
    if (!Array.isArray(arr)) {
      throw new CommandError(
        2,
        `The path '${prefix.join('.')}' must exist in the document in order to apply array updates.`,
      );
    }
    const filter = m[1] ? filters.get(m[1]) : undefined;
    for (let j = 0; j < arr.length; j++) {
      if (filter && !filter.test({ [m[1]!]: toPlain(arr[j]) })) continue;
      walk(i + 1, [...prefix, String(j)]);
    }
  };
  walk(0, []);
  return out;
}
