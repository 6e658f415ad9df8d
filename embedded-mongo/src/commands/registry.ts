/** Every command the engine answers, by name. Unknown names get CommandNotFound (59). */
import type { CommandSpec } from './context.js';
import { HANDSHAKE_COMMANDS } from './handshake.js';
import { ADMIN_COMMANDS } from './admin.js';
import { insert } from './insert.js';
import { update } from './update.js';
import { deleteCommand } from './delete.js';
import { findAndModify } from './find-and-modify.js';
import { count, distinct, find, getMore, killCursors } from './find.js';
import { aggregate } from './aggregate.js';
import { collMod, create, drop, dropDatabase, listCollections, renameCollection } from './ddl.js';
import { createIndexes, dropIndexes, listIndexes } from './indexes.js';
import { explain } from './explain-command.js';
import { CommandError } from './errors.js';

/** commitTransaction / abortTransaction are resolved by the dispatcher itself (they need the session). */
const TXN_END: CommandSpec = {
  handler: () => {
    throw new CommandError(
      251,
      'Transaction not found: commit/abort needs a session with an open transaction (autocommit: false)',
      'NoSuchTransaction',
      ['TransientTransactionError'],
    );
  },
  inTransaction: true,
};

export const COMMANDS: Record<string, CommandSpec> = {
  ...HANDSHAKE_COMMANDS,
  ...ADMIN_COMMANDS,
  insert,
  update,
  delete: deleteCommand,
  findAndModify,
  findandmodify: findAndModify,
  find,
  getMore,
  killCursors,
  count,
  distinct,
  aggregate,
  create,
  drop,
  dropDatabase,
  listCollections,
  renameCollection,
  collMod,
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
  explain,
  commitTransaction: TXN_END,
  abortTransaction: TXN_END,
};
