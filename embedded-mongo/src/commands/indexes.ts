/** createIndexes, listIndexes and dropIndexes. */
import type { Document } from 'bson';
import type { CommandSpec } from './context.js';
import { collectionName } from './args.js';
import { CommandError } from './errors.js';
import { isPlainObject, toPlain, toWire } from '../bson/values.js';
import { arrayIterator, cursorReply } from './cursor-reply.js';
import { assertSupported } from '../query/unsupported.js';
import type { Collection } from '../storage/collection.js';

const ALLOWED_OPTIONS = new Set([
  'key',
  'name',
  'unique',
  'sparse',
  'partialFilterExpression',
  'expireAfterSeconds',
  'background',
  'hidden',
  'v',
  'collation',
  'ns',
  'comment',
]);

function validateSpec(spec: unknown): Document {
  if (!isPlainObject(spec))
    throw new CommandError(14, 'index specification must be an object', 'TypeMismatch');
  const key = spec.key;
  if (!isPlainObject(key) || Object.keys(key).length === 0)
    throw new CommandError(67, 'Index keys cannot be empty.', 'CannotCreateIndex');
  for (const [field, dir] of Object.entries(key)) {
    const d = toPlain(dir);
    if (typeof d === 'string')
      throw new CommandError(
        67,
        `Index type '${d}' on field '${field}' is not supported by the embedded engine`,
        'CannotCreateIndex',
      );
    if (typeof d !== 'number' || d === 0 || Number.isNaN(d))
      throw new CommandError(
        67,
        `Values in the index key pattern must be 1 or -1, got ${String(d)} for '${field}'`,
        'CannotCreateIndex',
      );
  }
  if (typeof spec.name !== 'string' || !spec.name)
    throw new CommandError(
      9,
      "The 'name' field is a required property of an index specification",
      'FailedToParse',
    );
  for (const option of Object.keys(spec)) {
    if (!ALLOWED_OPTIONS.has(option))
      throw new CommandError(
        197,
        `The field '${option}' is not valid for an index specification. Specification: ${JSON.stringify(toWire(spec))}`,
        'InvalidIndexSpecificationOption',
      );
  }
  if (spec.expireAfterSeconds !== undefined) {
    const ttl = toPlain(spec.expireAfterSeconds);
    if (typeof ttl !== 'number' || ttl < 0)
      throw new CommandError(2, 'TTL index expireAfterSeconds must be a non-negative number', 'BadValue');
    if (Object.keys(key).length > 1)
      throw new CommandError(
        67,
        'TTL indexes are single-field indexes, compound indexes do not support TTL',
        'CannotCreateIndex',
      );
  }
  if (spec.partialFilterExpression !== undefined) {
    if (!isPlainObject(spec.partialFilterExpression))
      throw new CommandError(14, 'partialFilterExpression must be an object', 'TypeMismatch');
    assertSupported(spec.partialFilterExpression);
  }
  if (spec.collation !== undefined && (spec.collation as Document).locale !== 'simple') {
    throw new CommandError(
      2,
      'index collations other than simple are not supported by the embedded engine',
      'BadValue',
    );
  }
  const out: Document = { v: 2, key, name: spec.name };
  for (const option of ['unique', 'sparse', 'partialFilterExpression', 'expireAfterSeconds', 'hidden']) {
    if (spec[option] !== undefined && spec[option] !== false) out[option] = spec[option];
  }
  return out;
}

const keyString = (key: unknown) => JSON.stringify(toPlain(key));
const optionsString = (spec: Document) => JSON.stringify(toPlain({ ...spec, name: undefined, v: undefined }));

function existingConflict(coll: Collection, spec: Document): 'same' | undefined {
  for (const index of coll.indexes.values()) {
    const sameKey = keyString(index.spec.key) === keyString(spec.key);
    if (index.name === spec.name) {
      if (sameKey && optionsString(index.spec) === optionsString(spec)) return 'same';
      if (!sameKey)
        throw new CommandError(
          86,
          `An existing index has the same name as the requested index. Requested index: ${JSON.stringify(toWire(spec))}, existing index: ${JSON.stringify(toWire(index.spec))}`,
          'IndexKeySpecsConflict',
        );
      throw new CommandError(
        85,
        `An existing index has the same name as the requested index but different options. Requested index: ${spec.name}`,
        'IndexOptionsConflict',
      );
    }
    if (sameKey && optionsString(index.spec) === optionsString(spec)) {
      throw new CommandError(
        85,
        `Index already exists with a different name: ${index.name}`,
        'IndexOptionsConflict',
      );
    }
  }
  return undefined;
}

export const createIndexes: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'createIndexes');
    if (!Array.isArray(cmd.indexes) || cmd.indexes.length === 0)
      throw new CommandError(2, 'Must specify at least one index to create', 'BadValue');
    const specs = cmd.indexes.map(validateSpec);
    const existed = !!ctx.engine.storage.collection(ctx.db, name);
    const coll = ctx.engine.storage.ensureCollection(ctx.db, name, ctx.batch);
    const before = coll.indexes.size;
    for (const spec of specs) {
      if (existingConflict(coll, spec) === 'same') continue;
      ctx.engine.storage.createIndex(coll, spec, ctx.batch);
    }
    const reply: Document = {
      createdCollectionAutomatically: !existed,
      numIndexesBefore: before,
      numIndexesAfter: coll.indexes.size,
    };
    if (before === coll.indexes.size) reply.note = 'all indexes already exist';
    reply.ok = 1;
    return reply;
  },
};

export const listIndexes: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'listIndexes');
    const coll = ctx.engine.storage.collection(ctx.db, name);
    if (!coll) throw new CommandError(26, `ns does not exist: ${ctx.db}.${name}`, 'NamespaceNotFound');
    const specs = [...coll.indexes.values()].map((i) => toWire(i.spec) as Document);
    return cursorReply(
      ctx,
      `${ctx.db}.${name}`,
      arrayIterator(specs, (s) => s),
      undefined,
      true,
    );
  },
};

export const dropIndexes: CommandSpec = {
  handler(cmd, ctx) {
    const name = collectionName(cmd, Object.keys(cmd)[0]);
    const coll = ctx.engine.storage.collection(ctx.db, name);
    if (!coll) throw new CommandError(26, `ns not found ${ctx.db}.${name}`, 'NamespaceNotFound');
    const nIndexesWas = coll.indexes.size;
    const target = cmd.index;
    let names: string[];
    if (target === '*') names = [...coll.indexes.keys()].filter((n) => n !== '_id_');
    else if (typeof target === 'string') names = [target];
    else if (Array.isArray(target)) names = target.map(String);
    else if (isPlainObject(target)) {
      const found = [...coll.indexes.values()].find((i) => keyString(i.spec.key) === keyString(target));
      if (!found)
        throw new CommandError(
          27,
          `can't find index with key: ${JSON.stringify(toWire(target))}`,
          'IndexNotFound',
        );
      names = [found.name];
    } else throw new CommandError(14, 'dropIndexes index must be a string, array or object', 'TypeMismatch');
    for (const n of names) {
      if (n === '_id_') throw new CommandError(72, 'cannot drop _id index', 'InvalidOptions');
      if (!coll.indexes.has(n))
        throw new CommandError(27, `index not found with name [${n}]`, 'IndexNotFound');
    }
    for (const n of names) ctx.engine.storage.dropIndex(coll, n, ctx.batch);
    return { nIndexesWas, ok: 1 };
  },
};
