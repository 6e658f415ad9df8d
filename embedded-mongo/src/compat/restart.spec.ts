import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Double, MongoClient } from 'mongodb';
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
      expect((await again.find({}, { projection: { _id: 0 } }).sort({ ref: 1 }).toArray()).map((d) => d.ref)).toEqual(['A', 'B', 'T']);
      expect((await again.findOne({ ref: 'B' }))?.status).toBe('open');
      expect((await again.findOne({ ref: 'A' }, { promoteValues: false }))?.v).toEqual(new Double(2));
      await expectAsync(again.insertOne({ ref: 'A' })).toBeRejectedWith(jasmine.objectContaining({ code: 11000 }));
    } finally {
      await client.close();
      await second.stop();
    }
  });
});
