import type { Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

/** Aggregate hint and stage names, collMod index.hidden, as mongod answers them. */
describe('compat: aggregate hint, stage names, collMod hidden', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('misc');
  });

  it('aggregate follows hint and refuses a hint without an index', async () => {
    const c = db.collection<any>('hint');
    await c.insertMany([
      { q: 1, n: 'Andrew' },
      { q: 2, n: 'Betty' },
    ]);
    await c.createIndex({ q: -1, n: -1 });
    const names = (await c.aggregate([{ $match: {} }], { hint: { q: -1, n: -1 } }).toArray()).map((d) => d.n);
    expect(names).toEqual(['Betty', 'Andrew']);
    await expectAsync(c.aggregate([{ $match: {} }], { hint: { nope: 1 } }).toArray()).toBeRejectedWith(
      jasmine.objectContaining({ code: 2 }),
    );
  });

  it('an unknown stage is code 40324', async () => {
    const c = db.collection<any>('stage');
    await c.insertOne({ a: 1 });
    await expectAsync(c.aggregate([{ $fakeStage: {} }]).toArray()).toBeRejectedWith(
      jasmine.objectContaining({ code: 40324, message: "Unrecognized pipeline stage name: '$fakeStage'" }),
    );
  });

  it('collMod hides and unhides an index', async () => {
    const c = db.collection<any>('hide');
    await c.createIndex({ a: 1 }, { name: 'a_1' });
    const reply = await db.command({ collMod: 'hide', index: { keyPattern: { a: 1 }, hidden: true } });
    expect([reply.hidden_old, reply.hidden_new]).toEqual([false, true]);
    expect((await c.listIndexes().toArray()).find((i) => i.name === 'a_1')!.hidden).toBeTrue();
    await db.command({ collMod: 'hide', index: { name: 'a_1', hidden: false } });
    expect((await c.listIndexes().toArray()).find((i) => i.name === 'a_1')!.hidden).toBeUndefined();
  });

  it('accepts an _id clusteredIndex and refuses clustered TTL', async () => {
    await db.createCollection('clustered', {
      clusteredIndex: { key: { _id: 1 }, unique: true, name: 'clustered test' },
    } as any);
    const info = (await db.listCollections({ name: 'clustered' }).toArray())[0] as any;
    expect(info.options.clusteredIndex.key).toEqual({ _id: 1 });
    expect(info.options.clusteredIndex.name).toBe('clustered test');
    await db.collection<any>('clustered').insertOne({ _id: 1 });
    await expectAsync(
      db.createCollection('bad', { clusteredIndex: { key: { a: 1 }, unique: true } } as any),
    ).toBeRejected();
    if (h.engine) {
      await expectAsync(
        db.createCollection('ttl', {
          clusteredIndex: { key: { _id: 1 }, unique: true },
          expireAfterSeconds: 5,
        } as any),
      ).toBeRejectedWith(jasmine.objectContaining({ code: 115 }));
    }
  });
});
