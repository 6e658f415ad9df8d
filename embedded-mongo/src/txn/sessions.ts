/**
 * Logical sessions: transaction state per session (startTransaction / continue / commit / abort)
 * and the last retryable write's reply, so a retried write is answered without applying it twice.
 */
import { Binary, type Document } from 'bson';
import { CommandError, writeConflict } from '../commands/errors.js';
import { newBatch, type Storage } from '../storage/storage.js';
import type { Collection, DocRecord } from '../storage/collection.js';
import { noSuchTransaction, Transaction } from './transaction.js';

export const SESSION_TIMEOUT_MS = 30 * 60_000;
export const TRANSACTION_LIFETIME_MS = 60_000;

export class Session {
  lastUse = Date.now();
  txn?: Transaction;
  /** Highest txnNumber seen; lower numbers are too old. */
  txnNumber = -1;
  retry?: { txnNumber: number; reply: Document };
  constructor(
    readonly key: string,
    readonly lsid: Document,
  ) {}
}

export function sessionKey(lsid: Document): string {
  const id = lsid.id;
  if (id instanceof Binary) return Buffer.from(id.value()).toString('hex');
  return JSON.stringify(id);
}

export class SessionRegistry {
  readonly sessions = new Map<string, Session>();
  /** Which open transaction has written each record (transactions may not write the same record). */
  private readonly writers = new WeakMap<Collection, Map<string, Transaction>>();

  constructor(private readonly storage: Storage) {}

  get(lsid: Document): Session {
    const key = sessionKey(lsid);
    let session = this.sessions.get(key);
    if (!session) this.sessions.set(key, (session = new Session(key, lsid)));
    session.lastUse = Date.now();
    return session;
  }

  /** Resolves the transaction a command with `autocommit: false` runs in, starting it if asked. */
  transactionFor(session: Session, txnNumber: number, start: boolean): Transaction {
    if (txnNumber < session.txnNumber) {
      throw new CommandError(
        225,
        `Cannot start transaction ${txnNumber} on session because a newer transaction ${session.txnNumber} has already started`,
        'TransactionTooOld',
      );
    }
    if (start) {
      if (session.txn && session.txn.txnNumber === txnNumber) {
        throw new CommandError(
          251,
          `Given transaction number ${txnNumber} does not match any in-progress transactions.`,
          'NoSuchTransaction',
          ['TransientTransactionError'],
        );
      }
      if (session.txn?.state === 'in_progress') this.abort(session.txn);
      session.txnNumber = txnNumber;
      session.txn = new Transaction(txnNumber, this.storage.version);
      this.storage.openTransactions++;
      return session.txn;
    }
    const txn = session.txn;
    if (!txn || txn.txnNumber !== txnNumber) throw noSuchTransaction(txnNumber);
    txn.assertActive();
    return txn;
  }

  /** Claims a record for a transaction's write; another open transaction holding it is a conflict. */
  claim(txn: Transaction, coll: Collection, rid: string): void {
    let owners = this.writers.get(coll);
    if (!owners) this.writers.set(coll, (owners = new Map()));
    const owner = owners.get(rid);
    if (owner && owner !== txn && owner.state === 'in_progress') throw writeConflict();
    owners.set(rid, txn);
  }

  private release(txn: Transaction): void {
    for (const [coll, entries] of txn.overlay) {
      const owners = this.writers.get(coll);
      if (!owners) continue;
      for (const rid of entries.keys()) if (owners.get(rid) === txn) owners.delete(rid);
    }
  }

  private finish(txn: Transaction, state: 'committed' | 'aborted'): void {
    if (txn.state !== 'in_progress') return;
    txn.state = state;
    this.release(txn);
    this.storage.openTransactions--;
    if (this.storage.openTransactions === 0) this.storage.clearHistory();
  }

  abort(txn: Transaction): void {
    this.finish(txn, 'aborted');
  }

  /** Applies the transaction's writes atomically and makes them durable as one commit. */
  async commit(txn: Transaction, lsid: Document): Promise<void> {
    for (const [coll, entries] of txn.overlay) {
      const detached = this.storage.collection(coll.db, coll.name) !== coll;
      for (const rid of entries.keys()) {
        if (detached || txn.changedSinceSnapshot(coll, rid)) {
          this.abort(txn);
          throw writeConflict();
        }
      }
    }
    const batch = newBatch(lsid, txn.txnNumber);
    const applied: Array<{ coll: Collection; rid: string; previous: DocRecord | undefined }> = [];
    try {
      for (const [coll, entries] of txn.overlay) {
        for (const [rid, entry] of entries) {
          const previous = coll.records.get(rid);
          applied.push({ coll, rid, previous });
          if (!entry.record) {
            if (previous) this.storage.deleteDoc(coll, previous, batch);
          } else if (!previous) {
            this.storage.insertDoc(coll, entry.record.doc, batch);
          } else {
            this.storage.replaceDoc(
              coll,
              previous,
              entry.record.doc,
              batch,
              entry.kind === 'replace' ? 'replace' : 'update',
            );
          }
        }
      }
    } catch (err) {
      for (const { coll, rid, previous } of applied.reverse()) {
        if (previous) coll.put(previous, false);
        else coll.delete(rid, this.storage.version, false);
      }
      this.abort(txn);
      if (err instanceof CommandError && err.code === 11000) {
        throw new CommandError(11000, err.message, 'DuplicateKey', undefined, err.extra);
      }
      throw err;
    }
    this.finish(txn, 'committed');
    await this.storage.commit(batch);
  }

  /** Ends sessions idle past the timeout and aborts transactions past their lifetime. */
  sweep(now = Date.now()): void {
    for (const [key, session] of this.sessions) {
      const txn = session.txn;
      if (txn?.state === 'in_progress' && now - txn.startedAt > TRANSACTION_LIFETIME_MS) this.abort(txn);
      if (now - session.lastUse > SESSION_TIMEOUT_MS) {
        if (txn?.state === 'in_progress') this.abort(txn);
        this.sessions.delete(key);
      }
    }
  }

  end(lsid: Document): void {
    const key = sessionKey(lsid);
    const session = this.sessions.get(key);
    if (session?.txn?.state === 'in_progress') this.abort(session.txn);
    this.sessions.delete(key);
  }
}
