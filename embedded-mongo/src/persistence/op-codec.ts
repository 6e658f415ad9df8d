/**
 * Serialises journal ops with the `bson` package so that every BSON type survives exactly.
 *
 * A payload is a plain concatenation of BSON documents, one per op (BSON documents are self-delimiting).
 * One document per op rather than one `{ops: [...]}` array keeps every document under bson's internal
 * 17 MB serialisation buffer even when a transaction or a large insertMany writes hundreds of megabytes.
 */
import { deserialize, serialize, type Document } from 'bson';
import type { JournalOp } from './types.js';

/**
 * Decoding keeps wrapper types instead of promoting them to JS values: Int32, Double, Long and Binary
 * stay as they were, so numeric types survive exactly. These are the same options the wire codec
 * (src/wire/codec.ts) decodes client messages with, so the engine gets back the representation it
 * started from and can run the same normalisation on replay. A plain JS number comes back as Int32 or
 * Double (as from a real mongod); regexes come back as JS RegExp, like from the wire.
 */
export const BSON_DECODE_OPTIONS = { promoteValues: false, promoteBuffers: false } as const;

export function encodeOps(ops: readonly JournalOp[]): Uint8Array[] {
  return ops.map((op) => serialize(op as Document));
}

export function encodeDocs(docs: readonly Document[]): Uint8Array[] {
  return docs.map((doc) => serialize(doc));
}

/** Splits a payload back into its documents; throws if the payload is not a clean sequence. */
export function decodeDocs(payload: Buffer): Document[] {
  const docs: Document[] = [];
  let offset = 0;
  while (offset < payload.length) {
    if (payload.length - offset < 5) throw new Error(`payload has ${payload.length - offset} trailing bytes`);
    const size = payload.readInt32LE(offset);
    if (size < 5 || offset + size > payload.length) throw new Error(`bad BSON document size ${size} at ${offset}`);
    docs.push(deserialize(payload.subarray(offset, offset + size), BSON_DECODE_OPTIONS));
    offset += size;
  }
  return docs;
}

export function decodeOps(payload: Buffer): JournalOp[] {
  return decodeDocs(payload) as JournalOp[];
}
