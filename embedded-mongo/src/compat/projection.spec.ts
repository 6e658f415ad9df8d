import type { Db } from 'mongodb';
import { Double, Long } from 'bson';
import { startHarness, type Harness } from './harness.js';

/** Find projections with $slice, $elemMatch and positional `.$`, as mongod answers them. */
describe('compat: projection operators', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('proj');
  });

  it('$slice alone keeps every field; with exclusions or inclusions it follows them', async () => {
    const c = db.collection<any>('slice');
    await c.insertOne({ _id: 1, a: 'x', b: 'y', arr: [1, 2, 3], n: { list: [1, 2, 3] } });
    const one = async (projection: any) => c.findOne({ _id: 1 }, { projection });
    expect(await one({ arr: { $slice: 1 } })).toEqual({
      _id: 1,
      a: 'x',
      b: 'y',
      arr: [1],
      n: { list: [1, 2, 3] },
    });
    expect(await one({ arr: { $slice: -2 }, b: 0 })).toEqual({
      _id: 1,
      a: 'x',
      arr: [2, 3],
      n: { list: [1, 2, 3] },
    });
    expect(await one({ arr: { $slice: [1, 5] }, a: 1 })).toEqual({ _id: 1, a: 'x', arr: [2, 3] });
    expect(await one({ 'n.list': { $slice: [-2, 1] }, _id: 0 })).toEqual({
      a: 'x',
      b: 'y',
      arr: [1, 2, 3],
      n: { list: [2] },
    });
    // The stored document is untouched by a nested slice.
    expect(await one({})).toEqual({ _id: 1, a: 'x', b: 'y', arr: [1, 2, 3], n: { list: [1, 2, 3] } });
  });

  it('$elemMatch projects the first matching element, also with operator conditions on scalars', async () => {
    const c = db.collection<any>('elem');
    const d1 = new Date(1000);
    const d2 = new Date(5000);
    await c.insertOne({ _id: 1, a: 'x', dates: [d1, d2], ids: [3, 7, 9], subs: [{ k: 1 }, { k: 2 }] });
    expect(await c.findOne({}, { projection: { dates: { $elemMatch: { $gte: new Date(2000) } } } })).toEqual({
      _id: 1,
      dates: [d2],
    });
    expect(await c.findOne({}, { projection: { ids: { $elemMatch: { $in: [7, 9] } }, a: 1 } })).toEqual({
      _id: 1,
      a: 'x',
      ids: [7],
    });
    expect(await c.findOne({}, { projection: { subs: { $elemMatch: { k: 2 } } } })).toEqual({
      _id: 1,
      subs: [{ k: 2 }],
    });
    expect(await c.findOne({}, { projection: { subs: { $elemMatch: { k: 5 } } } })).toEqual({ _id: 1 });
  });

  it('positional projection and operator projections keep BSON number types', async () => {
    const c = db.collection<any>('types');
    await c.insertOne({
      _id: 1,
      l: Long.fromNumber(5),
      d: new Double(2),
      arr: [new Double(1), 2],
      g: [{ v: 1 }, { v: 2 }],
    });
    const raw = await c.findOne(
      { 'g.v': 2 },
      { projection: { arr: { $slice: 1 }, l: 1, d: 1, 'g.$': 1 }, promoteLongs: false, promoteValues: false },
    );
    expect(raw!.l._bsontype).toBe('Long');
    expect(raw!.d._bsontype).toBe('Double');
    expect(raw!.arr[0]._bsontype).toBe('Double');
    expect(raw!.g.length).toBe(1);
    expect(raw!.g[0].v.value).toBe(2);
  });

  it('an embedded exclusion or expression projection leaves the stored document whole', async () => {
    const c = db.collection<any>('keep');
    await c.insertOne({ _id: 1, a: { b: 1, c: [1, { d: 2 }] }, n: 1 });
    expect(await c.findOne({ _id: 1 }, { projection: { a: { c: 0 } } })).toEqual({
      _id: 1,
      a: { b: 1 },
      n: 1,
    });
    expect(await c.findOne({ _id: 1 }, { projection: { a: { c: 0 }, _id: 0 } })).toEqual({
      a: { b: 1 },
      n: 1,
    });
    expect(await c.findOne({ _id: 1 }, { projection: { z: { $literal: 1 }, _id: 0 } })).toEqual({ z: 1 });
    // Was { _id: 1, a: { b: 1 }, n: 1 }: mingo's exclusion deleted `a.c` from the stored document.
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, a: { b: 1, c: [1, { d: 2 }] }, n: 1 });
  });

  it('findOneAndUpdate returns a $slice projection', async () => {
    const c = db.collection<any>('fam');
    await c.insertOne({ _id: 1, a: 'x', arr: [1, 2, 3] });
    const r = await c.findOneAndUpdate(
      { _id: 1 },
      { $set: { a: 'y' } },
      { projection: { arr: { $slice: 1 } }, returnDocument: 'after' },
    );
    expect(r).toEqual({ _id: 1, a: 'y', arr: [1] });
  });
});
