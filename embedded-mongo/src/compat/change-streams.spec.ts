import { MongoClient, type ChangeStream, type Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

/** Opens the stream on the server (watch() is lazy) before the spec writes anything. */
async function opened<T extends ChangeStream<any, any>>(stream: T): Promise<T> {
  await stream.tryNext();
  return stream;
}

describe('compat: change streams', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(async () => {
    db = h.freshDb('cs');
    await db.createCollection('c');
  });

  it('reports inserts, updates (with updateLookup), replaces and deletes in order', async () => {
    const c = db.collection<any>('c');
    const stream = await opened(c.watch([], { fullDocument: 'updateLookup', maxAwaitTimeMS: 50 }));
    try {
      const { insertedId } = await c.insertOne({ a: 1, b: 1 });
      await c.updateOne({ _id: insertedId }, { $set: { a: 2 }, $unset: { b: '' } });
      await c.replaceOne({ _id: insertedId }, { z: 1 });
      await c.deleteOne({ _id: insertedId });
      const insert: any = await stream.next();
      expect(insert.operationType).toBe('insert');
      expect(insert.fullDocument.a).toBe(1);
      expect(insert.ns).toEqual({ db: db.databaseName, coll: 'c' });
      const update: any = await stream.next();
      expect(update.operationType).toBe('update');
      expect(update.updateDescription.updatedFields).toEqual({ a: 2 });
      expect(update.updateDescription.removedFields).toEqual(['b']);
      expect(update.fullDocument).toBeDefined();
      expect((await stream.next()).operationType).toBe('replace');
      const del: any = await stream.next();
      expect(del.operationType).toBe('delete');
      expect(del.documentKey._id).toEqual(insertedId);
    } finally {
      await stream.close();
    }
  });

  it('filters with a pipeline and watches a whole database', async () => {
    const stream = await opened(
      db.watch([{ $match: { operationType: 'insert', 'fullDocument.keep': true } }], { maxAwaitTimeMS: 50 }),
    );
    try {
      await db.collection<any>('c').insertOne({ keep: false });
      await db.collection<any>('other').insertOne({ keep: true, n: 1 });
      const event: any = await stream.next();
      expect(event.ns.coll).toBe('other');
      expect(event.fullDocument.n).toBe(1);
    } finally {
      await stream.close();
    }
  });

  it('resumes after a token and includes transaction writes', async () => {
    const c = db.collection<any>('c');
    const stream = await opened(c.watch([], { maxAwaitTimeMS: 50 }));
    await c.insertOne({ n: 1 });
    const first: any = await stream.next();
    await stream.close();
    const session = h.client.startSession();
    await session.withTransaction(async () => {
      await c.insertOne({ n: 2 }, { session });
      await c.insertOne({ n: 3 }, { session });
    });
    await session.endSession();
    const resumed = c.watch([], { resumeAfter: first._id, maxAwaitTimeMS: 50 });
    try {
      const a: any = await resumed.next();
      const b: any = await resumed.next();
      expect([a.fullDocument.n, b.fullDocument.n]).toEqual([2, 3]);
      expect(a.txnNumber).toBeDefined();
      expect(a.lsid).toBeDefined();
    } finally {
      await resumed.close();
    }
  });

  it('invalidates a collection stream when the collection is dropped', async () => {
    const c = db.collection<any>('c');
    const stream = await opened(c.watch([], { maxAwaitTimeMS: 50 }));
    await c.insertOne({ x: 1 });
    await c.drop();
    expect((await stream.next()).operationType).toBe('insert');
    expect((await stream.next()).operationType).toBe('drop');
    expect((await stream.next()).operationType).toBe('invalidate');
    await stream.close();
  });

  it('a new stream starts after the last commit, also for a client with an older cluster time', async () => {
    const c = db.collection<any>('c');
    await (await opened(c.watch([], { maxAwaitTimeMS: 50 }))).close();
    // A second client whose last known cluster time predates the insert: mongod still starts its new
    // stream after its last applied write, so the insert is not reported.
    const other = new MongoClient(h.uri, { serverSelectionTimeoutMS: 5000 });
    await other.connect();
    try {
      await other.db('admin').command({ ping: 1 });
      await c.insertOne({ a: 1 });
      const stream = await opened(
        other.db(db.databaseName).collection<any>('c').watch([], { maxAwaitTimeMS: 50 }),
      );
      try {
        await c.insertOne({ a: 2 });
        expect(((await stream.next()) as any).fullDocument.a).toBe(2);
      } finally {
        await stream.close();
      }
    } finally {
      await other.close();
    }
  });

  it('does not include a write the client saw complete before opening the stream', async () => {
    const c = db.collection<any>('c');
    await (await opened(c.watch([], { maxAwaitTimeMS: 50 }))).close();
    const { insertedId } = await c.insertOne({ a: 1 });
    const stream = await opened(c.watch([], { maxAwaitTimeMS: 50 }));
    try {
      await c.updateOne({ _id: insertedId }, { $set: { a: 2 } });
      expect((await stream.next()).operationType).toBe('update');
    } finally {
      await stream.close();
    }
  });

  it('waits through writes its pipeline filters out instead of answering an empty batch for each', async () => {
    const writes = db.collection<any>('c');
    const client = new MongoClient(h.uri, { monitorCommands: true, serverSelectionTimeoutMS: 5000 });
    await client.connect();
    let getMores = 0;
    client.on('commandStarted', (e) => {
      if (e.commandName === 'getMore') getMores++;
    });
    const mine = client.db(db.databaseName).collection<any>('c');
    const stream = await opened(
      mine.watch([{ $match: { 'fullDocument.wanted': true } }], { maxAwaitTimeMS: 3_000 }),
    );
    try {
      getMores = 0;
      const waiting = stream.next();
      for (let i = 0; i < 30; i++) await writes.insertOne({ wanted: false, i });
      await writes.insertOne({ wanted: true });
      const event: any = await waiting;
      expect(event.fullDocument.wanted).toBeTrue();
      expect(getMores)
        .withContext('getMore round trips for 31 writes, 30 filtered out')
        .toBeLessThanOrEqual(2);
    } finally {
      await stream.close();
      await client.close();
    }
  }, 15_000);
});
