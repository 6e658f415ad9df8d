/** The insert command. */
import type { Document } from 'bson';
import type { CommandSpec } from './context.js';
import { collectionName, docArray } from './args.js';
import {
  assertDocumentSize,
  forEachStatement,
  isOrdered,
  receivedBytes,
  receivedSize,
  writeReply,
} from './write-common.js';
import { idFirstBytes } from '../bson/raw-doc.js';
import { validateStoredDocument, withIdFirst } from '../query/update-apply.js';
import { CommandError } from './errors.js';
import { MAX_WRITE_BATCH_SIZE } from './handshake.js';

export const insert: CommandSpec = {
  write: true,
  inTransaction: true,
  handler(cmd, ctx) {
    const name = collectionName(cmd, 'insert');
    const documents = docArray(cmd, 'documents');
    if (documents.length > MAX_WRITE_BATCH_SIZE)
      throw new CommandError(
        10,
        `Write batch sizes must be between 1 and ${MAX_WRITE_BATCH_SIZE}. Got ${documents.length} operations.`,
        'InvalidLength',
      );
    const coll = ctx.engine.storage.ensureCollection(ctx.db, name, ctx.batch);
    let n = 0;
    const errors = forEachStatement(ctx, documents, isOrdered(cmd), (raw: Document, i) => {
      assertDocumentSize(raw, receivedSize(cmd, 'documents', i));
      const doc = withIdFirst(raw);
      validateStoredDocument(doc);
      // The received bytes rebuild exactly this document on replay when the client sent the _id.
      const bytes = raw._id === undefined || ctx.txn ? undefined : receivedBytes(cmd, 'documents', i);
      ctx.writer.insert(coll, doc, bytes && idFirstBytes(bytes));
      n++;
    });
    return writeReply(n, errors);
  },
};
