import { Decimal128, Double, Int32, Long, type Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

describe('compat: numeric types', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('num');
  });

  it('keeps int32, int64, double and decimal types on the round trip', async () => {
    const c = db.collection<any>('n');
    await c.insertOne({
      _id: 1 as never,
      i: 5,
      d: new Double(5),
      l: Long.fromNumber(7),
      big: Long.fromString('9007199254740993'),
      dec: Decimal128.fromString('1.10'),
      f: 2.5,
    });
    const doc = await c.findOne({ _id: 1 as never }, { promoteValues: false });
    expect(doc?.i).toEqual(new Int32(5));
    expect(doc?.d).toEqual(new Double(5));
    expect(doc?.l).toEqual(Long.fromNumber(7));
    expect(String(doc?.big)).toBe('9007199254740993');
    expect(doc?.dec.toString()).toBe('1.10');
    expect(doc?.f).toEqual(new Double(2.5));
  });

  it('compares numbers across types', async () => {
    const c = db.collection<any>('n');
    await c.insertMany([{ v: 1 }, { v: new Double(2) }, { v: Long.fromNumber(3) }, { v: 2.5 }]);
    expect(await c.countDocuments({ v: 2 })).toBe(1);
    expect(await c.countDocuments({ v: { $gte: 2 } })).toBe(3);
    expect((await c.find({}).sort({ v: -1 }).toArray()).map((d) => Number(d.v))).toEqual([3, 2.5, 2, 1]);
    await c.createIndex({ v: 1 });
    expect(await c.countDocuments({ v: Long.fromNumber(2) })).toBe(1);
  });

  it('follows $inc / $mul type rules', async () => {
    const c = db.collection<any>('n');
    await c.insertOne({ _id: 1 as never, i: 2147483647, j: 1, d: new Double(1), l: Long.fromNumber(1) });
    await c.updateOne({ _id: 1 as never }, { $inc: { i: 1, j: 1, d: 1, l: 1, fresh: new Double(3) } });
    const doc = await c.findOne({ _id: 1 as never }, { promoteValues: false });
    expect(doc?.i).toEqual(Long.fromNumber(2147483648));
    expect(doc?.j).toEqual(new Int32(2));
    expect(doc?.d).toEqual(new Double(2));
    expect(doc?.l).toEqual(Long.fromNumber(2));
    expect(doc?.fresh).toEqual(new Double(3));
    await c.updateOne({ _id: 1 as never }, { $mul: { j: 2.5 } });
    expect((await c.findOne({ _id: 1 as never }, { promoteValues: false }))?.j).toEqual(new Double(5));
  });
});
