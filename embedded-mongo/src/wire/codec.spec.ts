import { serialize } from 'bson';
import {
  decodeOpMsg,
  encodeOpMsg,
  FLAG_CHECKSUM_PRESENT,
  HEADER_SIZE,
  OP_MSG,
  ProtocolError,
  readHeader,
} from './codec.js';

function message(sections: Buffer[], flags = 0, checksum = false): Buffer {
  const flagBuf = Buffer.alloc(4);
  flagBuf.writeUInt32LE(flags | (checksum ? FLAG_CHECKSUM_PRESENT : 0));
  const body = Buffer.concat([flagBuf, ...sections, checksum ? Buffer.alloc(4) : Buffer.alloc(0)]);
  const header = Buffer.alloc(HEADER_SIZE);
  header.writeInt32LE(HEADER_SIZE + body.length, 0);
  header.writeInt32LE(42, 4);
  header.writeInt32LE(OP_MSG, 12);
  return Buffer.concat([header, body]);
}

const kind0 = (doc: object) => Buffer.concat([Buffer.from([0]), serialize(doc)]);
function kind1(id: string, docs: object[]): Buffer {
  const payload = Buffer.concat([Buffer.from(id + '\0'), ...docs.map((d) => serialize(d))]);
  const size = Buffer.alloc(4);
  size.writeInt32LE(payload.length + 4);
  return Buffer.concat([Buffer.from([1]), size, payload]);
}

describe('wire codec', () => {
  it('merges kind-1 document sequences into the command', () => {
    const msg = message([kind0({ insert: 'c', $db: 'd' }), kind1('documents', [{ a: 1 }, { a: 2 }])]);
    const { command } = decodeOpMsg(msg);
    expect(command.insert).toBe('c');
    expect(command.documents).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('skips a trailing checksum', () => {
    const { command } = decodeOpMsg(message([kind0({ ping: 1 })], 0, true));
    expect(command.ping).toBe(1);
  });

  it('rejects unknown section kinds, missing bodies and unknown required flags', () => {
    expect(() => decodeOpMsg(message([Buffer.from([9, 0, 0, 0])]))).toThrowError(ProtocolError);
    expect(() => decodeOpMsg(message([kind1('documents', [])]))).toThrowError(ProtocolError);
    expect(() => decodeOpMsg(message([kind0({ ping: 1 })], 1 << 3))).toThrowError(ProtocolError);
  });

  it('rejects truncated documents', () => {
    const msg = message([kind0({ ping: 1 })]);
    const cut = msg.subarray(0, msg.length - 3);
    cut.writeInt32LE(cut.length, 0);
    expect(() => decodeOpMsg(cut)).toThrowError(ProtocolError);
  });

  it('encodes replies that decode back', () => {
    const reply = encodeOpMsg({ ok: 1, n: 3 }, 7, 42);
    const header = readHeader(reply);
    expect(header.responseTo).toBe(42);
    expect(header.messageLength).toBe(reply.length);
    expect(decodeOpMsg(reply).command).toEqual({ ok: 1, n: 3 });
  });
});
