import type { Db, Document } from 'mongodb';
import { startHarness, type Harness } from './harness.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 1);
const STATUSES = ['open', 'done', 'cancelled', null, undefined];

/** Tasks with every status and due-date shape: dates, missing, null, numbers and strings. */
function tasks(n: number): Document[] {
  const out: Document[] = [];
  for (let i = 0; i < n; i++) {
    const doc: Document = { _id: i, n: i % 10 };
    const status = STATUSES[i % STATUSES.length];
    if (status !== undefined) doc.status = status;
    const shape = i % 13;
    if (shape === 0) doc.dueDate = null;
    else if (shape === 1) doc.dueDate = i;
    else if (shape === 2) doc.dueDate = `d${i}`;
    else if (shape !== 3) doc.dueDate = new Date(T0 + (i % 100) * DAY);
    out.push(doc);
  }
  return out;
}

interface Stats {
  totalKeysExamined: number;
  totalDocsExamined: number;
  nReturned: number;
}

describe('compat: compound index bounds', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
    db = h.freshDb('bounds');
    await db.collection('tasks').insertMany(tasks(2000));
    await db.collection('tasks').createIndex({ status: 1, dueDate: 1 });
    await db.collection('desc').insertMany(tasks(600));
    await db.collection('desc').createIndex({ status: 1, dueDate: -1 });
  });
  afterAll(async () => h.stop());

  const stats = async (coll: string, filter: Document, sort?: Document): Promise<Stats> => {
    const cursor = db.collection(coll).find(filter);
    if (sort) cursor.sort(sort);
    const explain = (await cursor.explain('executionStats')) as Document;
    return explain.executionStats as Stats;
  };
  /** The same query answered by a collection scan, ordered by _id. */
  const scanned = (coll: string, filter: Document) =>
    db.collection(coll).find(filter).hint({ $natural: 1 }).sort({ _id: 1 }).toArray();
  const viaIndex = async (coll: string, filter: Document) =>
    (await db.collection(coll).find(filter).toArray()).sort((a, b) => Number(a._id) - Number(b._id));

  it('bounds a range on the second field after an equality on the first', async () => {
    const filter = { status: 'open', dueDate: { $lt: new Date(T0 + 10 * DAY) } };
    const s = await stats('tasks', filter);
    const open = await db.collection('tasks').countDocuments({ status: 'open' });
    expect(s.nReturned).toBe((await scanned('tasks', filter)).length);
    expect(s.nReturned).toBeGreaterThan(10);
    expect(s.totalKeysExamined).toBeLessThanOrEqual(s.nReturned + 1);
    expect(s.totalDocsExamined).toBe(s.nReturned);
    expect(open).toBeGreaterThan(s.nReturned * 5);
  });

  it('bounds $in and equality on the second field, and $in on the first', async () => {
    const filter = {
      status: { $in: ['open', 'done'] },
      dueDate: { $in: [new Date(T0 + 10 * DAY), new Date(T0 + 11 * DAY), 40] },
    };
    const s = await stats('tasks', filter);
    expect(s.nReturned).toBe((await scanned('tasks', filter)).length);
    expect(s.nReturned).toBeGreaterThan(0);
    expect(s.totalKeysExamined).toBeLessThanOrEqual(s.nReturned + 6);
  });

  it('answers exactly what a collection scan answers (null, missing, mixed types, $and)', async () => {
    const d = (days: number) => new Date(T0 + days * DAY);
    const filters: Document[] = [
      { status: 'open', dueDate: { $gte: d(20), $lt: d(30) } },
      { status: 'open', dueDate: { $gt: d(20) } },
      { status: 'open', dueDate: { $lte: d(20) } },
      { status: 'open', dueDate: null },
      { status: null, dueDate: { $lt: d(50) } },
      { status: null, dueDate: null },
      { status: { $in: [null, 'done'] }, dueDate: { $exists: false } },
      { status: 'done', dueDate: { $gte: 500 } },
      { status: 'done', dueDate: { $lt: 'd9' } },
      { status: 'open', dueDate: { $gte: 'd1' } },
      { status: 'open', dueDate: { $gte: MinDateFilter() } },
      { status: 'cancelled', $and: [{ dueDate: { $gt: d(5) } }, { dueDate: { $lt: d(8) } }] },
      { status: 'open', dueDate: { $ne: null } },
      { status: 'open', n: 3 },
      { status: 'open', dueDate: { $in: [null, d(3)] } },
      { status: 'nobody', dueDate: { $lt: d(99) } },
    ];
    for (const filter of filters) {
      const expected = await scanned('tasks', filter);
      expect(await viaIndex('tasks', filter))
        .withContext(JSON.stringify(filter))
        .toEqual(expected);
      expect(await viaIndex('desc', filter))
        .withContext(`desc ${JSON.stringify(filter)}`)
        .toEqual(await scanned('desc', filter));
    }
  });

  it('returns the sort order of the index after the equality prefix, in both directions', async () => {
    const filter = { status: 'open', dueDate: { $gte: new Date(T0 + 50 * DAY) } };
    const byDue = (a: Document, b: Document) =>
      a.dueDate.getTime() - b.dueDate.getTime() || Number(a._id) - Number(b._id);
    for (const coll of ['tasks', 'desc']) {
      const expected = (await scanned(coll, filter)).sort(byDue).map((t) => t.dueDate.getTime());
      const asc = await db.collection(coll).find(filter).sort({ dueDate: 1 }).toArray();
      const desc = await db.collection(coll).find(filter).sort({ dueDate: -1 }).limit(5).toArray();
      expect(asc.map((t) => t.dueDate.getTime()))
        .withContext(coll)
        .toEqual(expected);
      expect(desc.map((t) => t.dueDate.getTime()))
        .withContext(coll)
        .toEqual([...expected].reverse().slice(0, 5));
    }
    const limited = await stats('tasks', { status: 'open' }, { dueDate: 1 });
    expect(limited.nReturned).toBe(await db.collection('tasks').countDocuments({ status: 'open' }));
  });

  it('keeps multikey matches: one array field with a bounded scalar field', async () => {
    const c = db.collection('multi');
    const docs: Document[] = [];
    for (let i = 0; i < 300; i++)
      docs.push({ _id: i, tags: i % 4 ? [`t${i % 5}`, 'all', i % 7] : `t${i % 5}`, n: i % 20 });
    docs.push({ _id: 1000, tags: [], n: 5 }, { _id: 1001, n: 5 }, { _id: 1002, tags: null, n: 6 });
    await c.insertMany(docs);
    await c.createIndex({ tags: 1, n: 1 });
    const filters: Document[] = [
      { tags: 't1', n: { $gte: 3, $lt: 7 } },
      { tags: { $in: ['t2', 3] }, n: 4 },
      { tags: 'all', n: { $gt: 15 } },
      { tags: null, n: { $lte: 6 } },
      { tags: { $gt: 2, $lt: 5 }, n: { $gte: 0 } },
    ];
    for (const filter of filters) {
      const expected = await db
        .collection('multi')
        .find(filter)
        .hint({ $natural: 1 })
        .sort({ _id: 1 })
        .toArray();
      const got = (await c.find(filter).toArray()).sort((a, b) => Number(a._id) - Number(b._id));
      expect(got).withContext(JSON.stringify(filter)).toEqual(expected);
    }
    const s = (await c.find({ tags: 't1', n: { $gte: 3, $lt: 7 } }).explain('executionStats')) as Document;
    expect(s.executionStats.totalKeysExamined).toBeLessThan(40);
  });

  it('indexes two fields under one array, and still refuses parallel arrays', async () => {
    const c = db.collection('items');
    await c.createIndex({ 'items.k': 1, 'items.v': 1 });
    await c.insertOne({
      _id: 1 as never,
      items: [
        { k: 'a', v: 1 },
        { k: 'b', v: 2 },
      ],
    });
    await c.insertOne({ _id: 2 as never, items: [{ k: 'a', v: 2 }] });
    await c.insertOne({ _id: 3 as never, items: { k: 'a', v: 3 } });
    const ids = async (filter: Document) =>
      (await c.find(filter).toArray()).map((d) => Number(d._id)).sort((a, b) => a - b);
    expect(await ids({ 'items.k': 'a', 'items.v': 2 })).toEqual([1, 2]);
    expect(await ids({ 'items.k': 'b', 'items.v': { $gte: 2 } })).toEqual([1]);
    expect(await ids({ items: { $elemMatch: { k: 'a', v: 2 } } })).toEqual([2]);
    expect(await ids({ 'items.k': 'a', 'items.v': { $gt: 0 } })).toEqual([1, 2, 3]);

    const p = db.collection('parallel');
    await p.createIndex({ a: 1, b: 1 });
    await p.insertOne({ a: [1, 2], b: 1 });
    await expectAsync(p.insertOne({ a: [1, 2], b: [3, 4] })).toBeRejectedWith(
      jasmine.objectContaining({ code: 171 }),
    );
    expect(await p.countDocuments({})).toBe(1);
  });
});

/** A range from the smallest date: every date matches, nothing of another type. */
function MinDateFilter(): Date {
  return new Date(-8_640_000_000_000_000);
}
