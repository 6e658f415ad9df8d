/**
 * Framing shared by journal segments and snapshot files.
 *
 * A record is a 20-byte header followed by the payload:
 *   magic u32 LE ("KJR1") | payload length u32 LE | sequence u64 LE | CRC-32 u32 LE
 * The CRC covers the length and sequence fields as well as the payload, so a flipped bit in the header is
 * caught just like one in the payload. A record is written with a single write call and is either wholly
 * valid on recovery or treated as the torn end of the file.
 */
import { crc32 } from 'node:zlib';
import type { PayloadPart } from './types.js';

export const RECORD_MAGIC = 0x314a524b; // bytes "KRJ1" little-endian; any constant unlikely in zeroed space
export const HEADER_BYTES = 20;
/** Refuse absurd lengths early: a corrupt length must not make recovery allocate gigabytes. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024 * 1024;

/** Builds one record from payload parts without concatenating them twice. */
export function encodeRecord(seq: bigint, parts: readonly PayloadPart[]): Buffer {
  let length = 0;
  for (const part of parts) length += part.length;
  if (length > MAX_PAYLOAD_BYTES)
    throw new RangeError(`record payload of ${length} bytes exceeds ${MAX_PAYLOAD_BYTES}`);
  const record = Buffer.allocUnsafe(HEADER_BYTES + length);
  record.writeUInt32LE(RECORD_MAGIC, 0);
  record.writeUInt32LE(length, 4);
  record.writeBigUInt64LE(seq, 8);
  let offset = HEADER_BYTES;
  for (const part of parts) {
    if (part instanceof Uint8Array) record.set(part, offset);
    else part.copyTo(record, offset);
    offset += part.length;
  }
  record.writeUInt32LE(recordCrc(record.subarray(4, 16), record.subarray(HEADER_BYTES)), 16);
  return record;
}

export function recordCrc(lengthAndSeq: Uint8Array, payload: Uint8Array): number {
  return crc32(payload, crc32(lengthAndSeq));
}

export interface RecordHeader {
  length: number;
  seq: bigint;
  crc: number;
}

/** Parses a header; returns a reason string when it cannot belong to a valid record. */
export function parseHeader(header: Buffer): RecordHeader | string {
  if (header.readUInt32LE(0) !== RECORD_MAGIC) return 'bad magic';
  const length = header.readUInt32LE(4);
  if (length > MAX_PAYLOAD_BYTES) return `implausible length ${length}`;
  return { length, seq: header.readBigUInt64LE(8), crc: header.readUInt32LE(16) };
}

export function payloadMatches(header: Buffer, payload: Buffer): boolean {
  return recordCrc(header.subarray(4, 16), payload) === header.readUInt32LE(16);
}
