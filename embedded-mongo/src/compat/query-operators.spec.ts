import type { Db } from 'mongodb';
import { DBRef, ObjectId } from 'bson';
import { startHarness, type Harness } from './harness.js';

/** Query operators whose mongod semantics mingo does not follow on its own. */
describe('compat: query operators', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('qop');
  });

  it('$all treats a non-array field as a one-element array', async () => {
    const c = db.collection<any>('all');
    await c.insertMany([
      { _id: 1, title: 'Aristocats', meta: { visitors: 4 }, tags: ['a', 'b'] },
      { _id: 2, title: 'Other', meta: { visitors: 5 }, tags: ['a'] },
    ]);
    const ids = async (q: unknown) => (await c.find(q as any).toArray()).map((d) => d._id);
    expect(await ids({ title: { $all: ['Aristocats'] } })).toEqual([1]);
    expect(await ids({ 'meta.visitors': { $all: [4] } })).toEqual([1]);
    expect(await ids({ tags: { $all: ['a', 'b'] } })).toEqual([1]);
    expect(await ids({ tags: { $all: ['a'] }, _id: { $gt: 1 } })).toEqual([2]);
    expect(await ids({ tags: { $all: [] } })).toEqual([]);
    expect(await ids({ tags: { $not: { $all: ['b'] } } })).toEqual([2]);
    expect(await ids({ $or: [{ title: { $all: ['Other'] } }] })).toEqual([2]);
    const agg = await c
      .aggregate([{ $project: { title: 1 } }, { $match: { title: { $all: ['Other'] } } }])
      .toArray();
    expect(agg.map((d) => d._id)).toEqual([2]);
  });

  it('$elemMatch on DBRef fields reads $id as a field name', async () => {
    const c = db.collection<any>('refs');
    const a = new ObjectId();
    await c.insertMany([
      { _id: 1, members: [new DBRef('users', a), new DBRef('users', new ObjectId())] },
      { _id: 2, members: [new DBRef('users', new ObjectId())] },
    ]);
    expect((await c.find({ members: { $elemMatch: { $id: a } } }).toArray()).map((d) => d._id)).toEqual([1]);
    await c.insertOne({ _id: 3, r: new DBRef('users', a) });
    expect((await c.find({ 'r.$id': a }).toArray()).map((d) => d._id)).toEqual([3]);
    expect((await c.find({ r: new DBRef('users', a) }).toArray()).map((d) => d._id)).toEqual([3]);
    expect((await c.find({ 'members.$id': a }).toArray()).map((d) => d._id)).toEqual([1]);
    const back = (await c.findOne({ _id: 3 }))!.r;
    expect([back.collection, back.oid.toHexString()]).toEqual(['users', a.toHexString()]);
  });
});
