import { Long, MongoClient, type Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

describe('compat: sessions and transactions', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(async () => {
    db = h.freshDb('txn');
    await db.createCollection('acc');
  });

  it('commits atomically and isolates uncommitted writes', async () => {
    const c = db.collection<any>('acc');
    await c.insertOne({ _id: 'a' as never, bal: 10 });
    const session = h.client.startSession();
    try {
      session.startTransaction();
      await c.updateOne({ _id: 'a' as never }, { $inc: { bal: -5 } }, { session });
      await c.insertOne({ _id: 'b' as never, bal: 5 }, { session });
      expect((await c.findOne({ _id: 'a' as never }))?.bal).toBe(10);
      expect(await c.countDocuments({}, { session })).toBe(2);
      expect(await c.countDocuments({})).toBe(1);
      await session.commitTransaction();
    } finally {
      await session.endSession();
    }
    expect((await c.find({}).sort({ _id: 1 }).toArray()).map((d) => d.bal)).toEqual([5, 5]);
  });

  it('sees its own inserts, updates and deletes through indexes and sorts', async () => {
    const c = db.collection<any>('acc');
    await c.createIndex({ tag: 1 });
    await c.insertMany([
      { _id: 1, tag: 'a', n: 1 },
      { _id: 2, tag: 'b', n: 2 },
    ]);
    const session = h.client.startSession();
    session.startTransaction();
    await c.insertOne({ _id: 3, tag: 'a', n: 3 }, { session });
    await c.deleteOne({ _id: 1 }, { session });
    await c.updateOne({ _id: 2 }, { $set: { tag: 'a' } }, { session });
    const inTxn = await c.find({ tag: 'a' }, { session }).sort({ n: -1 }).toArray();
    expect(inTxn.map((d) => d._id)).toEqual([3, 2]);
    expect((await c.find({ tag: 'a' }).toArray()).map((d) => d._id)).toEqual([1]);
    await session.commitTransaction();
    await session.endSession();
    expect((await c.find({ tag: 'a' }).sort({ _id: 1 }).toArray()).map((d) => d._id)).toEqual([2, 3]);
  });

  it('rejects a duplicate key inside a transaction and aborts it', async () => {
    const c = db.collection<any>('acc');
    await c.insertOne({ _id: 'dup' });
    const session = h.client.startSession();
    session.startTransaction();
    await c.insertOne({ _id: 'new' }, { session });
    await expectAsync(c.insertOne({ _id: 'dup' }, { session })).toBeRejectedWith(
      jasmine.objectContaining({ code: 11000 }),
    );
    await session.abortTransaction().catch(() => undefined);
    await session.endSession();
    expect(await c.countDocuments({ _id: 'new' })).toBe(0);
  });

  it('discards everything on abort', async () => {
    const c = db.collection<any>('acc');
    const session = h.client.startSession();
    session.startTransaction();
    await c.insertOne({ x: 1 }, { session });
    await session.abortTransaction();
    await session.endSession();
    expect(await c.countDocuments()).toBe(0);
  });

  it('reads from the snapshot taken at the first statement', async () => {
    const c = db.collection<any>('acc');
    await c.insertOne({ _id: 1 as never, v: 'old' });
    const session = h.client.startSession();
    session.startTransaction();
    expect((await c.findOne({ _id: 1 as never }, { session }))?.v).toBe('old');
    await c.updateOne({ _id: 1 as never }, { $set: { v: 'new' } });
    await c.insertOne({ _id: 2 as never, v: 'later' });
    expect((await c.findOne({ _id: 1 as never }, { session }))?.v).toBe('old');
    expect(await c.countDocuments({}, { session })).toBe(1);
    await session.abortTransaction();
    await session.endSession();
  });

  it('reports write conflicts as TransientTransactionError and withTransaction retries them', async () => {
    const c = db.collection<any>('acc');
    await c.insertOne({ _id: 'k' as never, n: 0 });
    const session = h.client.startSession();
    let attempts = 0;
    try {
      await session.withTransaction(async () => {
        attempts++;
        await c.findOne({ _id: 'k' as never }, { session });
        if (attempts === 1) await c.updateOne({ _id: 'k' as never }, { $inc: { n: 100 } });
        await c.updateOne({ _id: 'k' as never }, { $inc: { n: 1 } }, { session });
      });
    } finally {
      await session.endSession();
    }
    expect(attempts).toBe(2);
    expect((await c.findOne({ _id: 'k' as never }))?.n).toBe(101);
  });

  it('conflicts between two open transactions writing the same document', async () => {
    const c = db.collection<any>('acc');
    await c.insertOne({ _id: 'z' as never, n: 0 });
    const s1 = h.client.startSession();
    const s2 = h.client.startSession();
    s1.startTransaction();
    s2.startTransaction();
    await c.updateOne({ _id: 'z' as never }, { $inc: { n: 1 } }, { session: s1 });
    const err = await c.updateOne({ _id: 'z' as never }, { $inc: { n: 1 } }, { session: s2 }).catch((e) => e);
    expect(err.code).toBe(112);
    expect(err.hasErrorLabel('TransientTransactionError')).toBeTrue();
    await s1.commitTransaction();
    await s2.abortTransaction().catch(() => undefined);
    await s1.endSession();
    await s2.endSession();
    expect((await c.findOne({ _id: 'z' as never }))?.n).toBe(1);
  });

  it('answers commit of an unknown transaction with NoSuchTransaction', async () => {
    // A private client: pooled sessions of the shared one may hold a committed transaction, and
    // re-committing that is (correctly) idempotent.
    const client = new MongoClient(h.uri);
    try {
      const err = await client
        .db('admin')
        .command({ commitTransaction: 1 })
        .catch((e) => e);
      expect([251, 50768]).toContain(err.code);
      const abort = await client
        .db('admin')
        .command({ abortTransaction: 1 })
        .catch((e) => e);
      expect([251, 50768]).toContain(abort.code);
    } finally {
      await client.close();
    }
  });

  it('does not apply a retried insert twice', async () => {
    if (!h.engine) return pending('needs the in-process engine to replay a retry');
    // A private client: the driver puts its own pooled lsid on db.command(), and sending a txnNumber
    // by hand would desynchronise that pooled session's numbering for later specs.
    const client = new MongoClient(h.uri);
    try {
      const cmd = { insert: 'acc', documents: [{ r: 1 }], txnNumber: Long.fromNumber(7) };
      const session = client.startSession();
      await client.db(db.databaseName).command(cmd, { session });
      await client.db(db.databaseName).command(cmd, { session });
      await session.endSession();
    } finally {
      await client.close();
    }
    expect(await db.collection<any>('acc').countDocuments({ r: 1 })).toBe(1);
  });
});
