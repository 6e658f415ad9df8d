/**
 * Streams the records of one file in large chunks, so recovering a 200 MB journal never holds more than
 * a chunk (or one oversized record) in memory. Reports where the valid prefix of the file ends.
 */
import type { FileHandle } from 'node:fs/promises';
import { HEADER_BYTES, parseHeader, payloadMatches } from './record-format.js';

const CHUNK_BYTES = 4 * 1024 * 1024;

export type ReadResult =
  | { kind: 'record'; seq: bigint; payload: Buffer; offset: number }
  /**
   * Clean end: the file ends exactly after the last record, or only zeros follow it (space the journal
   * writer preallocated and never used).
   */
  | { kind: 'end'; offset: number }
  /** The bytes from `offset` on are not a complete valid record: a torn write or corruption. */
  | { kind: 'torn'; offset: number; reason: string };

export class RecordReader {
  private buffer = Buffer.alloc(0);
  /** File offset of buffer[0]. */
  private bufferStart = 0;
  /** Offset (in the file) of the next unread byte. */
  private offset = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly fileSize: number,
  ) {}

  async next(): Promise<ReadResult> {
    const offset = this.offset;
    if (offset === this.fileSize) return { kind: 'end', offset };
    const header = await this.take(HEADER_BYTES);
    if (!header)
      return { kind: 'torn', offset, reason: `short header (${this.fileSize - offset} bytes left)` };
    if (isZero(header)) {
      return (await this.restIsZero())
        ? { kind: 'end', offset }
        : { kind: 'torn', offset, reason: 'zeroed bytes followed by data' };
    }
    const parsed = parseHeader(header);
    if (typeof parsed === 'string') return { kind: 'torn', offset, reason: parsed };
    // Copy the header: take() may replace the buffer it points into while reading the payload.
    const headerCopy = Buffer.from(header);
    const payload = await this.take(parsed.length);
    if (!payload) return { kind: 'torn', offset, reason: `short payload (need ${parsed.length} bytes)` };
    if (!payloadMatches(headerCopy, payload)) return { kind: 'torn', offset, reason: 'checksum mismatch' };
    return { kind: 'record', seq: parsed.seq, payload, offset };
  }

  /** Returns the next `n` bytes and advances, or null (without advancing) if the file ends first. */
  private async take(n: number): Promise<Buffer | null> {
    if (this.offset + n > this.fileSize) return null;
    const end = this.offset + n;
    if (end > this.bufferStart + this.buffer.length) await this.fill(n);
    const start = this.offset - this.bufferStart;
    this.offset = end;
    return this.buffer.subarray(start, start + n);
  }

  /** Reads the rest of the file in chunks; true when every byte is zero. */
  private async restIsZero(): Promise<boolean> {
    while (this.offset < this.fileSize) {
      const chunk = await this.take(Math.min(CHUNK_BYTES, this.fileSize - this.offset));
      if (!chunk || !isZero(chunk)) return false;
    }
    return true;
  }

  /** Refills so that at least `n` bytes from the current offset are buffered. */
  private async fill(n: number): Promise<void> {
    const length = Math.min(Math.max(n, CHUNK_BYTES), this.fileSize - this.offset);
    const fresh = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const { bytesRead } = await this.handle.read(fresh, done, length - done, this.offset + done);
      if (bytesRead === 0) break; // the file shrank under us; take() callers see a short buffer
      done += bytesRead;
    }
    if (done < n) throw new Error(`file ended early while reading at ${this.offset}`);
    this.buffer = fresh.subarray(0, done);
    this.bufferStart = this.offset;
  }
}

const ZERO_PAGE = Buffer.alloc(64 * 1024);

function isZero(bytes: Buffer): boolean {
  for (let at = 0; at < bytes.length; at += ZERO_PAGE.length) {
    const part = bytes.subarray(at, Math.min(bytes.length, at + ZERO_PAGE.length));
    if (!part.equals(ZERO_PAGE.subarray(0, part.length))) return false;
  }
  return true;
}

/** Opens nothing, just a convenience loop: visits every valid record and returns where they end. */
export async function forEachRecord(
  handle: FileHandle,
  onRecord: (seq: bigint, payload: Buffer) => void,
): Promise<Extract<ReadResult, { kind: 'end' | 'torn' }>> {
  const { size } = await handle.stat();
  const reader = new RecordReader(handle, size);
  for (;;) {
    const result = await reader.next();
    if (result.kind !== 'record') return result;
    onRecord(result.seq, result.payload);
  }
}
