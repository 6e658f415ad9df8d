import type { Db } from 'mongodb';
import { Binary } from 'bson';
import { startHarness, type Harness } from './harness.js';

/** Filters comparing BinData: range operators in BSON order and $bits* over the bytes. */
describe('compat: BinData filters', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('bin');
  });

  it('orders Binary values for $gt / $gte / $lt / $lte (length, subtype, then bytes)', async () => {
    const c = db.collection<any>('range');
    const bin = (s: string) => new Binary(Buffer.from(s));
    await c.insertMany([
      { _id: 1, b: bin('abc') },
      { _id: 2, b: bin('abd') },
      { _id: 3, b: bin('abcd') },
      { _id: 4, b: 'abc' },
      { _id: 5, b: 7 },
    ]);
    const ids = async (filter: any) =>
      (await c.find(filter, { sort: { _id: 1 } }).toArray()).map((d) => d._id);
    expect(await ids({ b: { $gt: bin('abc') } })).toEqual([2, 3]);
    expect(await ids({ b: { $gte: bin('abc') } })).toEqual([1, 2, 3]);
    expect(await ids({ b: { $lt: bin('abd') } })).toEqual([1]);
    expect(await ids({ b: { $lte: bin('abd') }, _id: { $gt: 1 } })).toEqual([2]);
    const later = await c
      .aggregate([{ $sort: { _id: -1 } }, { $match: { b: { $gt: bin('abc') } } }, { $project: { _id: 1 } }])
      .toArray();
    expect(later.map((d) => d._id)).toEqual([3, 2]);
  });

  it('refuses BinData comparisons inside sub-pipelines, which it cannot answer correctly', async () => {
    const c = db.collection<any>('nested');
    await c.insertOne({ _id: 1, b: new Binary(Buffer.from('abd')) });
    const inFacet = [{ $facet: { later: [{ $match: { b: { $gt: new Binary(Buffer.from('abc')) } } }] } }];
    await expectAsync(c.aggregate(inFacet).toArray()).toBeRejectedWith(
      jasmine.objectContaining({ code: 115 }),
    );
    // A top-level $match with the same comparison is answered (in BSON order).
    const top = await c.aggregate([{ $match: { b: { $gt: new Binary(Buffer.from('abc')) } } }]).toArray();
    expect(top.map((d) => d._id)).toEqual([1]);
  });

  it('tests bits of BinData and still of numbers', async () => {
    const c = db.collection<any>('bits');
    await c.insertMany([
      { _id: 1, u: new Binary(Buffer.from([0xff, 0x00]), 4) },
      { _id: 2, u: new Binary(Buffer.from([0x01, 0x80])) },
      { _id: 3, u: 0b10001 },
    ]);
    const ids = async (filter: any) =>
      (await c.find(filter, { sort: { _id: 1 } }).toArray()).map((d) => d._id);
    expect(await ids({ u: { $bitsAllSet: [0, 4] } })).toEqual([1, 3]);
    expect(await ids({ u: { $bitsAnySet: [15] } })).toEqual([2]);
    expect(await ids({ u: { $bitsAllClear: [8, 9] } })).toEqual([1, 2, 3]);
    expect(await ids({ u: { $bitsAnyClear: 0b11 } })).toEqual([2, 3]);
  });
});
