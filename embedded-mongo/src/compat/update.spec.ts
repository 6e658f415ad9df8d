import type { Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

describe('compat: update operators and upserts', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('upd');
  });

  it('applies $set, $unset, $inc, $push, $addToSet, $pull, $rename, $min, $max, $currentDate', async () => {
    const c = db.collection<any>('ops');
    await c.insertOne({ _id: 1 as never, a: 1, b: 'x', arr: [1, 2, 3], s: ['p'], lo: 5, hi: 5, old: 'o' });
    const r = await c.updateOne(
      { _id: 1 as never },
      {
        $set: { 'n.deep': true },
        $unset: { b: '' },
        $inc: { a: 2 },
        $push: { arr: { $each: [4], $slice: -3 } } as any,
        $addToSet: { s: 'p' },
        $rename: { old: 'renamed' },
        $min: { lo: 1 },
        $max: { hi: 9 },
        $currentDate: { at: true },
      },
    );
    expect(r.matchedCount).toBe(1);
    expect(r.modifiedCount).toBe(1);
    await c.updateOne({ _id: 1 as never }, { $pull: { arr: 3 } as any });
    const doc = await c.findOne({ _id: 1 as never });
    expect(doc).toEqual(
      jasmine.objectContaining({
        a: 3,
        n: { deep: true },
        arr: [2, 4],
        s: ['p'],
        lo: 1,
        hi: 9,
        renamed: 'o',
      }),
    );
    expect(doc?.b).toBeUndefined();
    expect(doc?.at instanceof Date).toBeTrue();
  });

  it('reports nModified 0 for a no-op update', async () => {
    const c = db.collection<any>('noop');
    await c.insertOne({ a: 1 });
    const r = await c.updateOne({ a: 1 }, { $set: { a: 1 } });
    expect(r.matchedCount).toBe(1);
    expect(r.modifiedCount).toBe(0);
  });

  it('updates many, replaces, and uses positional $, $[] and $[id] with arrayFilters', async () => {
    const c = db.collection<any>('pos');
    await c.insertMany([
      { k: 1, g: [{ v: 1 }, { v: 2 }] },
      { k: 1, g: [{ v: 3 }] },
    ]);
    expect((await c.updateMany({ k: 1 }, { $inc: { 'g.$[].v': 10 } })).modifiedCount).toBe(2);
    await c.updateOne({ 'g.v': 12 }, { $set: { 'g.$.hit': true } });
    await c.updateMany({}, { $set: { 'g.$[e].big': true } }, { arrayFilters: [{ 'e.v': { $gte: 12 } }] });
    const first = await c.findOne({ 'g.v': 11 });
    expect(first?.g).toEqual([{ v: 11 }, { v: 12, hit: true, big: true }]);
    await c.replaceOne({ k: 1, 'g.v': 13 }, { k: 2 });
    expect(await c.findOne({ k: 2 }, { projection: { _id: 0 } })).toEqual({ k: 2 });
  });

  it('upserts with query equality fields and $setOnInsert', async () => {
    const c = db.collection<any>('ups');
    const r = await c.updateOne(
      { email: 'a@b.c', n: { $gt: 1 } },
      { $set: { name: 'A' }, $setOnInsert: { created: 1 } },
      { upsert: true },
    );
    expect(r.upsertedCount).toBe(1);
    expect(await c.findOne({ _id: r.upsertedId! }, { projection: { _id: 0 } })).toEqual({
      email: 'a@b.c',
      name: 'A',
      created: 1,
    });
    await c.updateOne(
      { email: 'a@b.c' },
      { $set: { name: 'B' }, $setOnInsert: { created: 2 } },
      { upsert: true },
    );
    expect((await c.findOne({ email: 'a@b.c' }))?.created).toBe(1);
    const replaced = await c.replaceOne({ _id: 'fixed' as never }, { v: 1 }, { upsert: true });
    expect(replaced.upsertedId as unknown).toBe('fixed');
  });

  it('supports aggregation-pipeline updates', async () => {
    const c = db.collection<any>('pipe');
    await c.insertOne({ a: 2, b: 3 });
    await c.updateOne({}, [{ $set: { sum: { $add: ['$a', '$b'] } } }, { $unset: 'b' }]);
    expect(await c.findOne({}, { projection: { _id: 0 } })).toEqual({ a: 2, sum: 5 });
  });

  it('a pipeline update of embedded fields is a modification and does not touch the stored image', async () => {
    const c = db.collection<any>('pipeNested');
    await c.insertOne({ _id: 1 as never, a: { b: 1, c: 2 }, list: [{ k: 1 }] });
    const before = await c.find({ _id: 1 as never }).toArray(); // a copy taken before the update
    const r = await c.updateOne({ _id: 1 as never }, [{ $set: { 'a.b': 5 } }, { $unset: 'a.c' }]);
    expect(r.modifiedCount).toBe(1); // was 0: mingo wrote into the stored document, so nothing "changed"
    expect(await c.findOne({ _id: 1 as never })).toEqual({ _id: 1, a: { b: 5 }, list: [{ k: 1 }] });
    expect(before[0]).toEqual({ _id: 1, a: { b: 1, c: 2 }, list: [{ k: 1 }] });
    const again = await c.updateOne({ _id: 1 as never }, [{ $set: { 'a.b': 5 } }]);
    expect(again.modifiedCount).toBe(0);
  });

  it('rejects unknown modifiers and changing _id', async () => {
    const c = db.collection<any>('bad');
    await c.insertOne({ _id: 1 as never, a: 1 });
    await expectAsync(c.updateOne({}, { $bogus: { a: 1 } } as never)).toBeRejectedWith(
      jasmine.objectContaining({ code: 9 }),
    );
    await expectAsync(c.updateOne({}, { $set: { _id: 2 } })).toBeRejectedWith(
      jasmine.objectContaining({ code: 66 }),
    );
  });
});
