/**
 * The catalog (databases -> collections) and the single write path: every change is applied in
 * memory, collected into a WriteBatch, made durable with one `persistence.commit` and then published
 * as change events in commit order.
 */
import { Timestamp, type Document } from 'bson';
import type { JournalOp, PayloadPart, Persistence } from '../persistence/types.js';
import { toWire } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';
import { Collection, makeRecord, type DocRecord } from './collection.js';
import { ChangeEventHub, type PendingEvent } from './events.js';
import { IndexStore } from './index-store.js';
import { updateDescription } from './diff.js';
import { captureState } from './snapshot-capture.js';

export interface WriteBatch {
  ops: JournalOp[];
  events: PendingEvent[];
  lsid?: Document;
  txnNumber?: unknown;
}

export const newBatch = (lsid?: Document, txnNumber?: unknown): WriteBatch => ({
  ops: [],
  events: [],
  lsid,
  txnNumber,
});

export class Storage {
  readonly dbs = new Map<string, Map<string, Collection>>();
  readonly events = new ChangeEventHub();
  /** Monotonic version stamped on every record write; transaction snapshots are versions. */
  version = 0;
  /** Number of open transactions; while > 0 collections keep previous record images. */
  openTransactions = 0;
  private inFlight = 0;
  private chain: Promise<void> = Promise.resolve();
  private lastTime = new Timestamp({ t: Math.floor(Date.now() / 1000), i: 0 });
  private snapshotting?: Promise<void>;
  /** Where failures of background work (snapshots) are reported. */
  onBackgroundError: (err: unknown) => void = () => undefined;

  constructor(private readonly persistence: Persistence) {}

  get keepHistory(): boolean {
    return this.openTransactions > 0;
  }

  get clusterTime(): Timestamp {
    return this.lastTime;
  }

  private nextClusterTime(): Timestamp {
    const now = Math.floor(Date.now() / 1000);
    const last = this.lastTime;
    this.lastTime =
      now > last.t ? new Timestamp({ t: now, i: 1 }) : new Timestamp({ t: last.t, i: last.i + 1 });
    return this.lastTime;
  }

  collection(db: string, name: string): Collection | undefined {
    return this.dbs.get(db)?.get(name);
  }

  collections(db: string): Collection[] {
    return [...(this.dbs.get(db)?.values() ?? [])];
  }

  createCollection(db: string, name: string, options: Document, batch: WriteBatch): Collection {
    validateNamespace(db, name);
    if (this.collection(db, name))
      throw new CommandError(48, `Collection ${db}.${name} already exists.`, 'NamespaceExists');
    const coll = new Collection(db, name, options);
    coll.createdVersion = ++this.version;
    let colls = this.dbs.get(db);
    if (!colls) this.dbs.set(db, (colls = new Map()));
    colls.set(name, coll);
    batch.ops.push({ op: 'createCollection', db, coll: name, options: toWire(options) as Document });
    return coll;
  }

  /** The collection, created implicitly (as MongoDB does on first write) when missing. */
  ensureCollection(db: string, name: string, batch: WriteBatch): Collection {
    return this.collection(db, name) ?? this.createCollection(db, name, {}, batch);
  }

  dropCollection(db: string, name: string, batch: WriteBatch): boolean {
    const colls = this.dbs.get(db);
    if (!colls?.has(name)) return false;
    colls.delete(name);
    if (colls.size === 0) this.dbs.delete(db);
    this.version++;
    batch.ops.push({ op: 'dropCollection', db, coll: name });
    batch.events.push({ operationType: 'drop', ns: { db, coll: name } });
    return true;
  }

  dropDatabase(db: string, batch: WriteBatch): void {
    for (const coll of this.collections(db)) {
      batch.events.push({ operationType: 'drop', ns: { db, coll: coll.name } });
    }
    this.dbs.delete(db);
    this.version++;
    batch.ops.push({ op: 'dropDatabase', db });
    batch.events.push({ operationType: 'dropDatabase', ns: { db } });
  }

  renameCollection(
    db: string,
    name: string,
    toDb: string,
    toName: string,
    dropTarget: boolean,
    batch: WriteBatch,
  ): void {
    const source = this.collection(db, name);
    if (!source) throw new CommandError(26, 'source namespace does not exist', 'NamespaceNotFound');
    validateNamespace(toDb, toName);
    if (this.collection(toDb, toName)) {
      if (!dropTarget) throw new CommandError(48, 'target namespace exists', 'NamespaceExists');
      this.dropCollection(toDb, toName, batch);
    }
    this.dbs.get(db)!.delete(name);
    if (this.dbs.get(db)!.size === 0) this.dbs.delete(db);
    source.db = toDb;
    source.name = toName;
    let colls = this.dbs.get(toDb);
    if (!colls) this.dbs.set(toDb, (colls = new Map()));
    colls.set(toName, source);
    this.version++;
    batch.ops.push({ op: 'renameCollection', db, coll: name, toDb, toColl: toName });
    batch.events.push({ operationType: 'rename', ns: { db, coll: name }, to: { db: toDb, coll: toName } });
  }

  createIndex(coll: Collection, spec: Document, batch: WriteBatch): void {
    coll.addIndex(new IndexStore(spec));
    batch.ops.push({ op: 'createIndex', db: coll.db, coll: coll.name, spec: toWire(spec) as Document });
  }

  dropIndex(coll: Collection, name: string, batch: WriteBatch): void {
    coll.indexes.delete(name);
    batch.ops.push({ op: 'dropIndex', db: coll.db, coll: coll.name, name });
  }

  /** Inserts a new document (throws 11000 on a duplicate _id or unique key). */
  insertDoc(coll: Collection, doc: Document, batch: WriteBatch, bytes?: PayloadPart): DocRecord {
    coll.validate(doc);
    const record = makeRecord(doc, ++this.version);
    if (coll.records.has(record.rid)) throw coll.duplicateKey(coll.idIndex, [doc._id]);
    coll.put(record, this.keepHistory);
    batch.ops.push(
      bytes
        ? { op: 'put', db: coll.db, coll: coll.name, doc, bytes }
        : { op: 'put', db: coll.db, coll: coll.name, doc: wireDoc(record) },
    );
    if (this.events.active) {
      batch.events.push({
        operationType: 'insert',
        ns: { db: coll.db, coll: coll.name },
        documentKey: { _id: toWire(doc._id) },
        fullDocument: toWire(doc) as Document,
      });
    }
    return record;
  }

  /** Replaces an existing record's document (update or replacement). */
  replaceDoc(
    coll: Collection,
    previous: DocRecord,
    doc: Document,
    batch: WriteBatch,
    kind: 'update' | 'replace',
  ): DocRecord {
    coll.validate(doc, previous);
    const record = makeRecord(doc, ++this.version);
    coll.put(record, this.keepHistory);
    batch.ops.push({ op: 'put', db: coll.db, coll: coll.name, doc: wireDoc(record) });
    if (this.events.active) {
      const event: PendingEvent = {
        operationType: kind,
        ns: { db: coll.db, coll: coll.name },
        documentKey: { _id: toWire(doc._id) },
        fullDocument: toWire(doc) as Document,
        fullDocumentBeforeChange: toWire(previous.doc) as Document,
      };
      if (kind === 'update') event.updateDescription = updateDescription(previous.doc, doc);
      batch.events.push(event);
    }
    return record;
  }

  deleteDoc(coll: Collection, record: DocRecord, batch: WriteBatch): void {
    coll.delete(record.rid, ++this.version, this.keepHistory);
    batch.ops.push({ op: 'delete', db: coll.db, coll: coll.name, id: toWire(record.doc._id) });
    if (this.events.active) {
      batch.events.push({
        operationType: 'delete',
        ns: { db: coll.db, coll: coll.name },
        documentKey: { _id: toWire(record.doc._id) },
        fullDocumentBeforeChange: toWire(record.doc) as Document,
      });
    }
  }

  /** Makes the batch durable, then publishes its events; resolves when the client may be answered. */
  async commit(batch: WriteBatch): Promise<void> {
    if (batch.ops.length === 0 && batch.events.length === 0) return;
    const clusterTime = this.nextClusterTime();
    for (const e of batch.events) {
      if (batch.lsid) e.lsid = batch.lsid;
      if (batch.txnNumber !== undefined) e.txnNumber = batch.txnNumber;
    }
    this.inFlight++;
    const durable = this.persistence.commit(batch.ops);
    const published = this.chain
      .then(() => durable)
      .then(() => this.events.publish(batch.events, clusterTime));
    this.chain = published.catch(() => undefined);
    try {
      await published;
    } finally {
      this.inFlight--;
    }
    if (this.inFlight === 0 && !this.snapshotting && this.persistence.wantsSnapshot()) {
      // Not awaited: the write that crossed the threshold should not wait for a whole snapshot.
      // `dump` captures the state inside snapshot(), at its cut; the file is written in the background.
      this.snapshotting = this.persistence
        .snapshot(() => this.dump())
        .catch((err) => this.onBackgroundError(err))
        .finally(() => (this.snapshotting = undefined));
    }
  }

  /**
   * Waits for in-flight commits (used before closing persistence). Not for a running snapshot:
   * persistence.close() makes it give up at its next chunk, the journals hold everything.
   */
  async drain(): Promise<void> {
    await this.chain;
  }

  clearHistory(): void {
    for (const colls of this.dbs.values()) for (const coll of colls.values()) coll.clearHistory();
  }

  /**
   * Ops that rebuild the whole state of this moment from nothing (for persistence snapshots): captured
   * now, read later while writes go on (snapshot-capture.ts explains why that is consistent).
   */
  dump(): Iterable<JournalOp> {
    return captureState(this.dbs);
  }
}

/** A record's document in bson-serialisable form (untyped documents already are). */
export function wireDoc(record: DocRecord): Document {
  return record.typed ? (toWire(record.doc) as Document) : record.doc;
}

export function validateNamespace(db: string, name: string): void {
  if (!db || /[/\\. "$\0]/.test(db))
    throw new CommandError(73, `Invalid database name: '${db}'`, 'InvalidNamespace');
  if (!name || name.includes('\0') || name.startsWith('$') || name.startsWith('.') || name.endsWith('.')) {
    throw new CommandError(73, `Invalid collection name: '${name}'`, 'InvalidNamespace');
  }
}
