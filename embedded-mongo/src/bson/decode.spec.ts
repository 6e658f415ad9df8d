import {
  Binary,
  BSONSymbol,
  Code,
  DBRef,
  Decimal128,
  deserialize,
  Double,
  EJSON,
  Int32,
  Long,
  ObjectId,
  serialize,
  Timestamp,
  type Document,
} from 'bson';
import { decodeDocument } from './decode.js';

/** What bson itself returns (or throws) with its UTF-8 check on: the reference decodeDocument must match. */
const CHECKED = { promoteValues: false, promoteBuffers: false } as const;
const canonical = (doc: Document) => EJSON.stringify(doc, { relaxed: false });

/** `doc` serialised, with the bytes of the marker string QQQQ replaced by invalid UTF-8 (a, 0xff, 0xfe, b). */
function withInvalidUtf8(doc: Document): Buffer {
  const bytes = Buffer.from(serialize(doc));
  const at = bytes.indexOf('QQQQ');
  expect(at).toBeGreaterThan(0);
  bytes.set([0x61, 0xff, 0xfe, 0x62], at);
  return bytes;
}

describe('decodeDocument (UTF-8 checked only where a string can be invalid)', () => {
  it('decodes every type exactly as bson does, multibyte text and a real U+FFFD included', () => {
    const doc: Document = {
      _id: new ObjectId(),
      ascii: 'x'.repeat(900),
      latin1: 'Hyvää päivää',
      multibyte: 'lapsi 👶 ребёнок 子供',
      replacement: 'a\uFFFDb (a real U+FFFD in the data)',
      nested: { deep: [{ s: 'ö' }, 'ä', 1, new Int32(2)] },
      numbers: [new Double(5), Long.fromString('9007199254740993'), Decimal128.fromString('1.10'), 0.5],
      binary: new Binary(Buffer.from([0xff, 0xfe, 0x00, 0x80]), 0),
      when: new Date(0),
      ts: new Timestamp({ t: 1, i: 2 }),
      code: new Code('function () { return "ä"; }'),
      symbol: new BSONSymbol('sym'),
      ref: new DBRef('children', new ObjectId(), 'keha'),
      re: /ä+/i,
      nothing: null,
    };
    const bytes = serialize(doc);
    expect(canonical(decodeDocument(bytes))).toEqual(canonical(deserialize(bytes, CHECKED)));
  });

  const invalid: Array<[string, Document]> = [
    ['a top-level string', { s: 'QQQQ' }],
    ['a string in a nested document', { a: { b: { c: 'QQQQ' } } }],
    ['an array element', { tags: ['ok', 'QQQQ'] }],
    ['a string after a long valid one', { pad: 'x'.repeat(900), s: 'QQQQ' }],
    ['a Code value', { f: new Code('QQQQ') }],
    ['a Symbol', { y: new BSONSymbol('QQQQ') }],
    ['a DBRef collection name', { r: new DBRef('QQQQ', new ObjectId()) }],
  ];
  for (const [where, doc] of invalid) {
    it(`refuses invalid UTF-8 in ${where} with bson's own error`, () => {
      const bytes = withInvalidUtf8(doc);
      let expected: unknown;
      try {
        deserialize(bytes, CHECKED);
      } catch (err) {
        expected = err;
      }
      expect(expected).withContext('bson refuses it').toBeInstanceOf(Error);
      expect(() => decodeDocument(bytes)).toThrowError((expected as Error).message);
    });
  }

  it('accepts what bson accepts: invalid UTF-8 in binary data and in field names', () => {
    const binary = Buffer.from(serialize({ b: new Binary(Buffer.from([0x61, 0xff, 0xfe, 0x62])) }));
    expect(canonical(decodeDocument(binary))).toEqual(canonical(deserialize(binary, CHECKED)));
    const key = withInvalidUtf8({ QQQQ: 1 });
    expect(canonical(decodeDocument(key))).toEqual(canonical(deserialize(key, CHECKED)));
  });
});
