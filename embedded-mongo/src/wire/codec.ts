/**
 * Encoding and decoding of the MongoDB wire protocol messages the engine speaks:
 * OP_MSG (requests and replies), legacy OP_QUERY (only for the handshake) and OP_REPLY.
 */
import { serialize, type Document } from 'bson';
import { decodeDocument } from '../bson/decode.js';
import { normalizeValue } from '../bson/values.js';

export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;

export const HEADER_SIZE = 16;
export const MAX_MESSAGE_SIZE = 48_000_000;

export const FLAG_CHECKSUM_PRESENT = 1 << 0;
export const FLAG_MORE_TO_COME = 1 << 1;
export const FLAG_EXHAUST_ALLOWED = 1 << 16;

export class ProtocolError extends Error {}

export interface MessageHeader {
  messageLength: number;
  requestId: number;
  responseTo: number;
  opCode: number;
}

/**
 * Symbol under which a decoded command carries the received byte sizes of each document sequence
 * (`command[SEQUENCE_SIZES].documents[i]`), so size limits need no re-serialisation.
 */
export const SEQUENCE_SIZES = Symbol('sequenceSizes');
/**
 * Where each document of a sequence starts in the received message (`command[SEQUENCE_SOURCE]`), so
 * the insert path can journal the bytes as received (see bson/raw-doc.ts) instead of serialising again.
 */
export const SEQUENCE_SOURCE = Symbol('sequenceSource');
export interface SequenceSource {
  message: Buffer;
  offsets: Record<string, number[]>;
}

export interface DecodedMsg {
  kind: 'msg';
  flags: number;
  /** The kind-0 body with every kind-1 document sequence merged in as an array field. */
  command: Document;
}

export interface DecodedQuery {
  kind: 'query';
  collection: string;
  query: Document;
}

export function readHeader(buf: Buffer): MessageHeader {
  return {
    messageLength: buf.readInt32LE(0),
    requestId: buf.readInt32LE(4),
    responseTo: buf.readInt32LE(8),
    opCode: buf.readInt32LE(12),
  };
}

/** Decodes one BSON document at `offset` into the internal value representation. */
function readDocument(buf: Buffer, offset: number, end: number): { doc: Document; next: number } {
  if (offset + 5 > end) throw new ProtocolError('truncated BSON document');
  const size = buf.readInt32LE(offset);
  if (size < 5 || offset + size > end) throw new ProtocolError('invalid BSON document length');
  const doc = decodeDocument(buf.subarray(offset, offset + size));
  return { doc: normalizeValue(doc) as Document, next: offset + size };
}

function readCString(buf: Buffer, offset: number, end: number): { value: string; next: number } {
  const zero = buf.indexOf(0, offset);
  if (zero < 0 || zero >= end) throw new ProtocolError('unterminated cstring');
  return { value: buf.toString('utf8', offset, zero), next: zero + 1 };
}

export function decodeOpMsg(message: Buffer): DecodedMsg {
  const flags = message.readUInt32LE(HEADER_SIZE);
  // Required bits are the low 16; unknown required bits must fail the message.
  if (flags & 0xfffc) throw new ProtocolError(`unsupported OP_MSG flag bits ${flags}`);
  const end = message.length - (flags & FLAG_CHECKSUM_PRESENT ? 4 : 0);
  let offset = HEADER_SIZE + 4;
  let body: Document | undefined;
  const sequences: Array<[string, Document[], number[], number[]]> = [];
  while (offset < end) {
    const kind = message[offset++];
    if (kind === 0) {
      if (body) throw new ProtocolError('OP_MSG with more than one body section');
      const { doc, next } = readDocument(message, offset, end);
      body = doc;
      offset = next;
    } else if (kind === 1) {
      if (offset + 4 > end) throw new ProtocolError('truncated document sequence');
      const size = message.readInt32LE(offset);
      const seqEnd = offset + size;
      if (size < 5 || seqEnd > end) throw new ProtocolError('invalid document sequence length');
      const id = readCString(message, offset + 4, seqEnd);
      const docs: Document[] = [];
      const sizes: number[] = [];
      const offsets: number[] = [];
      let at = id.next;
      while (at < seqEnd) {
        const { doc, next } = readDocument(message, at, seqEnd);
        offsets.push(at);
        sizes.push(next - at);
        docs.push(doc);
        at = next;
      }
      sequences.push([id.value, docs, sizes, offsets]);
      offset = seqEnd;
    } else {
      throw new ProtocolError(`unknown OP_MSG section kind ${kind}`);
    }
  }
  if (!body) throw new ProtocolError('OP_MSG without a body section');
  const allSizes: Record<string, number[]> = {};
  const source: SequenceSource = { message, offsets: {} };
  for (const [id, docs, sizes, offsets] of sequences) {
    const existing = body[id];
    if (Array.isArray(existing)) {
      body[id] = existing.concat(docs);
    } else {
      body[id] = docs;
      allSizes[id] = sizes;
      source.offsets[id] = offsets;
    }
  }
  if (sequences.length) {
    (body as Record<symbol, unknown>)[SEQUENCE_SIZES] = allSizes;
    (body as Record<symbol, unknown>)[SEQUENCE_SOURCE] = source;
  }
  return { kind: 'msg', flags, command: body };
}

export function decodeOpQuery(message: Buffer): DecodedQuery {
  let offset = HEADER_SIZE + 4; // skip flags
  const name = readCString(message, offset, message.length);
  offset = name.next + 8; // skip numberToSkip and numberToReturn
  const { doc } = readDocument(message, offset, message.length);
  return { kind: 'query', collection: name.value, query: doc };
}

function header(length: number, requestId: number, responseTo: number, opCode: number): Buffer {
  const buf = Buffer.allocUnsafe(HEADER_SIZE);
  buf.writeInt32LE(length, 0);
  buf.writeInt32LE(requestId, 4);
  buf.writeInt32LE(responseTo, 8);
  buf.writeInt32LE(opCode, 12);
  return buf;
}

/** An OP_MSG reply with a single kind-0 section; `body` must already be bson-serialisable. */
export function encodeOpMsg(body: Document, requestId: number, responseTo: number, flags = 0): Buffer {
  const bson = serialize(body, { ignoreUndefined: false });
  const prefix = Buffer.allocUnsafe(5);
  prefix.writeUInt32LE(flags, 0);
  prefix[4] = 0;
  const length = HEADER_SIZE + 5 + bson.length;
  return Buffer.concat([header(length, requestId, responseTo, OP_MSG), prefix, bson], length);
}

export function encodeOpReply(doc: Document, requestId: number, responseTo: number): Buffer {
  const bson = serialize(doc);
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(8, 0); // AwaitCapable
  // cursorID (8 bytes) = 0, startingFrom = 0
  fields.writeInt32LE(1, 16); // numberReturned
  const length = HEADER_SIZE + 20 + bson.length;
  return Buffer.concat([header(length, requestId, responseTo, OP_REPLY), fields, bson], length);
}

/** Builds an OP_MSG request (used by tests and tools to talk to the engine without a driver). */
export function encodeOpMsgRequest(body: Document, requestId: number, flags = 0): Buffer {
  return encodeOpMsg(body, requestId, 0, flags);
}
