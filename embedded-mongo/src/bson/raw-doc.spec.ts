import {
  Binary,
  BSONRegExp,
  EJSON,
  Code,
  Decimal128,
  deserialize,
  Double,
  Int32,
  Long,
  MaxKey,
  MinKey,
  ObjectId,
  serialize,
  Timestamp,
  type Document,
} from 'bson';
import { idFirstBytes } from './raw-doc.js';

const OPTIONS = { promoteValues: false, promoteBuffers: false } as const;
const bytes = (doc: Document, options?: Parameters<typeof serialize>[1]): Buffer =>
  Buffer.from(serialize(doc, options));
const withIdFirst = (doc: Document): Document => {
  const { _id, ...rest } = doc;
  return { _id, ...rest };
};

describe('idFirstBytes', () => {
  const rich: Document = {
    s: 'é',
    d: new Double(1),
    i: new Int32(2),
    l: Long.fromString('9007199254740993'),
    dec: Decimal128.fromString('1.10'),
    b: new Binary(Buffer.from([1, 2, 3]), 4),
    o: new ObjectId(),
    t: new Timestamp({ t: 1, i: 2 }),
    date: new Date(0),
    re: new BSONRegExp('a.c', 'imx'),
    code: new Code('x'),
    n: null,
    u: undefined,
    min: new MinKey(),
    max: new MaxKey(),
    nested: { a: [1, { b: 2 }] },
    bool: true,
  };

  // What matters is replay: the moved bytes must decode to the document the engine stored. (Bytes can
  // differ from a re-serialisation: a regex 'x' flag, for one, does not survive decoding.)
  it('moves _id to the front: the bytes decode to the document with _id first', () => {
    for (const place of [0, 1, 5, Object.keys(rich).length]) {
      const entries = Object.entries(rich);
      entries.splice(place, 0, ['_id', { k: new ObjectId() }]);
      const raw = bytes(Object.fromEntries(entries), { ignoreUndefined: false });
      const moved = idFirstBytes(raw)!.toBytes();
      const canonical = (doc: Document) => EJSON.stringify(doc, { relaxed: false });
      expect(canonical(deserialize(moved, OPTIONS)))
        .withContext(`_id at ${place}`)
        .toBe(canonical(withIdFirst(deserialize(raw, OPTIONS))));
      expect(Object.keys(deserialize(moved, OPTIONS))[0]).toBe('_id');
    }
  });

  it('returns the same bytes when _id is already first', () => {
    const raw = bytes({ _id: 1, a: 2 });
    expect(Buffer.from(idFirstBytes(raw)!.toBytes()).equals(raw)).toBeTrue();
  });

  it('gives up on a missing or repeated _id and on malformed bytes', () => {
    expect(idFirstBytes(bytes({ a: 1 }))).toBeUndefined();
    const twice = Buffer.concat([bytes({ _id: 1 }).subarray(0, -1), bytes({ _id: 2 }).subarray(4)]);
    twice.writeInt32LE(twice.length, 0);
    expect(idFirstBytes(twice)).toBeUndefined();
    const raw = bytes({ a: 'xyz', _id: 1 });
    raw[4] = 0x42; // unknown element type
    expect(idFirstBytes(raw)).toBeUndefined();
    expect(idFirstBytes(bytes({ a: 1, _id: 2 }).subarray(0, 10))).toBeUndefined();
  });
});

describe('journal put ops with received bytes', () => {
  it('encode exactly like serialising the op', async () => {
    const { encodeOps } = await import('../persistence/op-codec.js');
    const doc = { _id: new ObjectId(), a: 'x', n: new Double(2) };
    for (const [db, coll] of [
      ['db', 'c'],
      ['dbé', 'c.x.ü'],
      ['a', 'b'.repeat(300)],
    ] as const) {
      const parts = encodeOps([{ op: 'put', db, coll, doc, bytes: idFirstBytes(bytes(doc))! }]);
      const viaBytes = Buffer.alloc(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const part of parts) {
        if (part instanceof Uint8Array) viaBytes.set(part, at);
        else part.copyTo(viaBytes, at);
        at += part.length;
      }
      expect(viaBytes.equals(serialize({ op: 'put', db, coll, doc })))
        .withContext(`${db}.${coll}`)
        .toBeTrue();
    }
  });
});
