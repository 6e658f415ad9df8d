/**
 * Snapshot files: the whole state as ops, framed with the journal's records so that every chunk is
 * checksummed. Layout: record 0 = meta {format, version, generation, lastSeq}, records 1..k = op chunks,
 * record k+1 = {$snapshotEnd: true, records: k}. A snapshot is valid only if all records verify, are
 * numbered consecutively and the end record is the last bytes of the file.
 */
import { Long, type Document } from 'bson';
import { promises as fs } from 'node:fs';
import { basename, dirname } from 'node:path';
import { encodeDocs, encodeOps, decodeDocs, decodeOps } from './op-codec.js';
import { encodeRecord } from './record-format.js';
import { forEachRecord } from './record-reader.js';
import { fsyncDir, writeFully } from './fs-util.js';
import { tempName } from './file-names.js';
import type { JournalOp, PayloadPart } from './types.js';

const FORMAT = 'keha-embedded-mongo-snapshot';
const CHUNK_TARGET_BYTES = 1024 * 1024;

/** Serialises the dump synchronously: the state may change as soon as we yield to the event loop. */
export function encodeSnapshot(generation: number, lastSeq: bigint, dump: Iterable<JournalOp>): Buffer[] {
  const meta = { format: FORMAT, version: 1, generation, lastSeq: Long.fromBigInt(lastSeq) };
  const records = [encodeRecord(0n, encodeDocs([meta]))];
  let chunk: PayloadPart[] = [];
  let chunkBytes = 0;
  const flush = () => {
    records.push(encodeRecord(BigInt(records.length), chunk));
    chunk = [];
    chunkBytes = 0;
  };
  for (const op of dump) {
    for (const part of encodeOps([op])) {
      chunk.push(part);
      chunkBytes += part.length;
    }
    if (chunkBytes >= CHUNK_TARGET_BYTES) flush();
  }
  if (chunk.length > 0) flush();
  records.push(
    encodeRecord(BigInt(records.length), encodeDocs([{ $snapshotEnd: true, records: records.length - 1 }])),
  );
  return records;
}

/** Temp file, fsync, atomic rename, directory fsync: the final name only ever holds a complete file. */
export async function writeSnapshotFile(path: string, records: readonly Buffer[]): Promise<void> {
  const temp = `${dirname(path)}/${tempName(basename(path))}`;
  try {
    const handle = await fs.open(temp, 'w');
    try {
      let offset = 0;
      for (const record of records) {
        await writeFully(handle, record, offset);
        offset += record.length;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, path);
  } catch (err) {
    // E.g. a full disk: give the space back; the journals still hold everything.
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw err;
  }
  await fsyncDir(dirname(path));
}

export interface SnapshotInfo {
  generation: number;
  lastSeq: bigint;
}

/** Reads the whole file checking every checksum; returns what it covers, or why it is unusable. */
export async function verifySnapshot(path: string): Promise<SnapshotInfo | string> {
  return scanSnapshot(path, () => undefined);
}

/** Applies every op of a snapshot that verifySnapshot accepted; throws if it no longer verifies. */
export async function loadSnapshot(path: string, apply: (op: JournalOp) => void): Promise<SnapshotInfo> {
  const result = await scanSnapshot(path, (payload) => {
    for (const op of decodeOps(payload)) apply(op);
  });
  if (typeof result === 'string') throw new Error(`snapshot ${path} changed while loading: ${result}`);
  return result;
}

async function scanSnapshot(path: string, onOps: (payload: Buffer) => void): Promise<SnapshotInfo | string> {
  const handle = await fs.open(path, 'r');
  try {
    let meta: Document | undefined;
    let last: Buffer | undefined;
    let count = 0n;
    let badSeq: string | undefined;
    // Op chunks are handed on one record late, so that the end record is never mistaken for ops.
    const ending = await forEachRecord(handle, (seq, payload) => {
      if (seq !== count && badSeq === undefined) badSeq = `record ${count} has sequence ${seq}`;
      if (count === 0n) meta = decodeDocs(payload)[0];
      else if (last && badSeq === undefined) onOps(last);
      if (count > 0n) last = payload; // no copy needed: the reader never reuses a buffer
      count++;
    });
    if (badSeq) return badSeq;
    if (ending.kind === 'torn') return `corrupt at byte ${ending.offset}: ${ending.reason}`;
    if (!meta || meta['format'] !== FORMAT || meta['version']?.valueOf() !== 1)
      return 'missing or unknown header';
    const end = last ? decodeDocs(last)[0] : undefined;
    if (!end || end['$snapshotEnd'] !== true || Number(end['records']) !== Number(count) - 2)
      return 'missing end record';
    return { generation: Number(meta['generation']), lastSeq: BigInt((meta['lastSeq'] as Long).toString()) };
  } finally {
    await handle.close();
  }
}
