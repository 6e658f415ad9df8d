/**
 * Server-side cursors: the remaining results of a find/aggregate, handed out in batches by getMore.
 * Results are materialised as record references (records are immutable, so this is a consistent view).
 */
import { calculateObjectSize, Long, type Document } from 'bson';
import { CommandError } from './errors.js';

export const MAX_BATCH_BYTES = 16 * 1024 * 1024;
export const DEFAULT_FIRST_BATCH = 101;

export interface OpenCursor {
  id: Long;
  ns: string;
  /** Produces the next output document, or undefined when exhausted. */
  next: () => Document | undefined;
  /** The session key the cursor belongs to, if any. */
  sessionKey?: string;
  lastUse: number;
  /**
   * For tailable cursors (change streams): waits up to ms for new data; true when something new
   * arrived (it may still be filtered out), false on timeout or when nothing more can come.
   */
  awaitData?: (ms: number) => Promise<boolean>;
  tailable?: boolean;
  /** Extra fields for the cursor reply (e.g. postBatchResumeToken). */
  decorate?: (cursorDoc: Document) => void;
  close?: () => void;
}

export class CursorStore {
  private readonly cursors = new Map<string, OpenCursor>();
  private nextId = BigInt(Date.now() % 1_000_000) * 1000n + 1n;

  /** Takes up to `limit` documents (and at most 16MB) from `next`. Returns [batch, exhausted]. */
  static take(
    next: () => Document | undefined,
    limit: number,
    peeked?: { doc?: Document },
  ): [Document[], boolean] {
    const batch: Document[] = [];
    let bytes = 0;
    while (batch.length < limit) {
      const doc = peeked?.doc ?? next();
      if (peeked) peeked.doc = undefined;
      if (doc === undefined) return [batch, true];
      bytes += calculateObjectSize(doc);
      if (bytes > MAX_BATCH_BYTES && batch.length > 0) {
        if (peeked) peeked.doc = doc;
        return [batch, false];
      }
      batch.push(doc);
    }
    return [batch, false];
  }

  register(cursor: Omit<OpenCursor, 'id' | 'lastUse'>): OpenCursor {
    const id = Long.fromBigInt(this.nextId++);
    const open: OpenCursor = { ...cursor, id, lastUse: Date.now() };
    this.cursors.set(id.toString(), open);
    return open;
  }

  get(id: unknown, ns: string): OpenCursor {
    const key = id instanceof Long ? id.toString() : String(id instanceof Number ? id.valueOf() : id);
    const cursor = this.cursors.get(key);
    if (!cursor) throw new CommandError(43, `cursor id ${key} not found`, 'CursorNotFound');
    if (cursor.ns !== ns)
      throw new CommandError(
        13,
        `Requested getMore on namespace '${ns}', but cursor belongs to a different namespace ${cursor.ns}`,
        'Unauthorized',
      );
    cursor.lastUse = Date.now();
    return cursor;
  }

  kill(id: unknown): boolean {
    const key = id instanceof Long ? id.toString() : String(id instanceof Number ? id.valueOf() : id);
    const cursor = this.cursors.get(key);
    if (!cursor) return false;
    cursor.close?.();
    return this.cursors.delete(key);
  }

  /** Closes cursors idle for longer than `idleMs` (MongoDB's default cursor timeout is 10 minutes). */
  sweep(idleMs = 10 * 60_000, now = Date.now()): void {
    for (const [key, cursor] of this.cursors) {
      if (now - cursor.lastUse > idleMs) {
        cursor.close?.();
        this.cursors.delete(key);
      }
    }
  }

  killForSession(sessionKey: string): void {
    for (const [key, cursor] of this.cursors) {
      if (cursor.sessionKey === sessionKey) {
        cursor.close?.();
        this.cursors.delete(key);
      }
    }
  }

  get size(): number {
    return this.cursors.size;
  }
}
