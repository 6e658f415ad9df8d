/** What a command handler gets to work with. */
import type { Document } from 'bson';
import type { Engine } from '../engine.js';
import type { ReadView } from '../storage/view.js';
import type { Writer } from '../storage/writer.js';
import type { WriteBatch } from '../storage/storage.js';
import type { Session } from '../txn/sessions.js';
import type { Transaction } from '../txn/transaction.js';

export interface ConnectionInfo {
  id: number;
  remote: string;
  /** Set when the client negotiated `helloOk`. */
  helloOk?: boolean;
}

export interface CommandContext {
  engine: Engine;
  db: string;
  conn: ConnectionInfo;
  session?: Session;
  txn?: Transaction;
  view: ReadView;
  writer: Writer;
  /** DDL and (outside transactions) document writes of this command; committed after it runs. */
  batch: WriteBatch;
}

export type CommandHandler = (cmd: Document, ctx: CommandContext) => Document | Promise<Document>;

export interface CommandSpec {
  handler: CommandHandler;
  /** Commands that write; retryable writes are de-duplicated by (lsid, txnNumber). */
  write?: boolean;
  /** Allowed inside a multi-document transaction. */
  inTransaction?: boolean;
}
