/** findAndModify: one document, updated / replaced / removed, returning its before or after image. */
import type { Document } from 'bson';
import type { CommandSpec } from './context.js';
import { collectionName, optionalDoc } from './args.js';
import { runUpdate } from './update.js';
import { readCollection } from '../query/read.js';
import { parseSort } from '../query/sort.js';
import { compileProjection } from '../query/projection.js';
import { toWire } from '../bson/values.js';
import { CommandError } from './errors.js';
import { checkCollation } from './collation.js';

export const findAndModify: CommandSpec = {
  write: true,
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, Object.keys(cmd)[0]);
    const query = optionalDoc(cmd, 'query') ?? {};
    const sort = parseSort(cmd.sort);
    const project = compileProjection(cmd.fields);
    checkCollation(cmd.collation);
    const shape = (doc: Document | undefined) =>
      doc ? (toWire(project ? project(doc, query) : doc) as Document) : null;
    if (cmd.remove) {
      if (cmd.update !== undefined)
        throw new CommandError(9, 'Cannot specify both an update and remove=true', 'FailedToParse');
      if (cmd.new) throw new CommandError(9, 'Cannot specify both new=true and remove=true', 'FailedToParse');
      const coll = ctx.engine.storage.collection(ctx.db, name);
      const { records } = readCollection(coll, ctx.view, { filter: query, sort, limit: 1, hint: cmd.hint });
      if (!records.length) return { lastErrorObject: { n: 0 }, value: null, ok: 1 };
      ctx.writer.delete(coll!, records[0]);
      return { lastErrorObject: { n: 1 }, value: shape(records[0].doc), ok: 1 };
    }
    if (cmd.update === undefined)
      throw new CommandError(9, 'Either an update or remove=true must be specified', 'FailedToParse');
    const outcome = runUpdate(
      ctx,
      name,
      {
        q: query,
        u: cmd.update,
        upsert: !!cmd.upsert,
        arrayFilters: cmd.arrayFilters,
        hint: cmd.hint,
        sort: cmd.sort,
      },
      cmd.let,
    );
    const lastErrorObject: Document = {
      n: outcome.matched || (outcome.upsertedId !== undefined ? 1 : 0),
      updatedExisting: outcome.matched > 0,
    };
    if (outcome.upsertedId !== undefined) lastErrorObject.upserted = toWire(outcome.upsertedId);
    const value = cmd.new ? outcome.after : outcome.upsertedId !== undefined ? undefined : outcome.before;
    return { lastErrorObject, value: shape(value), ok: 1 };
  },
};
