import { Decimal128, Double, Int32, Long, ObjectId, type Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

/** `{field: scalar}` filters take a fast path (query/equality-filter.ts): same answers as mingo / mongod. */
describe('compat: equality filters', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => (h = await startHarness()));
  afterAll(async () => h.stop());
  beforeEach(() => (db = h.freshDb('eq')));

  it('match scalars, array elements and every numeric type, with and without an index', async () => {
    const oid = new ObjectId();
    const when = new Date(1_700_000_000_000);
    for (const indexed of [false, true]) {
      const c = db.collection<any>(`c${indexed}`);
      if (indexed) await c.createIndex({ v: 1 });
      await c.insertMany([
        { _id: 1, v: 5 },
        { _id: 2, v: new Double(5) },
        { _id: 3, v: Long.fromNumber(5) },
        { _id: 4, v: Decimal128.fromString('5') },
        { _id: 5, v: [1, 5] },
        { _id: 6, v: [[5]] },
        { _id: 7, v: '5' },
        { _id: 8, v: oid, w: true },
        { _id: 9, v: when, w: false },
        { _id: 10, v: [oid, 'x'] },
        { _id: 11 },
      ]);
      const ids = async (filter: object) =>
        (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
      expect(await ids({ v: 5 }))
        .withContext(`indexed ${indexed}`)
        .toEqual([1, 2, 3, 4, 5]);
      expect(await ids({ v: new Int32(5) })).toEqual([1, 2, 3, 4, 5]);
      expect(await ids({ v: '5' })).toEqual([7]);
      expect(await ids({ v: oid })).toEqual([8, 10]);
      expect(await ids({ v: new Date(when.getTime()) })).toEqual([9]);
      expect(await ids({ v: oid, w: true })).toEqual([8]);
      expect(await ids({ w: false })).toEqual([9]);
      expect(await ids({ v: 'x' })).toEqual([10]);
      expect(await ids({ nope: 1 })).toEqual([]);
      expect((await c.findOne({ _id: 4 }))?.v).toEqual(Decimal128.fromString('5'));

      // $in and $eq of scalars take the same fast path.
      expect(await ids({ v: { $eq: 5 } })).toEqual([1, 2, 3, 4, 5]);
      expect(await ids({ v: { $eq: oid } })).toEqual([8, 10]);
      expect(await ids({ v: { $in: [5] } })).toEqual([1, 2, 3, 4, 5]);
      expect(await ids({ v: { $in: [oid, '5'] } })).toEqual([7, 8, 10]);
      expect(await ids({ v: { $in: [new ObjectId(oid.toHexString()), new Date(when.getTime())] } })).toEqual([
        8, 9, 10,
      ]);
      expect(await ids({ v: { $in: [oid.toHexString()] } })).toEqual([]);
      expect(await ids({ v: { $in: ['x', 1] } })).toEqual([5, 10]);
      expect(await ids({ v: { $in: [] } })).toEqual([]);
      expect(await ids({ v: { $in: [Long.fromNumber(5)] }, _id: { $in: [3, 5, 7] } })).toEqual([3, 5]);
      expect(await ids({ w: { $in: [true, false] } })).toEqual([8, 9]);
      // Outside the fast path (null, nested arrays) mingo answers, with MongoDB's semantics.
      expect(await ids({ v: { $in: [null] } })).toEqual([11]);
      expect(await ids({ v: { $in: [[5]] } })).toEqual([6]);
    }
  });

  it('$in over a long list of ObjectIds matches by value, not by identity', async () => {
    const c = db.collection<any>('many');
    await c.createIndex({ ref: 1, flag: 1 });
    const refs = Array.from({ length: 300 }, () => new ObjectId());
    await c.insertMany(refs.flatMap((ref, i) => [0, 1].map((k) => ({ ref, flag: k === 0, i }))));
    const wanted = refs.filter((_, i) => i % 3 === 0).map((r) => new ObjectId(r.toHexString()));
    const found = await c.find({ ref: { $in: wanted }, flag: true }).toArray();
    expect(found.map((d) => d.i).sort((a, b) => a - b)).toEqual(
      refs.map((_, i) => i).filter((i) => i % 3 === 0),
    );
  });
});
