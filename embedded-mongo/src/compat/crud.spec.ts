import { ObjectId, type Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

describe('compat: CRUD', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('crud');
  });

  it('inserts and finds with filter, projection, sort, skip and limit', async () => {
    const c = db.collection<any>('people');
    await c.insertMany([
      { name: 'a', age: 30, tags: ['x'] },
      { name: 'b', age: 20, tags: ['y', 'x'] },
      { name: 'c', age: 40 },
    ]);
    const docs = await c
      .find({ age: { $gte: 20 } }, { projection: { _id: 0, name: 1 } })
      .sort({ age: -1 })
      .skip(1)
      .limit(2)
      .toArray();
    expect(docs).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect(await c.countDocuments({ tags: 'x' })).toBe(2);
    expect((await c.findOne({ name: 'c' }))?.age).toBe(40);
  });

  it('iterates cursors across getMore batches', async () => {
    const c = db.collection<any>('many');
    await c.insertMany(Array.from({ length: 250 }, (_, i) => ({ i })));
    const seen = await c.find({}).batchSize(7).sort({ i: 1 }).toArray();
    expect(seen.length).toBe(250);
    expect(seen[249].i).toBe(249);
  });

  it('reports ordered and unordered insert write errors with their index', async () => {
    const c = db.collection<any>('dups');
    const id = new ObjectId();
    await expectAsync(c.insertMany([{ _id: id }, { _id: id }, { x: 1 }], { ordered: true })).toBeRejectedWith(
      jasmine.objectContaining({ code: 11000 }),
    );
    expect(await c.countDocuments()).toBe(1);
    const err = await c.insertMany([{ _id: id }, { y: 1 }], { ordered: false }).catch((e) => e);
    expect(err.code).toBe(11000);
    expect(err.writeErrors[0].index).toBe(0);
    expect(await c.countDocuments()).toBe(2);
  });

  it('deletes one or many', async () => {
    const c = db.collection<any>('del');
    await c.insertMany([{ k: 1 }, { k: 1 }, { k: 2 }]);
    expect((await c.deleteOne({ k: 1 })).deletedCount).toBe(1);
    expect((await c.deleteMany({})).deletedCount).toBe(2);
  });

  it('runs findOneAndUpdate / findOneAndDelete with sort and returnDocument', async () => {
    const c = db.collection<any>('fam');
    await c.insertMany([
      { q: 1, v: 'low' },
      { q: 5, v: 'high' },
    ]);
    const after = await c.findOneAndUpdate(
      {},
      { $set: { seen: true } },
      { sort: { q: -1 }, returnDocument: 'after' },
    );
    expect(after?.v).toBe('high');
    expect(after?.seen).toBe(true);
    const before = await c.findOneAndUpdate(
      { q: 9 },
      { $set: { v: 'new' } },
      { upsert: true, returnDocument: 'before' },
    );
    expect(before).toBeNull();
    const removed = await c.findOneAndDelete({ q: 1 });
    expect(removed?.v).toBe('low');
    expect(await c.countDocuments()).toBe(2);
  });

  it('answers distinct, count and listCollections', async () => {
    const c = db.collection<any>('dist');
    await c.insertMany([{ t: 'b' }, { t: 'a' }, { t: ['a', 'c'] }, {}]);
    expect((await c.distinct('t')).sort()).toEqual(['a', 'b', 'c']);
    expect(await c.estimatedDocumentCount()).toBe(4);
    const names = (await db.listCollections({}, { nameOnly: true }).toArray()).map((x) => x.name);
    expect(names).toContain('dist');
  });

  it('enforces query-style collection validators', async () => {
    await db.createCollection('valid', { validator: { age: { $gte: 0 } } });
    const c = db.collection<any>('valid');
    await c.insertOne({ age: 3 });
    await expectAsync(c.insertOne({ age: -1 })).toBeRejectedWith(jasmine.objectContaining({ code: 121 }));
    await expectAsync(c.updateOne({ age: 3 }, { $set: { age: -5 } })).toBeRejectedWith(
      jasmine.objectContaining({ code: 121 }),
    );
    await db.command({ collMod: 'valid', validationAction: 'warn' });
    await c.insertOne({ age: -1 });
    if (h.engine) {
      // $jsonSchema is implemented at the top level of a validator only.
      await expectAsync(
        db.createCollection('schema', { validator: { $or: [{ $jsonSchema: { bsonType: 'object' } }] } }),
      ).toBeRejectedWith(jasmine.objectContaining({ code: 115 }));
    }
  });

  it('renames and drops collections and databases', async () => {
    await db.collection<any>('old').insertOne({ x: 1 });
    await db.collection<any>('old').rename('fresh');
    expect(await db.collection<any>('fresh').countDocuments()).toBe(1);
    expect(await db.collection<any>('fresh').drop()).toBeTrue();
    await db.collection<any>('again').insertOne({});
    await db.dropDatabase();
    expect((await db.listCollections().toArray()).length).toBe(0);
  });
});
