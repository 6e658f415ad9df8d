/**
 * Applies one update specification to a document: operator updates ($set, $inc, ... via mingo's
 * updater, with $inc / $mul done here to keep numeric types), replacements and aggregation pipelines.
 */
import { ObjectId, type Document } from 'bson';
import { Aggregator } from 'mingo';
import { update as mingoUpdate } from 'mingo';
import { compareValues } from '../bson/compare.js';
import { cloneDoc, isPlainObject, normalizeValue, toPlain, toWire } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { arith } from './arith.js';
import { addToSet } from './add-to-set.js';
import { getAt, setAt } from './paths.js';
import { pullAllMatcher, pullFrom, pullMatcher } from './update-array-ops.js';
import { checkOperandTarget } from './update-checks.js';
import { checkConflicts, compileArrayFilters, expandPath, isPositional } from './update-paths.js';
import { assertSupported } from './unsupported.js';

const OPERATORS = new Set([
  '$set',
  '$unset',
  '$inc',
  '$mul',
  '$min',
  '$max',
  '$rename',
  '$setOnInsert',
  '$currentDate',
  '$push',
  '$addToSet',
  '$pop',
  '$pull',
  '$pullAll',
  '$bit',
]);
/** Operators whose operands are compared with stored values: mingo needs primitives there. */
const PLAIN_OPERANDS = new Set(['$addToSet', '$min', '$max', '$bit']);

export type UpdateSpec = Document | Document[];

export function isOperatorUpdate(u: UpdateSpec): boolean {
  return !Array.isArray(u) && Object.keys(u).some((k) => k.startsWith('$'));
}

export function validateUpdate(u: unknown): UpdateSpec {
  if (Array.isArray(u)) {
    assertSupported(u);
    return u as Document[];
  }
  if (!isPlainObject(u))
    throw new CommandError(14, 'Update argument must be either an object or an array', 'TypeMismatch');
  const keys = Object.keys(u);
  const ops = keys.filter((k) => k.startsWith('$'));
  if (ops.length && ops.length !== keys.length) {
    throw new CommandError(
      9,
      `Unknown modifier: ${keys.find((k) => !k.startsWith('$'))}. Expected a valid update modifier or pipeline-style update specified as an array`,
      'FailedToParse',
    );
  }
  for (const op of ops) {
    if (!OPERATORS.has(op))
      throw new CommandError(
        9,
        `Unknown modifier: ${op}. Expected a valid update modifier or pipeline-style update specified as an array`,
        'FailedToParse',
      );
    if (!isPlainObject(u[op]))
      throw new CommandError(
        9,
        `Modifiers operate on fields but we found type ${typeof u[op]} instead. For example: {$mod: {<field>: ...}} not {${op}: ${String(u[op])}}`,
        'FailedToParse',
      );
  }
  if (!ops.length) validateStoredDocument(u, false);
  return u;
}

/** Field-name rules for stored documents: no top-level `$` names, `_id` not an array. */
export function validateStoredDocument(doc: Document, requireId = true): void {
  for (const key of Object.keys(doc)) {
    if (key.startsWith('$'))
      throw new CommandError(
        52,
        `Document can't have $ prefixed field names: ${key}`,
        'DollarPrefixedFieldName',
      );
  }
  const id = doc._id;
  if (requireId && id === undefined)
    throw new CommandError(53, 'document must have an _id', 'InvalidIdField');
  if (Array.isArray(id))
    throw new CommandError(53, `The '_id' value cannot be of type array`, 'InvalidIdField');
  if (id instanceof RegExp)
    throw new CommandError(53, `The '_id' value cannot be of type regex`, 'InvalidIdField');
}

interface PathUpdate {
  op: string;
  path: string;
  value: unknown;
}

function applyOperators(
  doc: Document,
  u: Document,
  query: Document,
  arrayFilters: Document[] | undefined,
  inserting: boolean,
): Document {
  // Every (operator, path) pair; conflicts are checked on the full paths as mongod does at parse time.
  const updates: PathUpdate[] = [];
  for (const [op, fields] of Object.entries(u)) {
    for (const [path, value] of Object.entries(fields as Document)) updates.push({ op, path, value });
  }
  const renameTargets = updates
    .filter((x) => x.op === '$rename' && typeof x.value === 'string')
    .map((x) => x.value as string);
  checkConflicts([...updates.map((x) => x.path), ...renameTargets]);
  const positional = updates.filter((x) => x.op !== '$rename' && isPositional(x.path));
  const filters = compileArrayFilters(
    arrayFilters,
    positional.map((x) => x.path),
  );
  // Positional segments resolve against the document before the update, then every path is concrete.
  const concrete: PathUpdate[] = [];
  for (const x of updates) {
    if (x.op === '$setOnInsert' && !inserting) continue;
    const op = x.op === '$setOnInsert' ? '$set' : x.op;
    if (op === '$rename' || !isPositional(x.path)) concrete.push({ op, path: x.path, value: x.value });
    else
      for (const path of expandPath(doc, x.path, inserting ? undefined : query, filters))
        concrete.push({ op, path, value: x.value });
  }
  if (positional.length) checkConflicts([...concrete.map((x) => x.path), ...renameTargets], true);
  for (const x of concrete) {
    if (x.path === '_id' || x.path.startsWith('_id.')) {
      // An upsert may choose its _id; otherwise only a $set to the same value is allowed.
      if (
        x.op === '$set' &&
        x.path === '_id' &&
        (inserting && doc._id === undefined ? true : compareValues(toPlain(x.value), toPlain(doc._id)) === 0)
      )
        continue;
      throw immutableId();
    }
    if (x.op !== '$rename') checkOperandTarget(x.op, doc, x.path);
  }
  const rest: Document = {};
  for (const { op, path, value } of concrete) {
    if (path === '_id') {
      if (doc._id === undefined) doc._id = cloneDoc(value);
      continue;
    }
    if (op === '$set') {
      // Done here, not by mingo: mingo skips values it deems equal (a Binary differing only in subtype)
      // and its copy drops own `__proto__` fields.
      setAt(doc, path, cloneDoc(value));
    } else if (op === '$inc' || op === '$mul') {
      setAt(doc, path, arith(op, getAt(doc, path), value, path));
    } else if (op === '$addToSet') {
      addToSet(doc, path, value);
    } else if (op === '$pull' || op === '$pullAll') {
      const arr = getAt(doc, path);
      const matches = op === '$pull' ? pullMatcher(value) : pullAllMatcher(value);
      const kept = Array.isArray(arr) ? pullFrom(arr, matches) : undefined;
      if (kept) setAt(doc, path, kept);
    } else {
      (rest[op] ??= {})[path] = PLAIN_OPERANDS.has(op) ? toPlain(value) : value;
    }
  }
  if (Object.keys(rest).length) {
    try {
      mingoUpdate(doc, rest, undefined, undefined, { cloneMode: 'copy' });
    } catch (err) {
      const message = (err as Error).message;
      if (/immutable field/.test(message)) throw immutableId();
      throw new CommandError(
        /conflict/i.test(message) ? 40 : 2,
        message,
        /conflict/i.test(message) ? 'ConflictingUpdateOperators' : 'BadValue',
      );
    }
  }
  return doc;
}

function immutableId(): CommandError {
  return new CommandError(
    66,
    "Performing an update on the path '_id' would modify the immutable field '_id'",
    'ImmutableField',
  );
}

function applyPipeline(doc: Document, pipeline: Document[], vars: Document | undefined): Document {
  let out: Document[];
  try {
    // A copy: mingo's stages write into their input ($set of a dotted path, $unset, ...), and `doc` is
    // the stored image (shared with cursors, transaction snapshots and a snapshot being written).
    out = new Aggregator(toPlain(pipeline) as Document[], { variables: vars }).run([
      cloneDoc(toPlain(doc)) as Document,
    ]) as Document[];
  } catch (err) {
    throw new CommandError(2, (err as Error).message);
  }
  const result = normalizeValue(out[0] ?? {}) as Document;
  if (result._id === undefined) result._id = doc._id;
  else if (compareValues(toPlain(result._id), toPlain(doc._id)) !== 0) throw immutableId();
  return result;
}

/**
 * The new image of `doc` after `u`. `doc` is not modified. For upsert inserts `inserting` is true
 * (then $setOnInsert applies). Returns undefined when nothing changed.
 */
export function applyUpdate(
  doc: Document,
  u: UpdateSpec,
  query: Document,
  opts: { arrayFilters?: Document[]; vars?: Document; inserting?: boolean } = {},
): Document {
  let result: Document;
  if (Array.isArray(u)) result = applyPipeline(doc, u, opts.vars);
  else if (isOperatorUpdate(u))
    result = applyOperators(cloneDoc(doc), u as Document, query, opts.arrayFilters, !!opts.inserting);
  else {
    if ('_id' in u && doc._id !== undefined && compareValues(toPlain(u._id), toPlain(doc._id)) !== 0)
      throw immutableId();
    result = { _id: doc._id, ...cloneDoc(u as Document) };
    if (result._id === undefined) delete result._id;
  }
  validateStoredDocument(result, false);
  return result;
}

/** Whether two images differ (numeric type changes count as changes). */
export function changed(before: Document, after: Document): boolean {
  const a = toWire(before);
  const b = toWire(after);
  return !sameValue(a, b);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => kb[i] === k && sameValue(a[k], b[k]));
  }
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (a.constructor !== b.constructor) return false;
  return compareValues(a, b) === 0;
}

/** The document an upsert starts from: the query's equality fields. */
export function upsertBase(query: Document): Document {
  const base: Document = {};
  const collect = (q: Document) => {
    for (const [key, value] of Object.entries(q)) {
      if (key === '$and' && Array.isArray(value)) value.forEach((v) => isPlainObject(v) && collect(v));
      if (key.startsWith('$')) continue;
      if (isPlainObject(value) && Object.keys(value).some((k) => k.startsWith('$'))) {
        if ('$eq' in value) setAt(base, key, cloneDoc(value.$eq));
        continue;
      }
      setAt(base, key, cloneDoc(value));
    }
  };
  collect(query);
  return base;
}

/** Puts `_id` first, generating an ObjectId when the document has none (as mongod does). */
export function withIdFirst(doc: Document): Document {
  if (doc._id === undefined) return { _id: new ObjectId(), ...doc };
  if (Object.keys(doc)[0] === '_id') return doc;
  const { _id, ...rest } = doc;
  return { _id, ...rest };
}
