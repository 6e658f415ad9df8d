import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Binary, BSON, BSONRegExp, Decimal128, Double, Int32, Long, MongoClient } from 'mongodb';

const { EJSON } = BSON;
import { startEngine } from '../index.js';

describe('engine with dbPath', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'embedded-mongo-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('recovers collections, indexes, documents and transactions after a restart', async () => {
    const first = await startEngine({ port: 0, dbPath: dir, sync: 'always' });
    let client = new MongoClient(first.uri);
    const c = client.db('app').collection<any>('cases');
    await c.createIndex({ ref: 1 }, { unique: true });
    await c.insertMany([{ ref: 'A', v: new Double(1) }, { ref: 'B' }, { ref: 'C' }]);
    await c.updateOne({ ref: 'B' }, { $set: { status: 'open' } });
    await c.deleteOne({ ref: 'C' });
    const session = client.startSession();
    await session.withTransaction(async () => {
      await c.insertOne({ ref: 'T' }, { session });
      await c.updateOne({ ref: 'A' }, { $inc: { v: 1 } }, { session });
    });
    await session.endSession();
    await client.close();
    await first.stop();

    const second = await startEngine({ port: 0, dbPath: dir });
    client = new MongoClient(second.uri);
    try {
      const again = client.db('app').collection<any>('cases');
      expect(
        (
          await again
            .find({}, { projection: { _id: 0 } })
            .sort({ ref: 1 })
            .toArray()
        ).map((d) => d.ref),
      ).toEqual(['A', 'B', 'T']);
      expect((await again.findOne({ ref: 'B' }))?.status).toBe('open');
      expect((await again.findOne({ ref: 'A' }, { promoteValues: false }))?.v).toEqual(new Double(2));
      await expectAsync(again.insertOne({ ref: 'A' })).toBeRejectedWith(
        jasmine.objectContaining({ code: 11000 }),
      );
    } finally {
      await client.close();
      await second.stop();
    }
  });

  // Inserted documents are journalled as the bytes they arrived in (with _id moved first).
  it('restores inserted documents exactly: types, key order, _id first', async () => {
    const docs = [
      {
        a: new Double(1),
        b: new Int32(2),
        c: Long.fromString('9007199254740993'),
        d: Decimal128.fromString('1.10'),
        _id: 'x',
      },
      {
        nested: { arr: [new Double(3), { k: new Binary(Buffer.from([1, 2]), 4) }] },
        re: new BSONRegExp('a.c', 'imx'),
        n: null,
      },
      { _id: 7, z: 'first already' },
    ];
    const read = async (uri: string) => {
      const client = new MongoClient(uri, { promoteValues: false });
      try {
        return EJSON.stringify(await client.db('app').collection('typed').find().sort({ _id: 1 }).toArray(), {
          relaxed: false,
        });
      } finally {
        await client.close();
      }
    };
    const first = await startEngine({ port: 0, dbPath: dir, sync: 'batch' });
    const client = new MongoClient(first.uri);
    await client.db('app').collection<any>('typed').insertMany(docs);
    await client.close();
    const before = await read(first.uri);
    await first.stop();
    const second = await startEngine({ port: 0, dbPath: dir });
    try {
      const after = await read(second.uri);
      expect(after).toBe(before);
      expect(JSON.parse(after).map((d: object) => Object.keys(d)[0])).toEqual(['_id', '_id', '_id']);
    } finally {
      await second.stop();
    }
  });
});
