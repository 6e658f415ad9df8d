import type { Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

const planOf = (explain: unknown) => JSON.stringify(explain);

describe('compat: aggregate and indexes', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('agg');
  });

  it('groups, sorts, counts, facets and unwinds', async () => {
    const c = db.collection<any>('sales');
    await c.insertMany([
      { k: 'a', v: 1, t: [1, 2] },
      { k: 'b', v: 5, t: [3] },
      { k: 'a', v: 2, t: [] },
    ]);
    const grouped = await c
      .aggregate([
        { $match: { v: { $gte: 1 } } },
        { $group: { _id: '$k', total: { $sum: '$v' } } },
        { $sort: { _id: 1 } },
      ])
      .toArray();
    expect(grouped).toEqual([
      { _id: 'a', total: 3 },
      { _id: 'b', total: 5 },
    ]);
    expect(await c.aggregate([{ $unwind: '$t' }, { $count: 'n' }]).toArray()).toEqual([{ n: 3 }]);
    const [facet] = await c
      .aggregate([
        { $facet: { big: [{ $match: { v: { $gt: 1 } } }, { $count: 'n' }], all: [{ $count: 'n' }] } },
      ])
      .toArray();
    expect(facet).toEqual({ big: [{ n: 2 }], all: [{ n: 3 }] });
  });

  it('joins with $lookup and $unionWith, writes with $out and $merge', async () => {
    await db.collection<any>('authors').insertMany([
      { _id: 1 as never, name: 'Ann' },
      { _id: 2 as never, name: 'Bo' },
    ]);
    await db.collection<any>('books').insertMany([
      { title: 'T1', author: 1 },
      { title: 'T2', author: 2 },
      { title: 'T3', author: 1 },
    ]);
    const joined = await db
      .collection<any>('books')
      .aggregate([
        { $lookup: { from: 'authors', localField: 'author', foreignField: '_id', as: 'a' } },
        { $project: { _id: 0, title: 1, who: { $first: '$a.name' } } },
        { $sort: { title: 1 } },
      ])
      .toArray();
    expect(joined).toEqual([
      { title: 'T1', who: 'Ann' },
      { title: 'T2', who: 'Bo' },
      { title: 'T3', who: 'Ann' },
    ]);
    const union = await db
      .collection<any>('authors')
      .aggregate([{ $unionWith: 'books' }, { $count: 'n' }])
      .toArray();
    expect(union).toEqual([{ n: 5 }]);
    await db
      .collection<any>('books')
      .aggregate([{ $group: { _id: '$author', n: { $sum: 1 } } }, { $out: 'counts' }])
      .toArray();
    expect(await db.collection<any>('counts').find({}).sort({ _id: 1 }).toArray()).toEqual([
      { _id: 1 as never, n: 2 },
      { _id: 2 as never, n: 1 },
    ]);
    await db
      .collection<any>('authors')
      .aggregate([{ $project: { n: { $literal: 0 } } }, { $merge: { into: 'counts', whenMatched: 'merge' } }])
      .toArray();
    expect(await db.collection<any>('counts').countDocuments({ n: 0 })).toBe(2);
  });

  it('runs $lookup with let and a sub-pipeline, and $group accumulators', async () => {
    await db.collection<any>('orders').insertMany([
      { item: 'x', qty: 2 },
      { item: 'y', qty: 1 },
      { item: 'x', qty: 5 },
    ]);
    await db.collection<any>('stock').insertMany([
      { sku: 'x', min: 3 },
      { sku: 'y', min: 0 },
    ]);
    const rows = await db
      .collection<any>('stock')
      .aggregate([
        {
          $lookup: {
            from: 'orders',
            let: { s: '$sku', m: '$min' },
            pipeline: [
              { $match: { $expr: { $and: [{ $eq: ['$item', '$$s'] }, { $gte: ['$qty', '$$m'] }] } } },
            ],
            as: 'big',
          },
        },
        { $project: { _id: 0, sku: 1, n: { $size: '$big' } } },
        { $sort: { sku: 1 } },
      ])
      .toArray();
    expect(rows).toEqual([
      { sku: 'x', n: 1 },
      { sku: 'y', n: 1 },
    ]);
    const [stats] = await db
      .collection<any>('orders')
      .aggregate([
        {
          $group: { _id: null, avg: { $avg: '$qty' }, max: { $max: '$qty' }, items: { $addToSet: '$item' } },
        },
      ])
      .toArray();
    expect(stats.avg).toBeCloseTo(8 / 3);
    expect(stats.max).toBe(5);
    expect(stats.items.sort()).toEqual(['x', 'y']);
  });

  it('enforces unique indexes with E11000, including when building over duplicates', async () => {
    const c = db.collection<any>('users');
    await c.createIndex({ email: 1 }, { unique: true });
    await c.insertOne({ email: 'x@y' });
    const err = await c.insertOne({ email: 'x@y' }).catch((e) => e);
    expect(err.code).toBe(11000);
    expect(err.message).toMatch(
      /E11000 duplicate key error collection: .*\.users index: email_1 dup key: \{ email: "x@y" \}/,
    );
    expect(err.keyValue).toEqual({ email: 'x@y' });
    const d = db.collection<any>('dupes');
    await d.insertMany([{ k: 1 }, { k: 1 }]);
    await expectAsync(d.createIndex({ k: 1 }, { unique: true })).toBeRejectedWith(
      jasmine.objectContaining({ code: 11000 }),
    );
  });

  it('supports sparse, partial, compound and multikey indexes, and list/drop', async () => {
    const c = db.collection<any>('ix');
    await c.createIndex({ s: 1 }, { unique: true, sparse: true });
    await c.insertMany([{ a: 1 }, { a: 2 }]);
    await c.createIndex({ p: 1 }, { unique: true, partialFilterExpression: { active: true } });
    await c.insertMany([
      { p: 1, active: false },
      { p: 1, active: true },
    ]);
    await expectAsync(c.insertOne({ p: 1, active: true })).toBeRejectedWith(
      jasmine.objectContaining({ code: 11000 }),
    );
    await c.createIndex({ tags: 1, a: -1 });
    await c.insertOne({ tags: ['red', 'blue'], a: 3 });
    expect(await c.countDocuments({ tags: 'blue' })).toBe(1);
    const names = (await c.listIndexes().toArray()).map((i) => i.name).sort();
    expect(names).toEqual(['_id_', 'p_1', 's_1', 'tags_1_a_-1']);
    await c.dropIndex('s_1');
    await c.dropIndexes();
    expect((await c.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('explains equality, $in and range predicates as IXSCAN, unindexed as COLLSCAN', async () => {
    const c = db.collection<any>('plans');
    await c.insertMany(Array.from({ length: 50 }, (_, i) => ({ n: i, m: i % 5 })));
    await c.createIndex({ n: 1 });
    for (const filter of [{ n: 7 }, { n: { $in: [1, 2, 3] } }, { n: { $gt: 10, $lte: 20 } }]) {
      const plan = planOf(await c.find(filter).explain('executionStats'));
      expect(plan).toContain('IXSCAN');
      expect(plan).toContain('n_1');
    }
    const eq = (await c.find({ n: 7 }).explain('executionStats')) as any;
    expect(eq.executionStats.totalDocsExamined).toBe(1);
    expect(planOf(await c.find({ m: 3 }).explain())).toContain('COLLSCAN');
    expect(planOf(await c.aggregate([{ $match: { n: 3 } }]).explain())).toContain('IXSCAN');
    expect(
      (
        await c
          .find({ n: { $gte: 45 } })
          .sort({ n: -1 })
          .toArray()
      ).map((d) => d.n),
    ).toEqual([49, 48, 47, 46, 45]);
  });

  it('expires documents through TTL indexes', async () => {
    if (!h.engine) return pending('TTL timing differs on a real server (60s monitor)');
    const c = db.collection<any>('ttl');
    await c.createIndex({ at: 1 }, { expireAfterSeconds: 0 });
    await c.insertMany([
      { at: new Date(Date.now() - 1000) },
      { at: new Date(Date.now() + 3_600_000) },
      { other: 1 },
    ]);
    for (let i = 0; i < 50 && (await c.countDocuments()) !== 2; i++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await c.countDocuments()).toBe(2);
  });
});
