/**
 * Serialises journal ops with the `bson` package so that every BSON type survives exactly.
 *
 * A payload is a plain concatenation of BSON documents, one per op (BSON documents are self-delimiting).
 * One document per op rather than one `{ops: [...]}` array keeps every document under bson's internal
 * 17 MB serialisation buffer even when a transaction or a large insertMany writes hundreds of megabytes.
 */
import { serialize, type Document } from 'bson';
import { decodeDocument } from '../bson/decode.js';
import type { JournalOp, PayloadPart } from './types.js';

/** Payload parts for `ops` (one BSON document per op, possibly split over several parts). */
export function encodeOps(ops: readonly JournalOp[]): PayloadPart[] {
  const parts: PayloadPart[] = [];
  for (const op of ops) {
    if (op.op === 'put' && op.bytes) parts.push(new RawPut(prefixTemplate(op.db, op.coll), op.bytes));
    else parts.push(serialize(op as Document));
  }
  return parts;
}

/**
 * `{op: 'put', db, coll, doc: <received bytes>}` written straight into the record buffer: the cached
 * prefix (everything before the document's bytes) with its length patched, the bytes, one zero byte.
 * No per-document allocation besides this small object.
 */
class RawPut {
  readonly length: number;
  constructor(
    private readonly prefix: Buffer,
    private readonly doc: PayloadPart,
  ) {
    this.length = prefix.length + doc.length + 1;
  }
  copyTo(target: Uint8Array, at: number): void {
    target.set(this.prefix, at);
    const n = this.length;
    target[at] = n & 0xff;
    target[at + 1] = (n >>> 8) & 0xff;
    target[at + 2] = (n >>> 16) & 0xff;
    target[at + 3] = (n >>> 24) & 0xff;
    if (this.doc instanceof Uint8Array) target.set(this.doc, at + this.prefix.length);
    else this.doc.copyTo(target, at + this.prefix.length);
    target[at + n - 1] = 0;
  }
}

/** The op prefix for a namespace (its length field is patched per document); consecutive puts share it. */
function prefixTemplate(db: string, coll: string): Buffer {
  if (lastPrefix && lastPrefix.db === db && lastPrefix.coll === coll) return lastPrefix.bytes;
  const bytes = buildPrefix(db, coll, 0);
  lastPrefix = { db, coll, bytes };
  return bytes;
}

let lastPrefix: { db: string; coll: string; bytes: Buffer } | undefined;

function buildPrefix(db: string, coll: string, docBytes: number): Buffer {
  const dbLength = Buffer.byteLength(db);
  const collLength = Buffer.byteLength(coll);
  const prefixLength =
    4 + (1 + 3 + 4 + 4) + (1 + 3 + 4 + dbLength + 1) + (1 + 5 + 4 + collLength + 1) + (1 + 4);
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
    if (size < 5 || offset + size > payload.length)
      throw new Error(`bad BSON document size ${size} at ${offset}`);
    docs.push(decodeDocument(payload.subarray(offset, offset + size)));
    offset += size;
  }
  return docs;
}

export function decodeOps(payload: Buffer): JournalOp[] {
  return decodeDocs(payload) as JournalOp[];
}
