/**
 * Find projection operators done by the engine on the stored (typed) document, so Long / Double keep
 * their types: `$slice`, `$elemMatch` and the positional `field.$`. mingo treated `$slice` as an
 * inclusion and could not run `$elemMatch` with operator-only conditions on scalar arrays.
 *   - `$slice` does not decide between inclusion and exclusion: `{arr: {$slice: 1}}` alone returns every
 *     field; next to inclusions the sliced field is included.
 *   - `$elemMatch` and `field.$` include their field, and return a one-element array (the field is left
 *     out when no element matches `$elemMatch`).
 */
import type { Document } from 'bson';
import { Query } from 'mingo';
import { isPlainObject, toPlain } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { rewriteFilter } from './filter-rewrite.js';
import { ownValue, setOwn } from './paths.js';
import { positionalIndex } from './update-paths.js';

export type ProjectionOp =
  | { kind: 'slice'; path: string; skip: number | undefined; limit: number }
  | { kind: 'elemMatch'; path: string; matches: (e: unknown) => boolean }
  | { kind: 'positional'; path: string };

const LOGICAL = new Set(['$and', '$or', '$nor']);

/** The operator `key: value` stands for, undefined for a plain inclusion / exclusion, null for other forms. */
export function parseProjectionOp(key: string, value: unknown): ProjectionOp | undefined | null {
  if (key.endsWith('.$')) {
    if (typeof value !== 'number' && typeof value !== 'boolean') return null;
    return { kind: 'positional', path: key.slice(0, -2) };
  }
  if (key.includes('$')) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return undefined;
  if (!isPlainObject(value) || Object.keys(value).length !== 1) return null;
  const [op] = Object.keys(value);
  const arg = value[op];
  if (op === '$slice') return parseSlice(key, arg);
  if (op === '$elemMatch') {
    if (key.includes('.'))
      throw new CommandError(31275, 'Cannot use $elemMatch projection on a nested field.', 'Location31275');
    return { kind: 'elemMatch', path: key, matches: elementMatcher(arg) };
  }
  return null;
}

function parseSlice(path: string, arg: unknown): ProjectionOp {
  if (typeof arg === 'number') return { kind: 'slice', path, skip: undefined, limit: Math.trunc(arg) };
  if (Array.isArray(arg) && arg.length === 2 && arg.every((n) => typeof n === 'number')) {
    const [skip, limit] = arg as number[];
    if (limit <= 0)
      throw new CommandError(28724, 'Second argument to $slice must be positive', 'Location28724');
    return { kind: 'slice', path, skip: Math.trunc(skip), limit: Math.trunc(limit) };
  }
  throw new CommandError(
    28667,
    'Invalid $slice syntax. The given syntax did not match the find() syntax because :: Location31273: $slice only supports numbers and [skip, limit] arrays',
    'Location28667',
  );
}

/** Like $elemMatch in a filter: operator-only conditions test the element itself, others its fields. */
function elementMatcher(cond: unknown): (e: unknown) => boolean {
  if (!isPlainObject(cond)) throw new CommandError(2, '$elemMatch needs an Object', 'BadValue');
  const plain = toPlain(cond) as Document;
  const keys = Object.keys(plain);
  const onValue = keys.length > 0 && keys.every((k) => k.startsWith('$') && !LOGICAL.has(k));
  let q: Query;
  try {
    q = new Query(rewriteFilter(onValue ? { v: plain } : plain));
  } catch (err) {
    throw new CommandError(2, (err as Error).message);
  }
  return onValue
    ? (e) => q.test({ v: toPlain(e) })
    : (e) => {
        const plain = toPlain(e); // a DBRef element is a document too
        return isPlainObject(plain) && q.test(plain);
      };
}

function sliceArray(arr: unknown[], op: Extract<ProjectionOp, { kind: 'slice' }>): unknown[] {
  if (op.skip === undefined)
    return op.limit >= 0 ? arr.slice(0, op.limit) : arr.slice(Math.max(arr.length + op.limit, 0));
  const start = op.skip >= 0 ? Math.min(op.skip, arr.length) : Math.max(arr.length + op.skip, 0);
  return arr.slice(start, start + op.limit);
}

/**
 * A copy of `value` with `fn` applied at `parts`, descending through arrays like mongod. Copies along
 * the path: the projected document still shares untouched subdocuments with the stored one.
 */
function mapAt(value: unknown, parts: string[], fn: (v: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((e) => mapAt(e, parts, fn));
  if (!isPlainObject(value) || !Object.prototype.hasOwnProperty.call(value, parts[0])) return value;
  const copy: Document = { ...value };
  setOwn(
    copy,
    parts[0],
    parts.length === 1 ? fn(value[parts[0]]) : mapAt(value[parts[0]], parts.slice(1), fn),
  );
  return copy;
}

/** Applies the operators to `out` (the projected copy), reading matches from the stored `doc`. */
export function applyProjectionOps(
  out: Document,
  doc: Document,
  ops: ProjectionOp[],
  filter: Document | undefined,
): Document {
  for (const op of ops) {
    if (op.kind === 'slice')
      out = mapAt(out, op.path.split('.'), (v) => (Array.isArray(v) ? sliceArray(v, op) : v)) as Document;
    else if (op.kind === 'elemMatch') {
      const arr = doc[op.path];
      const found = Array.isArray(arr) ? arr.find(op.matches) : undefined;
      if (found === undefined) delete out[op.path];
      else out[op.path] = [found];
    } else {
      let index: number;
      try {
        index = positionalIndex(doc, op.path, filter ? (toPlain(filter) as Document) : undefined);
      } catch {
        throw new CommandError(
          51246,
          "Executor error during find command :: caused by :: positional operator '.$' couldn't find a matching element in the array",
          'Location51246',
        );
      }
      const arr = op.path
        .split('.')
        .reduce<unknown>((v, part) => (isPlainObject(v) ? ownValue(v, part) : undefined), doc);
      if (Array.isArray(arr)) out = mapAt(out, op.path.split('.'), () => [arr[index]]) as Document;
    }
  }
  return out;
}
