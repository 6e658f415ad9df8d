/** The $out and $merge terminal stages, which write pipeline results into a collection. */
import type { Document } from 'bson';
import type { CommandContext } from './context.js';
import { CommandError } from './errors.js';
import { normalizeValue, isPlainObject, toPlain } from '../bson/values.js';
import { readCollection } from '../query/read.js';
import { withIdFirst } from '../query/update-apply.js';

function target(spec: unknown, db: string): { db: string; coll: string } {
  if (typeof spec === 'string') return { db, coll: spec };
  if (isPlainObject(spec) && typeof spec.coll === 'string')
    return { db: typeof spec.db === 'string' ? spec.db : db, coll: spec.coll };
  throw new CommandError(14, 'output stage target must be a collection name or {db, coll}', 'TypeMismatch');
}

export function runOut(ctx: CommandContext, spec: unknown, results: Document[]): void {
  if (ctx.txn)
    throw new CommandError(263, '$out cannot be used in a transaction', 'OperationNotSupportedInTransaction');
  const { db, coll: name } = target(spec, ctx.db);
  const coll = ctx.engine.storage.ensureCollection(db, name, ctx.batch);
  for (const record of [...coll.records.values()]) ctx.writer.delete(coll, record);
  for (const doc of results) ctx.writer.insert(coll, withIdFirst(normalizeValue(doc) as Document));
}

export function runMerge(ctx: CommandContext, spec: unknown, results: Document[]): void {
  if (ctx.txn)
    throw new CommandError(
      263,
      '$merge cannot be used in a transaction',
      'OperationNotSupportedInTransaction',
    );
  const options: Document = isPlainObject(spec) && 'into' in spec ? spec : { into: spec };
  const { db, coll: name } = target(options.into, ctx.db);
  const on: string[] =
    options.on === undefined
      ? ['_id']
      : Array.isArray(options.on)
        ? options.on.map(String)
        : [String(options.on)];
  const whenMatched = options.whenMatched ?? 'merge';
  const whenNotMatched = options.whenNotMatched ?? 'insert';
  if (typeof whenMatched !== 'string')
    throw new CommandError(
      115,
      '$merge with a pipeline in whenMatched is not supported',
      'CommandNotSupported',
    );
  const coll = ctx.engine.storage.ensureCollection(db, name, ctx.batch);
  for (const raw of results) {
    const doc = normalizeValue(raw) as Document;
    const filter: Document = {};
    for (const field of on) filter[field] = toPlain(doc[field]) ?? null;
    const { records } = readCollection(coll, ctx.view, { filter, limit: 1 });
    const existing = records[0];
    if (!existing) {
      if (whenNotMatched === 'discard') continue;
      if (whenNotMatched === 'fail')
        throw new CommandError(
          13113,
          '$merge could not find a matching document in the target collection',
          'MergeStageNoMatchingDocument',
        );
      ctx.writer.insert(coll, withIdFirst(doc));
      continue;
    }
    if (whenMatched === 'keepExisting') continue;
    if (whenMatched === 'fail') throw existing && coll.duplicateKey(coll.idIndex, [existing.doc._id]);
    const next =
      whenMatched === 'replace'
        ? { ...doc, _id: existing.doc._id }
        : { ...existing.doc, ...doc, _id: existing.doc._id };
    ctx.writer.replace(coll, existing, next, whenMatched === 'replace' ? 'replace' : 'update');
  }
}
