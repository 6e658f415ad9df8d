/** Collection-level DDL: create, drop, dropDatabase, listCollections, renameCollection, collMod. */
import { Binary, type Document } from 'bson';
import { Query } from 'mingo';
import type { CommandSpec } from './context.js';
import { collectionName } from './args.js';
import { CommandError } from './errors.js';
import { isPlainObject, toPlain, toWire } from '../bson/values.js';
import { arrayIterator, cursorReply } from './cursor-reply.js';
import { checkCollation } from './collation.js';
import { compileValidator } from '../storage/validation.js';

const UNSUPPORTED_CREATE_OPTIONS = [
  'capped',
  'viewOn',
  'timeseries',
  'encryptedFields',
  'expireAfterSeconds',
];

/**
 * `clusteredIndex: {key: {_id: 1}, unique: true}`: every collection here is already stored by _id, so
 * it is accepted and echoed by listCollections. (Clustered TTL, `expireAfterSeconds`, is refused.)
 */
function clusteredIndexOption(spec: unknown): Document {
  const plain = toPlain(spec) as Document;
  if (!isPlainObject(plain) || JSON.stringify(plain.key) !== '{"_id":1}') {
    throw new CommandError(2, "The clusteredIndex option requires 'key' to be {_id: 1}", 'BadValue');
  }
  if (plain.unique !== true)
    throw new CommandError(2, "The clusteredIndex option requires 'unique: true'", 'BadValue');
  const unknown = Object.keys(plain).find((k) => !['key', 'unique', 'name', 'v'].includes(k));
  if (unknown)
    throw new CommandError(
      40415,
      `BSON field 'clusteredIndex.${unknown}' is an unknown field.`,
      'Location40415',
    );
  return spec as Document;
}

export const create: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'create');
    for (const opt of UNSUPPORTED_CREATE_OPTIONS) {
      if (cmd[opt])
        throw new CommandError(
          115,
          `create option '${opt}' is not supported by the embedded engine`,
          'CommandNotSupported',
        );
    }
    const options: Document = {};
    for (const key of [
      'validator',
      'validationLevel',
      'validationAction',
      'collation',
      'changeStreamPreAndPostImages',
      'comment',
    ]) {
      if (cmd[key] !== undefined) options[key] = cmd[key];
    }
    if (cmd.clusteredIndex !== undefined) options.clusteredIndex = clusteredIndexOption(cmd.clusteredIndex);
    checkCollation(cmd.collation);
    compileValidator(options);
    ctx.engine.storage.createCollection(ctx.db, name, options, ctx.batch);
    return { ok: 1 };
  },
};

export const drop: CommandSpec = {
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'drop');
    const coll = ctx.engine.storage.collection(ctx.db, name);
    if (!coll) return { ok: 1, ns: `${ctx.db}.${name}`, nIndexesWas: 0 };
    const nIndexesWas = coll.indexes.size;
    ctx.engine.storage.dropCollection(ctx.db, name, ctx.batch);
    return { ns: `${ctx.db}.${name}`, nIndexesWas, ok: 1 };
  },
};

export const dropDatabase: CommandSpec = {
  handler(_cmd, ctx) {
    ctx.engine.storage.dropDatabase(ctx.db, ctx.batch);
    return { dropped: ctx.db, ok: 1 };
  },
};

export const listCollections: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const filter = cmd.filter ? new Query(toPlain(cmd.filter) as Document) : undefined;
    let entries: Document[] = ctx.engine.storage.collections(ctx.db).map((coll) => ({
      name: coll.name,
      type: 'collection',
      options: toWire(coll.options),
      info: { readOnly: false, uuid: new Binary(Buffer.from(coll.ns.padEnd(16, '_').slice(0, 16)), 4) },
      idIndex: { v: 2, key: { _id: 1 }, name: '_id_' },
    }));
    if (filter) entries = entries.filter((e) => filter.test(toPlain(e) as Document));
    if (cmd.nameOnly) entries = entries.map((e) => ({ name: e.name, type: e.type }));
    return cursorReply(
      ctx,
      `${ctx.db}.$cmd.listCollections`,
      arrayIterator(entries, (e) => e),
      undefined,
      true,
    );
  },
};

export const renameCollection: CommandSpec = {
  handler(cmd, ctx) {
    if (ctx.db !== 'admin')
      throw new CommandError(
        13,
        'renameCollection may only be run against the admin database.',
        'Unauthorized',
      );
    const from = String(cmd.renameCollection ?? '');
    const to = String(cmd.to ?? '');
    const split = (ns: string) => {
      const dot = ns.indexOf('.');
      if (dot <= 0) throw new CommandError(73, `Invalid namespace specified '${ns}'`, 'InvalidNamespace');
      return [ns.slice(0, dot), ns.slice(dot + 1)] as const;
    };
    const [db, name] = split(from);
    const [toDb, toName] = split(to);
    ctx.engine.storage.renameCollection(db, name, toDb, toName, cmd.dropTarget === true, ctx.batch);
    return { ok: 1 };
  },
};

export const collMod: CommandSpec = {
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'collMod');
    const coll = ctx.engine.storage.collection(ctx.db, name);
    if (!coll) throw new CommandError(26, `ns does not exist: ${ctx.db}.${name}`, 'NamespaceNotFound');
    const reply: Document = { ok: 1 };
    const options: Document = {};
    const next: Document = { ...coll.options };
    for (const key of ['validator', 'validationLevel', 'validationAction', 'changeStreamPreAndPostImages']) {
      if (cmd[key] !== undefined) options[key] = next[key] = cmd[key];
    }
    coll.setOptions(next);
    if (cmd.index) {
      const spec = cmd.index as Document;
      const index = [...coll.indexes.values()].find(
        (i) =>
          i.name === spec.name ||
          JSON.stringify(toPlain(i.spec.key)) === JSON.stringify(toPlain(spec.keyPattern)),
      );
      if (!index) throw new CommandError(27, 'cannot find index', 'IndexNotFound');
      if (spec.expireAfterSeconds !== undefined) {
        reply.expireAfterSeconds_old = index.spec.expireAfterSeconds;
        index.spec.expireAfterSeconds = spec.expireAfterSeconds;
        reply.expireAfterSeconds_new = spec.expireAfterSeconds;
      }
      if (spec.hidden !== undefined) {
        if (index.name === '_id_')
          throw new CommandError(2, 'cannot modify hidden field of the _id_ index', 'BadValue');
        reply.hidden_old = !!index.spec.hidden;
        reply.hidden_new = !!spec.hidden;
        if (spec.hidden) index.spec.hidden = true;
        else delete index.spec.hidden;
      }
      // Journaled by name, so recovery finds the index also when collMod named it by keyPattern.
      options.index = { ...spec, name: index.name };
    }
    ctx.batch.ops.push({ op: 'collMod', db: ctx.db, coll: name, options: toWire(options) as Document });
    return reply;
  },
};
