import type { Connection } from 'mongoose';
import * as Y from 'yjs';
import { asBuffer, toBytes } from './bytes.js';
import { docSnapshotModel, docUpdateModel, type DocUpdateEntry } from './doc-log.model.js';
import { LogWriter, type InsertOutcome } from './log-writer.js';

export interface StoredUpdate {
  seq: number;
  kind: DocUpdateEntry['kind'];
  update: Uint8Array;
  clientMutationId: string;
}

export interface NewEntry {
  kind: DocUpdateEntry['kind'];
  update: Uint8Array;
  clientId: number;
  clientMutationId: string;
  userId: string;
}

export interface Snapshot {
  state: Uint8Array;
  upToSeq: number;
  frozen: boolean;
}

/**
 * How an append went: the first `stored` entries are durable with seqs `firstSeq...`; the entry after
 * them was refused because its seq was taken by another process (`seq`), or because its mutation id
 * is already in the log (`mutation`: a resend), or the database failed (`failed`).
 */
export type AppendResult = { stored: number; refused?: 'seq' | 'mutation' | 'failed'; error?: unknown };

/** A driver error or a bulk write's WriteError (which has `errmsg`, not `message`). */
const isDuplicate = (err: unknown, index: string) => {
  const e = err as { code?: number; errmsg?: string; message?: string };
  return e.code === 11000 && String(e.errmsg ?? e.message).includes(index);
};

/** The durable side of shared documents: the update log and its snapshots (doc-log.model.ts). */
export class DocumentStore {
  constructor(
    private readonly connection: Connection,
    /** This server process, recorded with each entry so that it can skip its own on the change stream. */
    readonly node: string,
    /** 'majority' on a MongoDB replica set; the engine's journal makes every acknowledged write durable. */
    private readonly writeConcern: { w: 'majority' | 1 } = { w: 'majority' },
  ) {}

  private readonly writer = new LogWriter<DocUpdateEntry>((rows) => this.insertRows(rows));

  async init(): Promise<void> {
    await Promise.all([docUpdateModel(this.connection).init(), docSnapshotModel(this.connection).init()]);
  }

  /** The newest snapshot and every update after it, in seq order. */
  async load(docName: string): Promise<{ snapshot: Snapshot | null; updates: StoredUpdate[] }> {
    const snap = await docSnapshotModel(this.connection).findOne({ docName }).sort({ upToSeq: -1 }).lean();
    const snapshot = snap ? { state: toBytes(snap.state), upToSeq: snap.upToSeq, frozen: snap.frozen } : null;
    return { snapshot, updates: await this.after(docName, snapshot?.upToSeq ?? 0) };
  }

  /** The document as the log holds it (snapshot plus later updates), as one update. */
  async state(docName: string): Promise<Uint8Array> {
    const { snapshot, updates } = await this.load(docName);
    const doc = new Y.Doc();
    try {
      if (snapshot) Y.applyUpdate(doc, snapshot.state);
      for (const row of updates) if (row.kind === 'update') Y.applyUpdate(doc, row.update);
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }

  async after(docName: string, seq: number): Promise<StoredUpdate[]> {
    const rows = await docUpdateModel(this.connection)
      .find({ docName, seq: { $gt: seq } }, { seq: 1, kind: 1, update: 1, clientMutationId: 1 })
      .sort({ seq: 1 })
      .lean();
    return rows.map((r) => ({
      seq: r.seq,
      kind: r.kind,
      update: toBytes(r.update),
      clientMutationId: r.clientMutationId,
    }));
  }

  /**
   * Inserts the entries in order with consecutive seqs from `firstSeq`, stopping at the first refusal.
   * Appends of all documents within a few milliseconds share one insert (log-writer.ts).
   */
  async append(docName: string, entries: readonly NewEntry[], firstSeq: number): Promise<AppendResult> {
    const at = new Date();
    const docs = entries.map((e, i) => ({
      docName,
      seq: firstSeq + i,
      kind: e.kind,
      update: asBuffer(e.update),
      clientId: e.clientId,
      clientMutationId: e.clientMutationId,
      userId: e.userId,
      node: this.node,
      at,
    }));
    const { inserted, error } = await this.writer.append(docs);
    if (error === undefined) return { stored: inserted };
    const e = error as { writeErrors?: unknown };
    const cause = Array.isArray(e.writeErrors) ? e.writeErrors[0] : error;
    if (isDuplicate(cause, 'doc_seq')) return { stored: inserted, refused: 'seq', error };
    if (isDuplicate(cause, 'doc_mutation')) return { stored: inserted, refused: 'mutation', error };
    return { stored: inserted, refused: 'failed', error };
  }

  /** One ordered insert; how many rows it stored before a refusal (the refused row's index). */
  private async insertRows(rows: DocUpdateEntry[]): Promise<InsertOutcome> {
    try {
      await docUpdateModel(this.connection).collection.insertMany(rows, {
        ordered: true,
        writeConcern: this.writeConcern,
      });
      return { inserted: rows.length };
    } catch (err) {
      const e = err as { insertedCount?: number; writeErrors?: { index?: number }[] };
      const refusedAt = Array.isArray(e.writeErrors) ? e.writeErrors[0]?.index : undefined;
      return { inserted: refusedAt ?? e.insertedCount ?? 0, error: err };
    }
  }

  /** The seq under which a mutation was stored before, if it is still in the log. */
  async seqOfMutation(docName: string, clientMutationId: string): Promise<number | null> {
    const row = await docUpdateModel(this.connection)
      .findOne({ docName, clientMutationId }, { seq: 1 })
      .lean();
    return row?.seq ?? null;
  }

  /**
   * Stores a snapshot, then keeps one generation: updates up to the previous snapshot and snapshots
   * older than it are deleted (the newest updates stay, so a recent resend is still recognised).
   * Another process may have stored the same snapshot: that is fine.
   */
  async compact(docName: string, snapshot: Snapshot): Promise<void> {
    const Snapshots = docSnapshotModel(this.connection);
    try {
      await Snapshots.collection.insertOne(
        {
          docName,
          upToSeq: snapshot.upToSeq,
          state: asBuffer(snapshot.state),
          frozen: snapshot.frozen,
          at: new Date(),
        },
        { writeConcern: this.writeConcern },
      );
    } catch (err) {
      if (!isDuplicate(err, 'doc_upto')) throw err;
    }
    const previous = await Snapshots.findOne({ docName, upToSeq: { $lt: snapshot.upToSeq } }, { upToSeq: 1 })
      .sort({ upToSeq: -1 })
      .lean();
    if (!previous) return;
    await docUpdateModel(this.connection).deleteMany({ docName, seq: { $lte: previous.upToSeq } });
    await Snapshots.deleteMany({ docName, upToSeq: { $lt: previous.upToSeq } });
  }
}
