/**
 * The engine: storage, sessions, cursors and the command dispatcher that the wire server calls.
 * Dispatch resolves the session / transaction of a command, runs its handler, commits its writes
 * durably before answering, and decorates replies with cluster time.
 */
import { Binary, Long, ObjectId, type Document } from 'bson';
import type { Persistence } from './persistence/types.js';
import { Storage, newBatch } from './storage/storage.js';
import { CURRENT_VIEW } from './storage/view.js';
import { DirectWriter, TxnWriter } from './storage/writer.js';
import { SessionRegistry, type Session } from './txn/sessions.js';
import type { Transaction } from './txn/transaction.js';
import { CursorStore } from './commands/cursors.js';
import { CommandError, asCommandError } from './commands/errors.js';
import type { CommandContext, CommandSpec, ConnectionInfo } from './commands/context.js';
import { COMMANDS } from './commands/registry.js';
import { toPlain } from './bson/values.js';
import { ChangeLog } from './changestreams/change-log.js';
import { openChangeStream } from './changestreams/open-stream.js';

export interface EngineConfig {
  host: string;
  port: number;
  logger: (msg: string) => void;
}

const ZERO_SIGNATURE = { hash: new Binary(Buffer.alloc(20)), keyId: Long.fromNumber(0) };

export class Engine {
  readonly storage: Storage;
  readonly sessions: SessionRegistry;
  readonly cursors = new CursorStore();
  /** History of change events for change streams (attached to storage.events on first use). */
  readonly changeLog: ChangeLog;
  readonly startedAt = new Date();
  /** Increases across restarts (derived from the start time) and is fixed for this process. */
  readonly electionId = new ObjectId(
    Math.floor(Date.now() / 1000)
      .toString(16)
      .padStart(8, '0') +
      '7fffffff' +
      '00000001',
  );
  readonly processId = new ObjectId();
  config: EngineConfig = { host: '127.0.0.1', port: 0, logger: () => undefined };

  constructor(readonly persistence: Persistence) {
    this.storage = new Storage(persistence);
    this.sessions = new SessionRegistry(this.storage);
    this.changeLog = new ChangeLog(this.storage.events);
  }

  /** Opens a `$changeStream` aggregation (see changestreams/open-stream.ts). */
  changeStreams(cmd: Document, ctx: CommandContext): Document {
    return openChangeStream(cmd, ctx);
  }

  get address(): string {
    return `${this.config.host}:${this.config.port}`;
  }

  /** Runs one command and returns its reply (errors become `{ok: 0, ...}` replies). */
  async run(cmd: Document, db: string, conn: ConnectionInfo): Promise<Document> {
    let reply: Document;
    try {
      reply = await this.dispatch(cmd, db, conn);
    } catch (err) {
      const error = asCommandError(err);
      if (error.code === 1)
        this.config.logger(
          `internal error in ${Object.keys(cmd)[0]}: ${(err as Error).stack ?? String(err)}`,
        );
      reply = error.toReply();
    }
    reply.$clusterTime = { clusterTime: this.storage.clusterTime, signature: ZERO_SIGNATURE };
    reply.operationTime = this.storage.clusterTime;
    return reply;
  }

  private async dispatch(cmd: Document, db: string, conn: ConnectionInfo): Promise<Document> {
    const name = Object.keys(cmd)[0];
    const spec = lookupCommand(name);
    if (!spec) throw new CommandError(59, `no such command: '${name}'`, 'CommandNotFound');
    const lsid = cmd.lsid as Document | undefined;
    const session = lsid ? this.sessions.get(lsid) : undefined;
    const txnNumber = cmd.txnNumber === undefined ? undefined : Number(toPlain(cmd.txnNumber));
    const inTxn = cmd.autocommit === false;
    if (inTxn && (!session || txnNumber === undefined))
      throw new CommandError(50768, 'Transactions need a session and a txnNumber', 'InvalidOptions');
    if (inTxn) return this.runInTransaction(spec, cmd, db, conn, session!, txnNumber!);

    const retryable = spec.write && session && txnNumber !== undefined;
    if (retryable) {
      if (session.retry?.txnNumber === txnNumber) return { ...session.retry.reply };
      if (txnNumber < session.txnNumber)
        throw new CommandError(225, `txnNumber ${txnNumber} is too old`, 'TransactionTooOld');
      session.txnNumber = txnNumber;
    }
    const batch = newBatch(lsid, txnNumber);
    const ctx: CommandContext = {
      engine: this,
      db,
      conn,
      session,
      view: CURRENT_VIEW,
      writer: new DirectWriter(this.storage, batch),
      batch,
    };
    let reply: Document;
    try {
      reply = await spec.handler(cmd, ctx);
    } finally {
      // Whatever was applied in memory must become durable, even when the handler failed midway.
      await this.storage.commit(batch);
    }
    if (retryable && reply.ok === 1) session.retry = { txnNumber, reply };
    return reply;
  }

  private async runInTransaction(
    spec: CommandSpec,
    cmd: Document,
    db: string,
    conn: ConnectionInfo,
    session: Session,
    txnNumber: number,
  ): Promise<Document> {
    const name = Object.keys(cmd)[0];
    if (name === 'commitTransaction' || name === 'abortTransaction')
      return this.endTransaction(name, session, txnNumber, cmd);
    if (!spec.inTransaction) {
      throw new CommandError(
        263,
        `Cannot run '${name}' in a multi-document transaction.`,
        'OperationNotSupportedInTransaction',
      );
    }
    const txn: Transaction = this.sessions.transactionFor(session, txnNumber, cmd.startTransaction === true);
    const batch = newBatch(cmd.lsid, txnNumber);
    const ctx: CommandContext = {
      engine: this,
      db,
      conn,
      session,
      txn,
      view: txn,
      writer: new TxnWriter(txn, this.sessions),
      batch,
    };
    try {
      return await spec.handler(cmd, ctx);
    } catch (err) {
      // Like mongod, a failed statement aborts the whole transaction.
      this.sessions.abort(txn);
      const error = asCommandError(err);
      if (error.code === 112 || error.code === 251) {
        throw new CommandError(
          error.code,
          error.message,
          error.codeName,
          ['TransientTransactionError'],
          error.extra,
        );
      }
      throw error;
    } finally {
      await this.storage.commit(batch);
    }
  }

  private async endTransaction(
    name: string,
    session: Session,
    txnNumber: number,
    cmd: Document,
  ): Promise<Document> {
    const txn = session.txn;
    if (!txn || txn.txnNumber !== txnNumber) {
      throw new CommandError(
        251,
        `Transaction with { txnNumber: ${txnNumber} } not found`,
        'NoSuchTransaction',
        ['TransientTransactionError'],
      );
    }
    if (name === 'abortTransaction') {
      if (txn.state === 'committed')
        throw new CommandError(256, 'Transaction has been committed', 'TransactionCommitted');
      if (txn.state === 'aborted')
        throw new CommandError(
          251,
          `Transaction with { txnNumber: ${txnNumber} } has been aborted.`,
          'NoSuchTransaction',
          ['TransientTransactionError'],
        );
      this.sessions.abort(txn);
      return { ok: 1 };
    }
    if (txn.state === 'committed') return { ok: 1 }; // a retried commit is idempotent
    if (txn.state === 'aborted') {
      throw new CommandError(
        251,
        `Transaction with { txnNumber: ${txnNumber} } has been aborted.`,
        'NoSuchTransaction',
        ['TransientTransactionError'],
      );
    }
    await this.sessions.commit(txn, cmd.lsid);
    return { ok: 1 };
  }
}

function lookupCommand(name: string | undefined): CommandSpec | undefined {
  if (name === undefined) return undefined;
  if (Object.hasOwn(COMMANDS, name)) return COMMANDS[name];
  const lower = name.toLowerCase();
  return Object.hasOwn(COMMANDS, lower) ? COMMANDS[lower] : undefined;
}
