/**
 * Writes a snapshot file (format: snapshot-file.ts) incrementally, without blocking the event loop for
 * the whole database: ops are serialised a chunk at a time (at most CHUNK_MAX_OPS ops, ~1 MB or
 * CHUNK_MAX_MS of work), each chunk is written to the temp file as one checksummed record, and the write
 * of each chunk is awaited, so the engine serves its connections between chunks. Only one chunk is held
 * in memory. Then fsync, atomic rename, directory fsync: the final name only ever holds a complete file,
 * and a crash before the rename leaves only the `.tmp` file, which recovery deletes unread.
 *
 * The ops must describe the state at the cut however late they are read (see Persistence.snapshot).
 */
import type { FileHandle } from 'node:fs/promises';
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tempName } from './file-names.js';
import { fsyncDir, writeFully } from './fs-util.js';
import { encodeDocs, encodeOps } from './op-codec.js';
import { encodeRecord } from './record-format.js';
import { snapshotEnd, snapshotHeader } from './snapshot-file.js';
import type { JournalOp, PayloadPart } from './types.js';

const CHUNK_TARGET_BYTES = 1024 * 1024;
const CHUNK_MAX_OPS = 4096;
/** Serialisation time after which a chunk is cut short, so that large documents do not block longer. */
const CHUNK_MAX_MS = 10;

export interface SnapshotWritten {
  /** Op chunks written (records between header and end). */
  chunks: number;
  bytes: number;
}

/**
 * Writes `ops` as snapshot `path`. Resolves with what was written, or with 'abandoned' when `abandon()`
 * turned true between two chunks (the engine is closing): the temp file is then removed. On any error
 * the temp file is removed too and the error thrown; the journals still hold everything.
 */
export async function writeSnapshotFile(
  path: string,
  generation: number,
  lastSeq: bigint,
  ops: Iterable<JournalOp>,
  abandon: () => boolean,
): Promise<SnapshotWritten | 'abandoned'> {
  const temp = `${dirname(path)}/${tempName(basename(path))}`;
  let handle: FileHandle | undefined;
  let result: SnapshotWritten | 'abandoned';
  try {
    handle = await fs.open(temp, 'w');
    result = await writeRecords(handle, generation, lastSeq, ops, abandon);
    if (result !== 'abandoned') await handle.sync();
    await handle.close();
    handle = undefined;
    if (result !== 'abandoned') await fs.rename(temp, path);
  } catch (err) {
    // E.g. a full disk: give the space back.
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  if (result === 'abandoned') {
    await fs.rm(temp, { force: true });
    return result;
  }
  await fsyncDir(dirname(path));
  return result;
}

async function writeRecords(
  handle: FileHandle,
  generation: number,
  lastSeq: bigint,
  ops: Iterable<JournalOp>,
  abandon: () => boolean,
): Promise<SnapshotWritten | 'abandoned'> {
  let offset = 0;
  let seq = 0n;
  const append = async (payload: PayloadPart[]) => {
    const record = encodeRecord(seq++, payload);
    await writeFully(handle, record, offset); // the event loop runs while this is in flight
    offset += record.length;
  };
  await append(encodeDocs([snapshotHeader(generation, lastSeq)]));
  let chunk: PayloadPart[] = [];
  let chunkBytes = 0;
  let started = performance.now();
  for (const op of ops) {
    for (const part of encodeOps([op])) {
      chunk.push(part);
      chunkBytes += part.length;
    }
    if (
      chunkBytes >= CHUNK_TARGET_BYTES ||
      chunk.length >= CHUNK_MAX_OPS ||
      performance.now() - started >= CHUNK_MAX_MS
    ) {
      await append(chunk);
      if (abandon()) return 'abandoned';
      chunk = [];
      chunkBytes = 0;
      started = performance.now();
    }
  }
  if (chunk.length > 0) await append(chunk);
  const chunks = Number(seq) - 1;
  await append(encodeDocs([snapshotEnd(chunks)]));
  return { chunks, bytes: offset };
}
