import { Decimal128, Double, Int32, Long, type Db } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

/**
 * Known numeric type-fidelity gaps (issue 3, item 4), each checked against what mongod answers.
 * They are pending (xit) until fixed: the engine evaluates filters and pipelines on a plain-number
 * view of documents (bson/values.ts `toPlain`), which is where the distinctions get lost.
 */
describe('compat: numeric type fidelity (known gaps)', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => (h = await startHarness()));
  afterAll(async () => h.stop());
  beforeEach(() => (db = h.freshDb('types')));

  const typed = { promoteValues: false } as const;

  it('aggregation output keeps integral doubles, Longs and Decimal128 that pass through', async () => {
    const c = db.collection<any>('c');
    const dec = Decimal128.fromString('5.0');
    await c.insertOne({
      _id: 1,
      d: new Double(5),
      l: Long.fromNumber(7),
      dec,
      arr: [new Double(1), { x: Long.fromNumber(2) }],
      i: 3,
    });
    const [doc] = await c
      .aggregate(
        [{ $match: { _id: 1 } }, { $project: { d: 1, l: 1, dec: 1, arr: 1, i: 1 } }, { $sort: { d: 1 } }],
        typed,
      )
      .toArray();
    expect(doc!.d).toEqual(new Double(5));
    expect(doc!.l).toEqual(Long.fromNumber(7));
    expect(doc!.dec).toEqual(dec);
    expect(doc!.arr).toEqual([new Double(1), { x: Long.fromNumber(2) }]);
    expect(doc!.i).toEqual(new Int32(3));
    // Computed fields take the type of the computation, as on mongod.
    const [set] = await c
      .aggregate([{ $set: { d: { $toInt: '$d' }, x: 1 } }, { $unset: 'arr' }], typed)
      .toArray();
    expect(set!.d).toEqual(new Int32(5));
    expect(set!.l).toEqual(Long.fromNumber(7));
  });

  // A field renamed or built by an expression still comes out as a plain number.
  xit('aggregation output keeps the type of a field copied under another name', async () => {
    const c = db.collection<any>('c');
    await c.insertOne({ _id: 1, d: new Double(5) });
    const [doc] = await c.aggregate([{ $project: { e: '$d' } }], typed).toArray();
    expect(doc!.e).toEqual(new Double(5));
  });

  it('equality on Longs beyond 2^53 and on Decimal128 is exact, with and without an index', async () => {
    for (const indexed of [false, true]) {
      const c = db.collection<any>(`eq${indexed}`);
      if (indexed) await c.createIndex({ v: 1 });
      await c.insertMany([
        { _id: 1, v: Long.fromString('9007199254740993') },
        { _id: 2, v: Long.fromString('9007199254740992') },
        { _id: 3, v: Decimal128.fromString('0.1') },
        { _id: 4, v: Decimal128.fromString('0.10000000000000000555') },
        { _id: 5, v: [Long.fromString('9007199254740993')] },
      ]);
      const ids = async (filter: object) =>
        (await c.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
      expect(await ids({ v: Long.fromString('9007199254740993') }))
        .withContext(`indexed ${indexed}`)
        .toEqual([1, 5]);
      expect(await ids({ v: Long.fromString('9007199254740992') })).toEqual([2]);
      expect(await ids({ v: 2 ** 53 })).toEqual([2]);
      expect(await ids({ v: Decimal128.fromString('0.1') })).toEqual([3]);
      expect(await ids({ v: Decimal128.fromString('0.100') })).toEqual([3]);
    }
  });

  // Range operators and anything mingo evaluates still see doubles (toPlain).
  xit('range comparisons on Longs beyond 2^53 are exact', async () => {
    const c = db.collection<any>('c');
    await c.insertMany([
      { _id: 1, v: Long.fromString('9007199254740993') },
      { _id: 2, v: Long.fromString('9007199254740992') },
    ]);
    expect(
      (await c.find({ v: { $gt: Long.fromString('9007199254740992') } }).toArray()).map((d) => d._id),
    ).toEqual([1]);
  });

  it("$addToSet compares with stored typed numbers and keeps the added value's type", async () => {
    const c = db.collection<any>('c');
    await c.insertOne({ _id: 1, arr: [Long.fromNumber(2), new Double(1)] });
    await c.updateOne({ _id: 1 }, { $addToSet: { arr: Long.fromNumber(2) } });
    await c.updateOne({ _id: 1 }, { $addToSet: { arr: 1 } });
    await c.updateOne(
      { _id: 1 },
      { $addToSet: { arr: { $each: [new Double(3), 3, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: 1, b: 2 }] } } },
    );
    await c.updateOne({ _id: 1 }, { $addToSet: { fresh: { $each: [Long.fromNumber(4), 4] } } });
    const doc = (await c.findOne({ _id: 1 }, typed))!;
    expect(doc.arr).toEqual([
      Long.fromNumber(2),
      new Double(1),
      new Double(3),
      { a: new Int32(1), b: new Int32(2) },
      { b: new Int32(2), a: new Int32(1) },
    ]);
    expect(doc.fresh).toEqual([Long.fromNumber(4)]);
  });

  it('positional $ updates the element that matched a typed value', async () => {
    const c = db.collection<any>('c');
    await c.insertOne({ _id: 1, arr: [new Double(1), Long.fromNumber(2)] });
    await c.updateOne({ _id: 1, arr: Long.fromNumber(2) }, { $set: { 'arr.$': 'hit' } });
    expect((await c.findOne({ _id: 1 }, typed))!.arr).toEqual([new Double(1), 'hit']);
  });

  it('distinct Longs beyond 2^53 and distinct Decimal128s are distinct keys (_id and unique indexes)', async () => {
    const c = db.collection<any>('ids');
    await c.insertMany([
      { _id: Long.fromString('9007199254740993') },
      { _id: Long.fromString('9007199254740992') },
    ]);
    expect(await c.countDocuments()).toBe(2);
    const u = db.collection<any>('unique');
    await u.createIndex({ v: 1 }, { unique: true });
    await u.insertMany([
      { v: Long.fromString('9007199254740993') },
      { v: Long.fromString('9007199254740992') },
      { v: Decimal128.fromString('0.1') },
      { v: 0.1 },
    ]);
    await expectAsync(u.insertOne({ v: Decimal128.fromString('0.10') })).toBeRejectedWith(
      jasmine.objectContaining({ code: 11000 }),
    );
    await expectAsync(u.insertOne({ v: 2 ** 53 })).toBeRejectedWith(
      jasmine.objectContaining({ code: 11000 }),
    );
    expect(await u.countDocuments()).toBe(4);
  });

  it('updateLookup finds documents whose _id is a Decimal128 or a Long beyond 2^53', async () => {
    const c = db.collection<any>('watched');
    const ids = [Decimal128.fromString('0.1'), Long.fromString('9007199254740993'), new Double(3)];
    await c.insertMany(ids.map((_id) => ({ _id, n: 0 })));
    const stream = c.watch([], { fullDocument: 'updateLookup' });
    await stream.tryNext(); // opens the cursor before the writes
    for (const _id of ids) await c.updateOne({ _id }, { $inc: { n: 1 } });
    const seen: number[] = [];
    while (seen.length < ids.length) {
      const event = (await stream.next()) as any;
      seen.push(event.fullDocument?.n);
    }
    await stream.close();
    expect(seen).toEqual([1, 1, 1]);
  });
});
