import type { Db } from 'mongodb';
import { Long } from 'bson';
import { startHarness, type Harness } from './harness.js';

/** Query-level collations (find, count, aggregate $match/$sort) and what is still refused. */
describe('compat: query collations', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('coll');
  });

  it('find and count compare strings with the collation strength', async () => {
    const c = db.collection<any>('names');
    await c.createIndex({ name: 1 });
    await c.insertMany([
      { _id: 1, name: 'a' },
      { _id: 2, name: 'A' },
      { _id: 3, name: 'á' },
      { _id: 4, name: 'b' },
      { _id: 5, name: 5 },
    ]);
    const ids = async (filter: any, collation?: any) =>
      (await c.find(filter, { collation, sort: { _id: 1 } }).toArray()).map((d) => d._id);
    expect(await ids({ name: 'a' })).toEqual([1]);
    expect(await ids({ name: 'a' }, { locale: 'en_US', strength: 1 })).toEqual([1, 2, 3]);
    expect(await ids({ name: 'a' }, { locale: 'en', strength: 2 })).toEqual([1, 2]);
    expect(await ids({ name: 'a' }, { locale: 'en', strength: 3 })).toEqual([1]);
    expect(await ids({ name: { $in: ['B'] } }, { locale: 'en', strength: 2 })).toEqual([4]);
    expect(await ids({ name: { $gt: 'A' } }, { locale: 'en', strength: 1 })).toEqual([4]);
    expect(await ids({ name: { $ne: 'a' } }, { locale: 'en', strength: 1 })).toEqual([4, 5]);
    expect(await c.countDocuments({ name: 'A' }, { collation: { locale: 'en', strength: 2 } })).toBe(2);
    expect(await c.countDocuments({ name: 'A' }, { collation: { locale: 'simple' } })).toBe(1);
    expect(
      (await c.deleteMany({ name: 'B' }, { collation: { locale: 'en', strength: 2 } })).deletedCount,
    ).toBe(1);
  });

  it('sorts with the collation and keeps number types', async () => {
    const c = db.collection<any>('sort');
    await c.insertMany([
      { name: 'Zeta', n: Long.fromNumber(1) },
      { name: 'alpha', n: Long.fromNumber(2) },
    ]);
    const found = await c
      .find({}, { sort: { name: 1 }, collation: { locale: 'en_US' }, promoteLongs: false })
      .toArray();
    expect(found.map((d) => d.name)).toEqual(['alpha', 'Zeta']);
    expect(found[0].n._bsontype).toBe('Long');
    const agg = await c
      .aggregate([{ $match: { name: { $in: ['ZETA', 'ALPHA'] } } }, { $sort: { name: 1 } }], {
        collation: { locale: 'en_US', strength: 1 },
      })
      .toArray();
    expect(agg.map((d) => d.name)).toEqual(['alpha', 'Zeta']);
  });

  it('refuses collations it cannot honour instead of ignoring them', async () => {
    const c = db.collection<any>('refuse');
    await c.insertOne({ name: 'a' });
    if (!h.engine) return;
    const refused = jasmine.objectContaining({ code: jasmine.any(Number) });
    await expectAsync(
      c.find({}, { collation: { locale: 'en', caseFirst: 'upper' } }).toArray(),
    ).toBeRejectedWith(refused);
    await expectAsync(
      c.aggregate([{ $group: { _id: '$name' } }], { collation: { locale: 'en', strength: 1 } }).toArray(),
    ).toBeRejectedWith(refused);
    await expectAsync(
      c.updateOne({ name: 'A' }, { $set: { x: 1 } }, { collation: { locale: 'en', strength: 1 } }),
    ).toBeRejectedWith(refused);
    await expectAsync(
      db.createCollection('withDefault', { collation: { locale: 'en', strength: 1 } }),
    ).toBeRejectedWith(refused);
    await expectAsync(c.distinct('name', {}, { collation: { locale: 'en', strength: 1 } })).toBeRejectedWith(
      refused,
    );
  });
});
