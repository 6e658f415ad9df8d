/** The delete command (limit 0 = all matches, 1 = first match). */
import type { Document } from 'bson';
import type { CommandSpec } from './context.js';
import { collectionName, docArray } from './args.js';
import { forEachStatement, isOrdered, writeReply } from './write-common.js';
import { readCollection } from '../query/read.js';
import { CommandError } from './errors.js';
import { parseCollation } from '../query/collation.js';
import { toPlain } from '../bson/values.js';

export const deleteCommand: CommandSpec = {
  write: true,
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'delete');
    const statements = docArray(cmd, 'deletes');
    const coll = ctx.engine.storage.collection(ctx.db, name);
    let n = 0;
    const errors = forEachStatement(ctx, statements, isOrdered(cmd), (stmt: Document) => {
      const limit = Number(toPlain(stmt.limit ?? 0));
      if (limit !== 0 && limit !== 1)
        throw new CommandError(
          9,
          `The limit field in delete objects must be 0 or 1. Got ${limit}`,
          'FailedToParse',
        );
      const collation = parseCollation(stmt.collation);
      const { records } = readCollection(coll, ctx.view, {
        filter: stmt.q ?? {},
        limit,
        hint: stmt.hint,
        collation,
      });
      for (const record of records) {
        ctx.writer.delete(coll!, record);
        n++;
      }
    });
    return writeReply(n, errors);
  },
};
