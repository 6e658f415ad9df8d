/**
 * Group commit. Records queued while a write + fdatasync is in progress go out together in the next
 * write, followed by one fdatasync; each caller's promise resolves only once its record is durable.
 *
 * Any I/O error is fatal for the writer (fail-stop): after a failed fsync the kernel may have dropped the
 * dirty pages, so retrying could acknowledge data that is not on disk. Every later append is rejected and
 * the engine must be restarted, which recovers from what actually reached the disk.
 */
import type { FileHandle } from 'node:fs/promises';
import { journalPath } from './file-names.js';
import { O_DSYNC, openSegment } from './segment-file.js';
import { fsyncDir, writeFully, zeroFill } from './fs-util.js';
import type { SyncMode } from './types.js';

/** Upper bound for one write call; a bigger backlog is split into several writes, each one fsynced. */
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
/**
 * Journal space is zero-filled this far ahead of the write position. An append that grows the file
 * makes fdatasync flush the inode (size, extents) through the file system's own journal as well; a
 * write into already allocated, already durable space only flushes the data blocks. Recovery reads the
 * zeroed tail as the clean end of the log and truncates it (record-reader.ts, recovery.ts).
 */
const PREALLOCATE_BYTES = 4 * 1024 * 1024;

interface Waiter {
  resolve(): void;
  reject(err: Error): void;
}
type QueueItem = (Waiter & { record: Buffer }) | (Waiter & { rotateTo: number });

export class JournalWriter {
  private queue: QueueItem[] = [];
  private running = false;
  private scheduled = false;
  private failure: Error | undefined;
  private idleWaiters: (() => void)[] = [];
  private queuedBytes = 0;
  /** File size: bytes past writtenBytes are zeros written by preallocate(). */
  private allocatedBytes: number;

  constructor(
    private readonly dbPath: string,
    private handle: FileHandle,
    private generationValue: number,
    private writtenBytes: number,
    private readonly sync: SyncMode,
  ) {
    this.allocatedBytes = writtenBytes;
  }

  get generation(): number {
    return this.generationValue;
  }
  /** Size of the current segment once everything queued is written. */
  get segmentBytes(): number {
    return this.writtenBytes + this.queuedBytes;
  }
  get idle(): boolean {
    return !this.running && !this.scheduled && this.queue.length === 0;
  }

  append(record: Buffer): Promise<void> {
    return this.enqueue((waiter) => ({ ...waiter, record }), record.length);
  }

  /** Queues a switch to a new, empty segment: records appended after this call go there. */
  rotate(toGeneration: number): Promise<void> {
    return this.enqueue((waiter) => ({ ...waiter, rotateTo: toGeneration }), 0);
  }

  whenIdle(): Promise<void> {
    if (this.idle) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Writes what is queued, fsyncs whatever the mode, closes the segment. */
  async close(): Promise<void> {
    await this.whenIdle();
    try {
      if (!this.failure) await this.cutTailAndSync();
    } finally {
      await this.handle.close();
    }
    if (this.failure) throw this.failure;
  }

  private enqueue(make: (waiter: Waiter) => QueueItem, bytes: number): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise<void>((resolve, reject) => {
      this.queue.push(make({ resolve, reject }));
      this.queuedBytes += bytes;
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    // 'batch' lets the event loop deliver other pending requests first so that they share the fsync;
    // 'always' starts at once (it still groups whatever queues up while an fsync is running).
    if (this.sync === 'batch') setImmediate(() => void this.run());
    else queueMicrotask(() => void this.run());
  }

  private async run(): Promise<void> {
    this.scheduled = false;
    this.running = true;
    try {
      while (this.queue.length > 0 && !this.failure) {
        const first = this.queue[0]!;
        if ('rotateTo' in first) {
          this.queue.shift();
          await this.switchSegment(first);
        } else {
          await this.writeBatch(this.takeBatch());
        }
      }
    } finally {
      this.running = false;
      if (this.queue.length > 0 && !this.failure) this.schedule();
      else for (const wake of this.idleWaiters.splice(0)) wake();
    }
  }

  private takeBatch(): (Waiter & { record: Buffer })[] {
    let count = 0;
    let bytes = 0;
    for (const item of this.queue) {
      if ('rotateTo' in item) break;
      if (count > 0 && bytes + item.record.length > MAX_BATCH_BYTES) break;
      bytes += item.record.length;
      count++;
    }
    return this.queue.splice(0, count) as (Waiter & { record: Buffer })[];
  }

  private async writeBatch(batch: (Waiter & { record: Buffer })[]): Promise<void> {
    const data = batch.length === 1 ? batch[0]!.record : Buffer.concat(batch.map((item) => item.record));
    try {
      await this.preallocate(this.writtenBytes + data.length);
      await writeFully(this.handle, data, this.writtenBytes);
      this.writtenBytes += data.length;
      this.queuedBytes -= data.length;
      if (this.sync !== 'none' && O_DSYNC === undefined) await this.handle.datasync();
    } catch (err) {
      this.fail(err as Error, batch);
      return;
    }
    for (const item of batch) item.resolve();
  }

  private async switchSegment(item: Waiter & { rotateTo: number }): Promise<void> {
    try {
      await this.cutTailAndSync();
      const next = await openSegment(journalPath(this.dbPath, item.rotateTo), true, this.sync);
      await this.handle.close();
      this.handle = next;
      this.generationValue = item.rotateTo;
      this.writtenBytes = 0;
      this.allocatedBytes = 0;
      await fsyncDir(this.dbPath);
    } catch (err) {
      this.fail(err as Error, [item]);
      return;
    }
    item.resolve();
  }

  /**
   * Makes sure [writtenBytes, end) lies in zero-filled space, extending it by PREALLOCATE_BYTES when not.
   * The zeros and the record then go out with the same fdatasync. Batches bigger than the step are simply
   * appended: zero-filling them first would double their I/O for one metadata flush.
   */
  private async preallocate(end: number): Promise<void> {
    if (this.sync === 'none' || end <= this.allocatedBytes) return;
    if (end - this.writtenBytes >= PREALLOCATE_BYTES) {
      this.allocatedBytes = end;
      return;
    }
    const to = end + PREALLOCATE_BYTES;
    await zeroFill(this.handle, Math.max(this.allocatedBytes, end), to);
    this.allocatedBytes = to;
  }

  /** Drops the preallocated zeros (a closed or finished segment ends exactly after its last record). */
  private async cutTailAndSync(): Promise<void> {
    if (this.allocatedBytes > this.writtenBytes) await this.handle.truncate(this.writtenBytes);
    this.allocatedBytes = this.writtenBytes;
    await this.handle.sync();
  }

  private fail(cause: Error, inFlight: Waiter[]): void {
    this.failure = new Error(
      `embedded-mongo: journal write failed, refusing further writes until restart: ${cause.message}`,
      {
        cause,
      },
    );
    for (const waiter of [...inFlight, ...this.queue.splice(0)]) waiter.reject(this.failure);
    this.queuedBytes = 0;
  }
}
