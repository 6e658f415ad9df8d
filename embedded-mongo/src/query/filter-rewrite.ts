/**
 * Rewrites parts of a (plain) query filter that mingo evaluates differently from mongod, into
 * equivalent forms mingo gets right:
 *   - `{f: {$all: [a, b]}}` is `{$and: [{f: a}, {f: b}]}` (MongoDB's definition). mingo's $all only
 *     matches arrays, so a scalar field never matched `{$all: [itself]}`.
 *   - `{f: DBRef}` (a `{$ref, $id}` document in the plain filter) is an equality, not two operators;
 *   - `{f: {$elemMatch: {$id: x}}}` on DBRefs: `$id` / `$ref` / `$db` are field names there, but mingo
 *     reads them as operators. A single such key becomes `{'f.$id': x}` on an array `f`.
 * Returns the same object when nothing needed rewriting.
 */
import type { Document } from 'bson';
import { isPlainObject } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';

const LOGICAL = new Set(['$and', '$or', '$nor']);
const DBREF_KEYS = new Set(['$id', '$ref', '$db']);

function isOperatorDoc(v: unknown): v is Document {
  return isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'));
}

/** The clauses one `{field: condition}` pair stands for, or undefined when it is fine as it is. */
function rewriteField(field: string, cond: unknown): Document[] | undefined {
  // A DBRef value (plain {$ref, $id} in filters) is an equality, not operators.
  if (isPlainObject(cond) && Object.keys(cond)[0] === '$ref') return [{ [field]: { $eq: cond } }];
  if (!isOperatorDoc(cond)) return undefined;
  const clauses: Document[] = [];
  const rest: Document = {};
  let changed = false;
  for (const [op, arg] of Object.entries(cond)) {
    if (op === '$all' && Array.isArray(arg)) {
      changed = true;
      // $all: [] matches nothing.
      if (arg.length === 0) clauses.push({ [field]: { $in: [] } });
      for (const item of arg) {
        if (
          isPlainObject(item) &&
          Object.keys(item).some((k) => k.startsWith('$')) &&
          !('$elemMatch' in item && Object.keys(item).length === 1)
        ) {
          throw new CommandError(2, 'no $ expressions in $all');
        }
        clauses.push({
          [field]:
            isPlainObject(item) && '$elemMatch' in item
              ? { $elemMatch: rewriteElemMatch(item.$elemMatch) }
              : item,
        });
      }
    } else if (op === '$elemMatch' && isPlainObject(arg)) {
      const keys = Object.keys(arg);
      if (keys.length === 1 && DBREF_KEYS.has(keys[0])) {
        changed = true;
        clauses.push({ [`${field}.${keys[0]}`]: arg[keys[0]] }, { [field]: { $type: 'array' } });
      } else {
        const inner = rewriteElemMatch(arg);
        if (inner !== arg) changed = true;
        rest.$elemMatch = inner;
      }
    } else if (op === '$not' && isPlainObject(arg) && '$all' in arg) {
      changed = true;
      clauses.push({ $nor: [rewriteFilter({ [field]: arg })] });
    } else {
      rest[op] = arg;
    }
  }
  if (!changed) return undefined;
  if (Object.keys(rest).length) clauses.unshift({ [field]: rest });
  return clauses;
}

/** $elemMatch holding a query on element documents gets the same rewrites. */
function rewriteElemMatch(arg: unknown): unknown {
  if (!isPlainObject(arg)) return arg;
  const keys = Object.keys(arg);
  const isQuery = keys.some((k) => !k.startsWith('$') || LOGICAL.has(k));
  return isQuery ? rewriteFilter(arg) : arg;
}

export function rewriteFilter(filter: Document): Document {
  let clauses: Document[] | undefined;
  const keys = Object.keys(filter);
  keys.forEach((key, i) => {
    const value = filter[key];
    let replacement: Document[] | undefined;
    if (LOGICAL.has(key) && Array.isArray(value)) {
      const mapped = value.map((v) => (isPlainObject(v) ? rewriteFilter(v) : v));
      if (mapped.some((v, j) => v !== value[j])) replacement = [{ [key]: mapped }];
    } else if (!key.startsWith('$')) {
      replacement = rewriteField(key, value);
    }
    if (replacement && !clauses) clauses = keys.slice(0, i).map((k) => ({ [k]: filter[k] }));
    if (clauses) clauses.push(...(replacement ?? [{ [key]: value }]));
  });
  return clauses ? { $and: clauses } : filter;
}
