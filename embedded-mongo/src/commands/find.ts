/** find, getMore, killCursors, count and distinct. */
import { Long, type Document } from 'bson';
import type { CommandSpec } from './context.js';
import { collectionName, nonNegative, optionalDoc, optionalNumber } from './args.js';
import { readCollection } from '../query/read.js';
import { parseSort } from '../query/sort.js';
import { compileProjection } from '../query/projection.js';
import { toPlain, toWire } from '../bson/values.js';
import { compareValues, canonicalKey } from '../bson/compare.js';
import { arrayIterator, cursorReply } from './cursor-reply.js';
import { CursorStore } from './cursors.js';
import { CommandError } from './errors.js';
import { checkCollation } from './collation.js';
import { parseCollation } from '../query/collation.js';
import { valuesAtPath } from '../storage/keys.js';
import type { DocRecord } from '../storage/collection.js';

export const find: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'find');
    const filter = optionalDoc(cmd, 'filter') ?? {};
    const collation = parseCollation(cmd.collation);
    if (cmd.tailable)
      throw new CommandError(
        2,
        'tailable cursors need a capped collection, which this engine does not support',
      );
    for (const option of ['min', 'max', 'returnKey']) {
      if (cmd[option] !== undefined && cmd[option] !== false)
        throw new CommandError(
          115,
          `find option '${option}' is not supported by the embedded engine`,
          'CommandNotSupported',
        );
    }
    const limitRaw = optionalNumber(cmd, 'limit') ?? 0;
    const skip = nonNegative(cmd, 'skip') ?? 0;
    const batchSize = nonNegative(cmd, 'batchSize');
    const project = compileProjection(cmd.projection);
    const coll = ctx.engine.storage.collection(ctx.db, name);
    const { records } = readCollection(coll, ctx.view, {
      filter,
      sort: parseSort(cmd.sort),
      skip,
      limit: Math.abs(limitRaw),
      hint: cmd.hint,
      vars: cmd.let as Document | undefined,
      collation,
    });
    const shape = (r: DocRecord) =>
      project ? (toWire(project(r.doc, filter)) as Document) : r.typed ? (toWire(r.doc) as Document) : r.doc;
    const singleBatch = cmd.singleBatch === true || limitRaw < 0;
    return cursorReply(ctx, `${ctx.db}.${name}`, arrayIterator(records, shape), batchSize, singleBatch);
  },
};

export const getMore: CommandSpec = {
  inTransaction: true,
  async handler(cmd, ctx) {
    const name = collectionName(cmd, 'collection');
    const ns = `${ctx.db}.${name}`;
    const id = cmd.getMore;
    if (!(id instanceof Long) && !(id instanceof Number) && typeof id !== 'number')
      throw new CommandError(
        14,
        "BSON field 'getMore' is the wrong type, expected type 'long'",
        'TypeMismatch',
      );
    const cursor = ctx.engine.cursors.get(id, ns);
    const batchSize = nonNegative(cmd, 'batchSize') || Infinity;
    let [nextBatch, exhausted] = CursorStore.take(cursor.next, batchSize);
    if (cursor.tailable && cursor.awaitData) {
      // Like MongoDB: wait until there is something to return or the await time is up. Returning
      // on every wake-up would answer an empty batch for each change the stream filters out, and
      // every open change stream would then cost a round trip per write anywhere in the database.
      const deadline = Date.now() + (optionalNumber(cmd, 'maxTimeMS') ?? 1000);
      while (nextBatch.length === 0 && cursor.tailable) {
        const left = deadline - Date.now();
        if (left <= 0 || !(await cursor.awaitData(left))) break;
        [nextBatch, exhausted] = CursorStore.take(cursor.next, batchSize);
      }
    }
    const cursorDoc: Document = { nextBatch, id: cursor.id, ns };
    // decorate may end a tailable cursor (e.g. an invalidated change stream), so it runs first.
    cursor.decorate?.(cursorDoc);
    if (exhausted && !cursor.tailable) {
      ctx.engine.cursors.kill(id);
      cursorDoc.id = Long.fromNumber(0);
    }
    return { cursor: cursorDoc, ok: 1 };
  },
};

export const killCursors: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const ids = (cmd.cursors as unknown[]) ?? [];
    const killed: unknown[] = [];
    const notFound: unknown[] = [];
    for (const id of ids) (ctx.engine.cursors.kill(id) ? killed : notFound).push(id);
    return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [], ok: 1 };
  },
};

export const count: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'count');
    const coll = ctx.engine.storage.collection(ctx.db, name);
    const query = optionalDoc(cmd, 'query') ?? {};
    const skip = nonNegative(cmd, 'skip') ?? 0;
    const limit = Math.abs(optionalNumber(cmd, 'limit') ?? 0);
    const collation = parseCollation(cmd.collation);
    if (!coll) return { n: 0, ok: 1 };
    if (Object.keys(query).length === 0 && ctx.view.extraRids(coll)[Symbol.iterator]().next().done) {
      const total = Math.max(0, coll.records.size - skip);
      return { n: limit ? Math.min(limit, total) : total, ok: 1 };
    }
    const { records } = readCollection(coll, ctx.view, {
      filter: query,
      skip,
      limit,
      hint: cmd.hint,
      collation,
    });
    return { n: records.length, ok: 1 };
  },
};

export const distinct: CommandSpec = {
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'distinct');
    if (typeof cmd.key !== 'string')
      throw new CommandError(14, "BSON field 'distinct.key' is missing or not a string", 'TypeMismatch');
    checkCollation(cmd.collation);
    const coll = ctx.engine.storage.collection(ctx.db, name);
    const { records } = readCollection(coll, ctx.view, { filter: optionalDoc(cmd, 'query') ?? {} });
    const seen = new Map<string, unknown>();
    for (const record of records) {
      for (const v of valuesAtPath(record.doc, cmd.key).values) {
        if (v === undefined || (v === null && !hasPath(record.doc, cmd.key))) continue;
        const key = canonicalKey(toPlain(v));
        if (!seen.has(key)) seen.set(key, v);
      }
    }
    const values = [...seen.values()].sort((a, b) => compareValues(toPlain(a), toPlain(b))).map(toWire);
    return { values, ok: 1 };
  },
};

function hasPath(doc: Document, path: string): boolean {
  let cur: unknown = doc;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) return true;
    if (cur === null || typeof cur !== 'object' || !(part in (cur as object))) return false;
    cur = (cur as Document)[part];
  }
  return true;
}
