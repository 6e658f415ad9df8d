/**
 * A multi-document transaction: snapshot isolation over the storage's record versions, with its writes
 * buffered in an overlay until commit, when they are applied atomically as one durable commit.
 */
import type { Document } from 'bson';
import { CommandError, writeConflict } from '../commands/errors.js';
import type { Collection, DocRecord } from '../storage/collection.js';
import type { ReadView } from '../storage/view.js';

export type TxnState = 'in_progress' | 'committed' | 'aborted';

export interface OverlayEntry {
  record: DocRecord | null;
  /** How the document changed relative to the snapshot, for change events. */
  kind: 'insert' | 'update' | 'replace' | 'delete';
}

export class Transaction implements ReadView {
  state: TxnState = 'in_progress';
  readonly overlay = new Map<Collection, Map<string, OverlayEntry>>();
  readonly startedAt = Date.now();

  constructor(
    readonly txnNumber: number,
    /** Storage version of the snapshot: records with a higher version are invisible. */
    readonly snapshot: number,
  ) {}

  visible(coll: Collection, rid: string): DocRecord | undefined {
    const own = this.overlay.get(coll)?.get(rid);
    if (own) return own.record ?? undefined;
    return this.snapshotRecord(coll, rid);
  }

  /** The committed record as of the snapshot. */
  snapshotRecord(coll: Collection, rid: string): DocRecord | undefined {
    const current = coll.records.get(rid);
    if (current && current.version <= this.snapshot) return current;
    for (const h of coll.history.get(rid) ?? []) {
      if (h.from <= this.snapshot && this.snapshot < h.until) return h.doc ?? undefined;
    }
    return undefined;
  }

  *extraRids(coll: Collection): Iterable<string> {
    yield* coll.history.keys();
    const own = this.overlay.get(coll);
    if (own) yield* own.keys();
  }

  /** True when someone committed a change to this record after our snapshot. */
  changedSinceSnapshot(coll: Collection, rid: string): boolean {
    const current = coll.records.get(rid);
    if (current && current.version > this.snapshot) return true;
    return (coll.history.get(rid) ?? []).some((h) => h.until > this.snapshot);
  }

  write(coll: Collection, rid: string, record: DocRecord | null, kind: OverlayEntry['kind']): void {
    if (this.changedSinceSnapshot(coll, rid)) throw writeConflict();
    let own = this.overlay.get(coll);
    if (!own) this.overlay.set(coll, (own = new Map()));
    const previous = own.get(rid);
    // Keep "insert" for documents created in this transaction; an insert then delete cancels out.
    if (previous?.kind === 'insert') {
      if (record === null) own.delete(rid);
      else own.set(rid, { record, kind: 'insert' });
      return;
    }
    own.set(rid, { record, kind });
  }

  assertActive(): void {
    if (this.state === 'aborted') {
      throw new CommandError(
        251,
        `Transaction with { txnNumber: ${this.txnNumber} } has been aborted.`,
        'NoSuchTransaction',
        ['TransientTransactionError'],
      );
    }
    if (this.state === 'committed') {
      throw new CommandError(
        256,
        `Transaction with { txnNumber: ${this.txnNumber} } has been committed.`,
        'TransactionCommitted',
      );
    }
  }
}

export function noSuchTransaction(txnNumber: unknown): CommandError {
  return new CommandError(
    251,
    `Transaction with { txnNumber: ${String(txnNumber)} } has been aborted.`,
    'NoSuchTransaction',
    ['TransientTransactionError'],
  );
}

export type { Document };
