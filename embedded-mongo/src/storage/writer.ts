/**
 * Document writes as the command handlers see them. Outside a transaction they go straight to storage
 * (into the command's WriteBatch); inside one they are checked and buffered in the transaction.
 */
import type { Document } from 'bson';
import type { PayloadPart } from '../persistence/types.js';
import { canonicalKey } from '../bson/compare.js';
import { makeRecord, plainOf, type Collection, type DocRecord } from './collection.js';
import type { Storage, WriteBatch } from './storage.js';
import type { Transaction } from '../txn/transaction.js';
import type { SessionRegistry } from '../txn/sessions.js';

export interface Writer {
  /** `bytes`: the document's exact BSON, when known, for the journal (see bson/raw-doc.ts). */
  insert(coll: Collection, doc: Document, bytes?: PayloadPart): void;
  replace(coll: Collection, previous: DocRecord, doc: Document, kind: 'update' | 'replace'): void;
  delete(coll: Collection, record: DocRecord): void;
}

export class DirectWriter implements Writer {
  constructor(
    private readonly storage: Storage,
    private readonly batch: WriteBatch,
  ) {}
  insert(coll: Collection, doc: Document, bytes?: PayloadPart): void {
    this.storage.insertDoc(coll, doc, this.batch, bytes);
  }
  replace(coll: Collection, previous: DocRecord, doc: Document, kind: 'update' | 'replace'): void {
    this.storage.replaceDoc(coll, previous, doc, this.batch, kind);
  }
  delete(coll: Collection, record: DocRecord): void {
    this.storage.deleteDoc(coll, record, this.batch);
  }
}

export class TxnWriter implements Writer {
  constructor(
    private readonly txn: Transaction,
    private readonly sessions: SessionRegistry,
  ) {}

  /** Unique-index check against what this transaction sees (snapshot + own writes). */
  private checkUnique(coll: Collection, record: DocRecord): void {
    let plain: Document | undefined;
    const plainDoc = () => (plain ??= plainOf(record));
    for (const index of coll.indexes.values()) {
      if (!index.unique) continue;
      for (const key of index.keysFor(record.doc, plainDoc)) {
        const other = index.findDuplicate(key, record.rid);
        if (other !== undefined) {
          const seen = this.txn.visible(coll, other);
          if (
            seen &&
            index.keysFor(seen.doc, () => plainOf(seen)).some((k) => index.compareKeys(k, key) === 0)
          ) {
            throw coll.duplicateKey(index, key);
          }
        }
        for (const [rid, entry] of this.txn.overlay.get(coll) ?? []) {
          const own = entry.record;
          if (rid === record.rid || !own) continue;
          if (index.keysFor(own.doc, () => plainOf(own)).some((k) => index.compareKeys(k, key) === 0))
            throw coll.duplicateKey(index, key);
        }
      }
    }
  }

  insert(coll: Collection, doc: Document): void {
    coll.validate(doc);
    const record = makeRecord(doc, 0);
    if (this.txn.visible(coll, record.rid)) throw coll.duplicateKey(coll.idIndex, [doc._id]);
    this.checkUnique(coll, record);
    this.sessions.claim(this.txn, coll, record.rid);
    this.txn.write(coll, record.rid, record, 'insert');
  }

  replace(coll: Collection, previous: DocRecord, doc: Document, kind: 'update' | 'replace'): void {
    coll.validate(doc, previous);
    const record = makeRecord(doc, 0);
    this.checkUnique(coll, record);
    this.sessions.claim(this.txn, coll, previous.rid);
    this.txn.write(coll, previous.rid, record, kind);
  }

  delete(coll: Collection, record: DocRecord): void {
    this.sessions.claim(this.txn, coll, record.rid);
    this.txn.write(coll, record.rid, null, 'delete');
  }
}

export { canonicalKey };
