/**
 * Durable storage in a directory: lock, recovery, group-committed journal and snapshots with compaction.
 * See file-names.ts for the on-disk layout and record-format.ts for the record framing.
 */
import { setImmediate as nextMacrotask, setTimeout as delay } from 'node:timers/promises';
import { journalPath, snapshotPath } from './file-names.js';
import { makeDirDurable } from './fs-util.js';
import { JournalWriter } from './journal-writer.js';
import { openSegment } from './segment-file.js';
import { acquireDirectoryLock, type DirectoryLock } from './lock-file.js';
import { encodeOps } from './op-codec.js';
import { encodeRecord } from './record-format.js';
import { recover } from './recovery.js';
import { pruneOldGenerations } from './retention.js';
import { writeSnapshotFile } from './snapshot-writer.js';
import type { JournalOp, Persistence, PersistenceOptions } from './types.js';

/**
 * Journal size that triggers a snapshot. A snapshot rewrites the whole database (in the background,
 * see snapshot-writer.ts, but still a full pass of CPU and disk), so cutting too often multiplies
 * writes; 200 MB is the journal size whose replay is specified (< 10 s, ~3 s measured).
 */
export const DEFAULT_COMPACT_AFTER_BYTES = 200 * 1024 * 1024;
/** How long snapshot() waits for a moment with no commit in flight before cutting under load anyway. */
const QUIESCE_MS = 50;

export function openFilePersistence(options: PersistenceOptions): Persistence {
  return new FilePersistence(options);
}

class FilePersistence implements Persistence {
  private state: 'new' | 'opening' | 'open' | 'closed' = 'new';
  private lock: DirectoryLock | undefined;
  private writer: JournalWriter | undefined;
  private nextSeq = 1n;
  private snapshotting: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private opening: Promise<void> | undefined;
  private readonly log: (message: string) => void;
  private readonly compactAfterBytes: number;
  /** Journal bytes since the base snapshot in segments before the current one (after an abandoned snapshot). */
  private bytesBeforeSegment = 0;

  constructor(private readonly options: PersistenceOptions) {
    this.log = options.log ?? ((message) => console.warn(`[embedded-mongo] ${message}`));
    this.compactAfterBytes = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER_BYTES;
  }

  open(apply: (op: JournalOp) => void): Promise<void> {
    if (this.state !== 'new')
      return Promise.reject(new Error('embedded-mongo: persistence can be opened only once'));
    this.state = 'opening';
    this.opening = this.openOnce(apply);
    return this.opening;
  }

  private async openOnce(apply: (op: JournalOp) => void): Promise<void> {
    const { dbPath, sync } = this.options;
    await makeDirDurable(dbPath);
    this.lock = await acquireDirectoryLock(dbPath, this.log);
    try {
      const recovered = await recover(dbPath, apply, this.log);
      await pruneOldGenerations(dbPath, recovered.baseSnapshot);
      const handle = await openSegment(journalPath(dbPath, recovered.generation), false, sync);
      this.writer = new JournalWriter(dbPath, handle, recovered.generation, recovered.segmentBytes, sync);
      this.nextSeq = recovered.lastSeq + 1n;
      this.bytesBeforeSegment = recovered.journalBytes - recovered.segmentBytes;
      this.state = 'open';
    } catch (err) {
      this.state = 'closed';
      await this.lock.release();
      throw err;
    }
  }

  commit(ops: JournalOp[]): Promise<void> {
    if (this.state !== 'open' || !this.writer) {
      return Promise.reject(new Error(`embedded-mongo: commit on persistence that is ${this.state}`));
    }
    let record: Buffer;
    try {
      // Serialise now: the caller may mutate its documents as soon as we return.
      record = encodeRecord(this.nextSeq, encodeOps(ops));
    } catch (err) {
      return Promise.reject(err);
    }
    this.nextSeq++;
    return this.writer.append(record);
  }

  wantsSnapshot(): boolean {
    return (
      this.state === 'open' &&
      !this.snapshotting &&
      this.bytesBeforeSegment + (this.writer?.segmentBytes ?? 0) >= this.compactAfterBytes
    );
  }

  snapshot(dump: () => Iterable<JournalOp>): Promise<void> {
    if (this.state !== 'open')
      return Promise.reject(new Error(`embedded-mongo: snapshot on persistence that is ${this.state}`));
    this.snapshotting ??= this.writeSnapshot(dump).finally(() => (this.snapshotting = undefined));
    return this.snapshotting;
  }

  private async writeSnapshot(dump: () => Iterable<JournalOp>): Promise<void> {
    const writer = this.writer!;
    // Prefer a moment with no commit queued or being written, as the contract promises to the engine.
    // Under unbroken load we cut anyway: the dump then covers every commit() called so far, which holds
    // because the engine applies a change to memory before (or as) it calls commit().
    const giveUpAt = Date.now() + QUIESCE_MS;
    while (!writer.idle && Date.now() < giveUpAt) {
      await Promise.race([writer.whenIdle(), delay(Math.max(1, giveUpAt - Date.now()))]);
      await nextMacrotask();
    }
    if (this.state !== 'open') return;
    // The cut. From reading lastSeq to queueing the rotation nothing may yield: `dump()` captures the
    // state of exactly the commits <= lastSeq, and every later commit goes to the next journal segment.
    // The capture is cheap (record references, see Storage.dump); serialising it comes afterwards.
    const generation = writer.generation;
    const lastSeq = this.nextSeq - 1n;
    const ops = dump();
    const rotated = writer.rotate(generation + 1);
    this.bytesBeforeSegment = 0;
    await rotated;
    const path = snapshotPath(this.options.dbPath, generation);
    const closing = () => this.state !== 'open';
    const written = closing()
      ? 'abandoned'
      : await writeSnapshotFile(path, generation, lastSeq, ops, closing);
    if (written === 'abandoned') {
      // Closing: the journals hold everything; the next open counts them all (wantsSnapshot).
      this.log(`snapshot ${generation} abandoned: the engine is closing`);
      return;
    }
    const removed = await pruneOldGenerations(this.options.dbPath, generation);
    this.log(
      `snapshot ${generation} written (${written.chunks} chunks, ${written.bytes} bytes, commits up to ${lastSeq}); removed ${removed.join(', ') || 'nothing'}`,
    );
  }

  close(): Promise<void> {
    this.closing ??= this.closeOnce();
    return this.closing;
  }

  private async closeOnce(): Promise<void> {
    await this.opening?.catch(() => undefined); // close() during open(): let it finish, then undo it
    const wasOpen = this.state === 'open';
    this.state = 'closed';
    if (!wasOpen) return;
    try {
      await this.snapshotting?.catch(() => undefined);
      await this.writer?.close();
    } finally {
      await this.lock?.release();
    }
  }
}
