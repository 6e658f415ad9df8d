/**
 * Serialises journal ops with the `bson` package so that every BSON type survives exactly.
 *
 * A payload is a plain concatenation of BSON documents, one per op (BSON documents are self-delimiting).
 * One document per op rather than one `{ops: [...]}` array keeps every document under bson's internal
 * 17 MB serialisation buffer even when a transaction or a large insertMany writes hundreds of megabytes.
 */
import { deserialize, serialize, type Document } from 'bson';
import type { JournalOp, PayloadPart } from './types.js';

/**
 * Decoding keeps wrapper types instead of promoting them to JS values: Int32, Double, Long and Binary
 * stay as they were, so numeric types survive exactly. These are the same options the wire codec
 * (src/wire/codec.ts) decodes client messages with, so the engine gets back the representation it
 * started from and can run the same normalisation on replay. A plain JS number comes back as Int32 or
 * Double (as from a real mongod); regexes come back as JS RegExp, like from the wire.
 */
export const BSON_DECODE_OPTIONS = { promoteValues: false, promoteBuffers: false } as const;

/** Payload parts for `ops` (one BSON document per op, possibly split over several parts). */
export function encodeOps(ops: readonly JournalOp[]): PayloadPart[] {
  const parts: PayloadPart[] = [];
  for (const op of ops) {
    if (op.op === 'put' && op.bytes) parts.push(putPrefix(op.db, op.coll, op.bytes.length), op.bytes, TERMINATOR);
    else parts.push(serialize(op as Document));
  }
  return parts;
}

const TERMINATOR = new Uint8Array([0]);

/**
 * The start of `{op: 'put', db, coll, doc: <docBytes>}` as serialize() would write it, up to where the
 * document's bytes go; the op document ends with the doc bytes and one zero byte.
 */
function putPrefix(db: string, coll: string, docBytes: number): Buffer {
  // Consecutive puts nearly always share the namespace: copy the cached template, patch the length.
  if (lastPrefix && lastPrefix.db === db && lastPrefix.coll === coll) {
    const out = Buffer.from(lastPrefix.bytes);
    out.writeInt32LE(out.length + docBytes + 1, 0);
    return out;
  }
  const out = buildPrefix(db, coll, docBytes);
  lastPrefix = { db, coll, bytes: out };
  return out;
}

let lastPrefix: { db: string; coll: string; bytes: Buffer } | undefined;

function buildPrefix(db: string, coll: string, docBytes: number): Buffer {
  const dbLength = Buffer.byteLength(db);
  const collLength = Buffer.byteLength(coll);
  const prefixLength = 4 + (1 + 3 + 4 + 4) + (1 + 3 + 4 + dbLength + 1) + (1 + 5 + 4 + collLength + 1) + (1 + 4);
  const out = Buffer.allocUnsafe(prefixLength);
  let at = out.writeInt32LE(prefixLength + docBytes + 1, 0);
  const string = (name: string, value: string, length: number) => {
    out[at++] = 0x02;
    at += out.write(name, at, 'latin1');
    out[at++] = 0;
    at = out.writeInt32LE(length + 1, at);
    at += out.write(value, at, 'utf8');
    out[at++] = 0;
  };
  string('op', 'put', 3);
  string('db', db, dbLength);
  string('coll', coll, collLength);
  out[at++] = 0x03;
  at += out.write('doc', at, 'latin1');
  out[at++] = 0;
  return out;
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
