import type { Db } from 'mongodb';
import { DBRef, Double, Long, ObjectId } from 'bson';
import { startHarness, type Harness } from './harness.js';

/** $pull conditions, wrong-type updates and positional paths, as mongod answers them. */
describe('compat: array updates', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('arr');
  });

  async function pulled(cond: unknown): Promise<string> {
    const c = db.collection<any>('pull');
    await c.deleteMany({});
    await c.insertOne({ _id: 1, m: [{ n: 'a', r: 'x' }, { n: 'b', r: 'y' }, { n: 'c', r: 'z' }, 'a'] });
    await c.updateOne({ _id: 1 }, { $pull: { m: cond } } as any);
    const doc = await c.findOne({ _id: 1 });
    return doc!.m.map((e: any) => (typeof e === 'string' ? `s${e}` : e.n)).join('');
  }

  it('$pull treats a condition document as a query on each element', async () => {
    expect(await pulled({ $or: [{ n: 'a' }, { n: 'b' }] })).toBe('csa');
    expect(await pulled({ $and: [{ n: 'a' }, { r: 'x' }] })).toBe('bcsa');
    expect(await pulled({ $nor: [{ n: 'a' }] })).toBe('asa'); // scalars never match a document query
    expect(await pulled({ n: 'a', r: 'x' })).toBe('bcsa');
    expect(await pulled({ n: { $in: ['a', 'c'] } })).toBe('bsa');
    expect(await pulled({})).toBe('sa');
    expect(await pulled('a')).toBe('abc');
  });

  it('$pull applies value operators and equality to scalar elements, keeping types', async () => {
    const c = db.collection<any>('scalars');
    await c.insertOne({ _id: 1, a: [1, 5, 9, 'x'], b: [new Double(2), new Long(3), 4], re: ['abc', 'xyz'] });
    await c.updateOne({ _id: 1 }, { $pull: { a: { $gte: 5 }, b: 3, re: /^a/ } } as any);
    await c.updateOne({ _id: 1 }, { $pullAll: { b: [2] } } as any);
    const doc = await c.findOne({ _id: 1 }, { promoteValues: false });
    expect(doc!.a.map((v: any) => (typeof v === 'object' ? v.value : v))).toEqual([1, 'x']);
    expect(doc!.b.map((v: any) => v.value)).toEqual([4]);
    expect(doc!.re).toEqual(['xyz']);
  });

  it('$pull removes DBRef elements by their $ref / $id', async () => {
    const c = db.collection<any>('refs');
    const a = new ObjectId();
    const b = new ObjectId();
    await c.insertOne({ _id: 1, refs: [new DBRef('users', a), new DBRef('users', b)] });
    await c.updateOne({ _id: 1 }, { $pull: { refs: new DBRef('users', a) } } as any);
    const doc = await c.findOne({ _id: 1 });
    expect(doc!.refs.map((r: any) => r.oid.toHexString())).toEqual([b.toHexString()]);
  });

  it('refuses array operators on non-arrays and $set through scalars', async () => {
    const c = db.collection<any>('types');
    await c.insertOne({ _id: 1, num: 5, a: 5, comments: [{ body: 'x' }], nul: null });
    const fails = async (u: unknown, code: number) => {
      await expectAsync(c.updateOne({ _id: 1 }, u as any))
        .withContext(JSON.stringify(u))
        .toBeRejectedWith(jasmine.objectContaining({ code }));
    };
    await fails({ $push: { num: 42 } }, 2);
    await fails({ $addToSet: { num: 42 } }, 2);
    await fails({ $pull: { num: 42 } }, 2);
    await fails({ $pullAll: { num: [42] } }, 2);
    await fails({ $pop: { num: 1 } }, 14);
    await fails({ $set: { 'a.b': 1 } }, 28);
    await fails({ $set: { 'comments.body': 'fail' } }, 28);
    await fails({ $set: { 'nul.x': 1 } }, 28);
    await fails({ $inc: { 'a.b': 1 } }, 28);
    expect(await c.findOne({ _id: 1 })).toEqual({
      _id: 1,
      num: 5,
      a: 5,
      comments: [{ body: 'x' }],
      nul: null,
    });
    // Missing fields are created, and indexed array paths are fine.
    await c.updateOne({ _id: 1 }, {
      $push: { fresh: 1 },
      $set: { 'comments.0.body': 'y', 'new.deep': 1 },
    } as any);
    expect(await c.findOne({ _id: 1 }, { projection: { fresh: 1, comments: 1, new: 1 } })).toEqual({
      _id: 1,
      fresh: [1],
      comments: [{ body: 'y' }],
      new: { deep: 1 },
    });
  });

  it('a bulk write reports the wrong-type statement as a write error', async () => {
    const c = db.collection<any>('bulk');
    await c.insertOne({ _id: 1, num: 1 });
    const res = await c
      .bulkWrite(
        [
          { updateOne: { filter: { _id: 1 }, update: { $push: { num: 42 } } as any } },
          { updateOne: { filter: { _id: 1 }, update: { $inc: { num: 1 } } } },
        ],
        { ordered: false },
      )
      .catch((e) => e);
    expect(res.writeErrors?.length ?? res.result?.getWriteErrors?.().length).toBe(1);
    expect((await c.findOne({ _id: 1 }))!.num).toBe(2);
  });

  it('allows several positional paths into the same array', async () => {
    const c = db.collection<any>('pos');
    await c.insertOne({
      _id: 1,
      children: [
        { name: 'foo', n: 1 },
        { name: 'bar', n: 2 },
      ],
    });
    const at = new Date(1000);
    await c.updateOne(
      { 'children.name': 'bar' },
      { $set: { 'children.$.name': 'baz', 'children.$.updatedAt': at } },
    );
    await c.updateOne({ _id: 1 }, { $set: { 'children.$[].seen': true }, $inc: { 'children.$[].n': 10 } });
    await c.updateOne(
      { _id: 1 },
      { $set: { 'children.$[e].key': 'k', 'children.$[e].n': 0 } },
      { arrayFilters: [{ 'e.n': { $gt: 11 } }] },
    );
    expect((await c.findOne({ _id: 1 }))!.children).toEqual([
      { name: 'foo', n: 11, seen: true },
      { name: 'baz', n: 0, updatedAt: at, seen: true, key: 'k' },
    ]);
  });

  it('still rejects real conflicts and unmatched positional updates', async () => {
    const c = db.collection<any>('conf');
    await c.insertOne({ _id: 1, a: [{ x: 1 }], b: { c: 1 } });
    await expectAsync(c.updateOne({ _id: 1 }, { $set: { b: 1, 'b.c': 2 } })).toBeRejectedWith(
      jasmine.objectContaining({ code: 40 }),
    );
    await expectAsync(
      c.updateOne({ _id: 1 }, { $set: { 'a.$.x': 1 }, $unset: { 'a.$': 1 } } as any),
    ).toBeRejectedWith(jasmine.objectContaining({ code: 40 }));
    await expectAsync(
      c.updateOne({ _id: 1 }, { $set: { 'a.$[].x': 1, 'a.0.x': 2 } } as any),
    ).toBeRejectedWith(jasmine.objectContaining({ code: 40 }));
    await expectAsync(c.updateOne({ _id: 1 }, { $set: { 'a.$.x': 1 } })).toBeRejectedWith(
      jasmine.objectContaining({ code: 2 }),
    );
    await expectAsync(c.updateOne({ _id: 1 }, { $set: { 'a.$[u].x': 1 } } as any)).toBeRejectedWith(
      jasmine.objectContaining({ code: 2 }),
    );
    await expectAsync(
      c.updateOne({ _id: 1 }, { $set: { 'a.$[Bad].x': 1 } } as any, { arrayFilters: [{ 'Bad.x': 1 }] }),
    ).toBeRejected();
    expect(await c.findOne({ _id: 1 })).toEqual({ _id: 1, a: [{ x: 1 }], b: { c: 1 } });
  });
});
