/**
 * Byte-level handling of received BSON documents, so an inserted document's journal entry can reuse the
 * bytes it arrived in instead of being serialised again (the journal is replayed with the same decode +
 * normalisation as the wire, so the same bytes rebuild the same document). Only the top level is
 * walked: enough to move `_id` to the front, as the engine stores documents (drivers append `_id`).
 */

/** Size of an element's value for fixed-size types; -1 for types measured from their bytes. */
const FIXED: Record<number, number> = {
  0x01: 8,
  0x06: 0,
  0x07: 12,
  0x08: 1,
  0x09: 8,
  0x0a: 0,
  0x10: 4,
  0x11: 8,
  0x12: 8,
  0x13: 16,
  0xff: 0,
  0x7f: 0,
};

/** Offset just past the value starting at `at` of an element of `type`, or -1 if unknown / malformed. */
function valueEnd(buf: Uint8Array, type: number, at: number, end: number): number {
  const fixed = FIXED[type];
  if (fixed !== undefined) return at + fixed;
  if (at + 4 > end) return -1;
  const n = readInt32(buf, at);
  switch (type) {
    case 0x02: // string
    case 0x0d: // code
    case 0x0e: // symbol
      return n < 1 ? -1 : at + 4 + n;
    case 0x03: // document
    case 0x04: // array
    case 0x0f: // code with scope
      return n < 5 ? -1 : at + n;
    case 0x05: // binary: length, subtype, bytes
      return n < 0 ? -1 : at + 5 + n;
    case 0x0b: {
      // regex: two cstrings
      const a = buf.indexOf(0, at);
      const b = a < 0 ? -1 : buf.indexOf(0, a + 1);
      return b < 0 ? -1 : b + 1;
    }
    case 0x0c: // DBPointer: string + 12-byte id
      return n < 1 ? -1 : at + 4 + n + 12;
    default:
      return -1;
  }
}

/**
 * A received document with its `_id` element moved first, copied out only when written (no per-document
 * allocation on the insert path): bytes [0,4) length, then [idStart,idEnd), [4,idStart), [idEnd,end).
 */
export class IdFirstDoc {
  constructor(
    readonly raw: Buffer,
    private readonly idStart: number,
    private readonly idEnd: number,
  ) {}
  get length(): number {
    return this.raw.length;
  }
  /** Buffer.copy rather than set(subarray(...)): no view object per piece on the insert hot path. */
  copyTo(target: Uint8Array, at: number): void {
    const { raw, idStart, idEnd } = this;
    if (idStart === 4) {
      raw.copy(target, at);
      return;
    }
    for (let i = 0; i < 4; i++) target[at + i] = raw[i]!;
    raw.copy(target, at + 4, idStart, idEnd);
    raw.copy(target, at + 4 + idEnd - idStart, 4, idStart);
    // Drivers append _id last, leaving only the document's terminating zero after it.
    if (raw.length - idEnd === 1) target[at + idEnd] = raw[idEnd]!;
    else raw.copy(target, at + idEnd, idEnd);
  }
  toBytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    this.copyTo(out, 0);
    return out;
  }
}

/**
 * The document with its single top-level `_id` element first, or undefined when there is no `_id`,
 * more than one, or anything the walk does not understand.
 */
export function idFirstBytes(raw: Buffer): IdFirstDoc | undefined {
  if (raw.length < 5 || readInt32(raw, 0) !== raw.length || raw[raw.length - 1] !== 0) return undefined;
  const end = raw.length - 1;
  let idStart = -1;
  let idEnd = -1;
  for (let at = 4; at < end;) {
    const start = at;
    const type = raw[at]!;
    const nameEnd = raw.indexOf(0, at + 1);
    if (nameEnd < 0 || nameEnd >= end) return undefined;
    const isId = nameEnd === at + 4 && raw[at + 1] === 0x5f && raw[at + 2] === 0x69 && raw[at + 3] === 0x64; // "_id"
    at = valueEnd(raw, type, nameEnd + 1, end);
    if (at < 0 || at > end) return undefined;
    if (isId) {
      if (idStart >= 0) return undefined;
      idStart = start;
      idEnd = at;
    }
  }
  return idStart < 0 ? undefined : new IdFirstDoc(raw, idStart, idEnd);
}

function readInt32(buf: Uint8Array, at: number): number {
  return buf[at]! | (buf[at + 1]! << 8) | (buf[at + 2]! << 16) | (buf[at + 3]! << 24);
}
