import { Binary, Decimal128, Double, Int32, Long, ObjectId, serialize, Timestamp, type Document } from 'bson';
import { openFilePersistence } from './file.js';
import { makeTempDir, openWithModel, removeDir } from './test-support.js';
import type { JournalOp } from './types.js';

describe('file persistence round trip', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('roundtrip')));
  afterEach(() => removeDir(dir));

  const richDoc: Document = {
    _id: new ObjectId('65a1b2c3d4e5f60718293a4b'),
    int32: new Int32(7),
    long: Long.fromString('9007199254740993'),
    double: new Double(2),
    fraction: new Double(0.1),
    decimal: Decimal128.fromString('1234.5600'),
    date: new Date('2024-02-29T12:34:56.789Z'),
    binary: new Binary(Buffer.from([0, 1, 2, 255]), 0),
    uuid: new Binary(Buffer.alloc(16, 7), 4),
    regex: /^a.c$/im,
    timestamp: new Timestamp({ t: 5, i: 6 }),
    text: 'lastensuojeluilmoitus äöå 🧒',
    flag: true,
    nothing: null,
    nested: { deeper: { list: [new Int32(1), new Double(1.5), 'x', { k: Long.fromInt(3) }] } },
  };

  const allOps: JournalOp[] = [
    {
      op: 'createCollection',
      db: 'keha',
      coll: 'cases',
      options: { validator: { $jsonSchema: { bsonType: 'object' } } },
    },
    {
      op: 'createIndex',
      db: 'keha',
      coll: 'cases',
      spec: { key: { caseNo: new Int32(1) }, name: 'caseNo_1', unique: true },
    },
    { op: 'put', db: 'keha', coll: 'cases', doc: richDoc },
    { op: 'put', db: 'keha', coll: 'cases', doc: { _id: 'string-id', v: new Int32(1) } },
    { op: 'delete', db: 'keha', coll: 'cases', id: 'string-id' },
    { op: 'delete', db: 'keha', coll: 'cases', id: { compound: new Int32(1), key: 'x' } },
    { op: 'collMod', db: 'keha', coll: 'cases', options: { validationLevel: 'moderate' } },
    { op: 'dropIndex', db: 'keha', coll: 'cases', name: 'caseNo_1' },
    { op: 'renameCollection', db: 'keha', coll: 'cases', toDb: 'archive', toColl: 'cases2024' },
    { op: 'dropCollection', db: 'archive', coll: 'cases2024' },
    { op: 'dropDatabase', db: 'keha' },
  ];

  it('returns every op type and BSON type exactly as committed, in order', async () => {
    const first = await openWithModel(dir, { sync: 'always' });
    await first.persistence.commit(allOps.slice(0, 3));
    await first.persistence.commit(allOps.slice(3, 6));
    await first.persistence.commit(allOps.slice(6));
    await first.persistence.close();

    const second = await openWithModel(dir);
    const got = second.model.applied;
    expect(got.length).toBe(allOps.length);
    got.forEach((op, i) => expect(Buffer.from(serialize(op))).toEqual(Buffer.from(serialize(allOps[i]!))));
    const doc = (got[2] as Extract<JournalOp, { op: 'put' }>).doc;
    expect(doc['int32']).toBeInstanceOf(Int32);
    expect(doc['long']).toBeInstanceOf(Long);
    expect(doc['double']).toBeInstanceOf(Double);
    expect(doc['decimal']).toBeInstanceOf(Decimal128);
    expect(doc['_id']).toBeInstanceOf(ObjectId);
    expect(doc['date']).toBeInstanceOf(Date);
    expect(doc['binary']).toBeInstanceOf(Binary);
    expect(doc['regex']).toEqual(/^a.c$/im);
    expect(doc['long'].toString()).toBe('9007199254740993');
    await second.persistence.close();
  });

  it('keeps the state across several reopen cycles and appends after the recovered tail', async () => {
    for (let round = 0; round < 3; round++) {
      const opened = await openWithModel(dir, { sync: 'batch' });
      expect(opened.model.applied.length).toBe(round * 2);
      await opened.persistence.commit([{ op: 'put', db: 'd', coll: 'c', doc: { _id: round } }]);
      await opened.persistence.commit([{ op: 'delete', db: 'd', coll: 'c', id: round - 1 }]);
      await opened.persistence.close();
    }
  });

  it('starts empty in a fresh directory and rejects commits after close', async () => {
    const opened = await openWithModel(`${dir}/nested/new`);
    expect(opened.model.applied).toEqual([]);
    await opened.persistence.close();
    await expectAsync(opened.persistence.commit([])).toBeRejectedWithError(/closed/);
  });

  it('handles close() during open() and repeated close() by releasing the lock once', async () => {
    const persistence = openFilePersistence({ dbPath: dir, sync: 'none', log: () => undefined });
    const opening = persistence.open(() => undefined);
    await Promise.all([persistence.close(), persistence.close(), opening]);
    await expectAsync(persistence.commit([])).toBeRejectedWithError(/closed/);
    const again = await openWithModel(dir);
    await again.persistence.close();
  });
});
