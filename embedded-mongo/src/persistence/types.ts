/**
 * The contract between the engine's in-memory storage and its durable storage.
 *
 * Every acknowledged change reaches the journal as one `commit` of logical operations (a single write,
 * a batch or a whole transaction): the commit is atomic on recovery (all of its ops or none) and the
 * engine replies to the client only after `commit` resolves, so an acknowledged write is never lost.
 * Documents are written as full after-images, so replay is idempotent and needs no query logic.
 */
import type { Document } from 'bson';

/** Bytes of a journal payload: an array, or something that copies itself into the record buffer. */
export type PayloadPart =
  Uint8Array | { readonly length: number; copyTo(target: Uint8Array, at: number): void };

export type SyncMode = 'always' | 'batch' | 'none';

export type JournalOp =
  | { op: 'createCollection'; db: string; coll: string; options: Document }
  | { op: 'dropCollection'; db: string; coll: string }
  | { op: 'dropDatabase'; db: string }
  | { op: 'renameCollection'; db: string; coll: string; toDb: string; toColl: string }
  | { op: 'collMod'; db: string; coll: string; options: Document }
  | { op: 'createIndex'; db: string; coll: string; spec: Document }
  | { op: 'dropIndex'; db: string; coll: string; name: string }
  /** Insert or replace the document with this `_id` (the after-image). */
  /**
   * `bytes`, when set, is `doc` exactly as received (BSON that decodes + normalises to `doc`); the
   * journal writes it as is instead of serialising `doc` (which then need not be bson-serialisable).
   */
  | { op: 'put'; db: string; coll: string; doc: Document; bytes?: PayloadPart }
  | { op: 'delete'; db: string; coll: string; id: unknown };

export interface PersistenceOptions {
  dbPath: string;
  sync: SyncMode;
  /** Journal size in bytes after which the engine is asked to write a snapshot. */
  compactAfterBytes?: number;
  /** Where recovery and compaction notes go (torn tails truncated, snapshots written); default console.warn. */
  log?: (message: string) => void;
}

export interface Persistence {
  /**
   * Takes the directory lock (fails if another engine holds it), loads the newest valid snapshot and
   * replays the journal after it, calling `apply` for every op of every complete commit in order.
   * A torn or corrupt tail is truncated away.
   */
  open(apply: (op: JournalOp) => void): Promise<void>;
  /** Appends one atomic commit; resolves once it is durable according to the sync mode. */
  commit(ops: JournalOp[]): Promise<void>;
  /** True when the journal has grown past `compactAfterBytes`. */
  wantsSnapshot(): boolean;
  /**
   * Writes a snapshot of the whole state. `dump` is called once, synchronously, at the cut (preferably
   * when no commit is in flight) and returns ops that rebuild the state of that moment from nothing.
   * They are read later, a chunk at a time between turns of the event loop while commits go on, so the
   * iterable must not follow later changes: it captures at the call (see Storage.dump). The promise
   * resolves once the snapshot is durable, or when close() made it give up (the journals keep everything).
   */
  snapshot(dump: () => Iterable<JournalOp>): Promise<void>;
  /** Flushes, releases the lock and closes files. */
  close(): Promise<void>;
}
