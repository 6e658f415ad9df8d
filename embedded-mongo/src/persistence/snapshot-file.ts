/**
 * Snapshot files: the whole state as ops, framed with the journal's records so that every chunk is
 * checksummed. Layout: record 0 = meta {format, version, generation, lastSeq}, records 1..k = op chunks,
 * record k+1 = {$snapshotEnd: true, records: k}. A snapshot is valid only if all records verify, are
 * numbered consecutively and the end record is the last bytes of the file. Written by snapshot-writer.ts.
 */
import { Long, type Document } from 'bson';
import { promises as fs } from 'node:fs';
import { decodeDocs, decodeOps } from './op-codec.js';
import { forEachRecord } from './record-reader.js';
import type { JournalOp } from './types.js';

const FORMAT = 'keha-embedded-mongo-snapshot';

/** Record 0 of a snapshot file. */
export const snapshotHeader = (generation: number, lastSeq: bigint): Document => ({
  format: FORMAT,
  version: 1,
  generation,
  lastSeq: Long.fromBigInt(lastSeq),
});

/** The last record of a snapshot file, after `opChunks` op records. */
export const snapshotEnd = (opChunks: number): Document => ({ $snapshotEnd: true, records: opChunks });

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
