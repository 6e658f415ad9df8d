import { Collection, makeRecord } from './collection.js';
import { IndexStore } from './index-store.js';
import { planQuery } from './planner.js';
import { readCollection } from '../query/read.js';
import { CURRENT_VIEW } from './view.js';

function collectionWith(n: number): Collection {
  const coll = new Collection('db', 'c');
  coll.addIndex(new IndexStore({ v: 2, key: { n: 1 }, name: 'n_1' }));
  coll.addIndex(new IndexStore({ v: 2, key: { tags: 1 }, name: 'tags_1' }));
  coll.addIndex(new IndexStore({ v: 2, key: { d: -1 }, name: 'd_-1' }));
  for (let i = 0; i < n; i++)
    coll.put(makeRecord({ _id: i, n: i % 10, d: i, tags: [`t${i % 3}`, 'all'] }, i + 1), false);
  return coll;
}

describe('query planner', () => {
  const coll = collectionWith(100);

  it('uses an index for equality, $in and ranges on its leading field', () => {
    for (const filter of [
      { n: 3 },
      { n: { $in: [1, 2] } },
      { n: { $gt: 7 } },
      { $and: [{ n: { $lte: 1 } }] },
    ]) {
      const plan = planQuery(coll, filter, []);
      expect(plan.kind).toBe('IXSCAN');
      if (plan.kind === 'IXSCAN') expect(plan.index.name).toBe('n_1');
    }
    expect(
      planQuery(coll, { _id: 5, n: 5 }, []).kind === 'IXSCAN' &&
        (planQuery(coll, { _id: 5, n: 5 }, []) as any).index.name,
    ).toBe('_id_');
  });

  it('falls back to a collection scan for unindexed or non-indexable predicates', () => {
    expect(planQuery(coll, { other: 1 }, []).kind).toBe('COLLSCAN');
    expect(planQuery(coll, { n: { $ne: 1 } }, []).kind).toBe('COLLSCAN');
    expect(planQuery(coll, { n: /x/ }, []).kind).toBe('COLLSCAN');
  });

  it('returns exactly the matching documents and examines only the index range', () => {
    const r = readCollection(coll, CURRENT_VIEW, { filter: { n: { $gte: 8 } } });
    expect(r.records.length).toBe(20);
    expect(r.stats.docsExamined).toBe(20);
    const multikey = readCollection(coll, CURRENT_VIEW, { filter: { tags: { $in: ['t1', 'all'] } } });
    expect(multikey.records.length).toBe(100);
  });

  it('scans a descending index in both directions to provide sorts', () => {
    const desc = readCollection(coll, CURRENT_VIEW, { filter: { d: { $gte: 95 } }, sort: [['d', -1]] });
    expect(desc.records.map((r) => r.doc.d)).toEqual([99, 98, 97, 96, 95]);
    expect(desc.plan.providesSort).toBeTrue();
    const asc = readCollection(coll, CURRENT_VIEW, { filter: {}, sort: [['d', 1]], limit: 3 });
    expect(asc.records.map((r) => r.doc.d)).toEqual([0, 1, 2]);
    expect(asc.stats.docsExamined).toBe(3);
  });

  it('honours hints', () => {
    expect(planQuery(coll, { n: 1 }, [], { $natural: 1 }).kind).toBe('COLLSCAN');
    expect((planQuery(coll, {}, [], 'd_-1') as any).index.name).toBe('d_-1');
  });

  describe('on a compound index', () => {
    const tasks = new Collection('db', 'tasks');
    tasks.addIndex(new IndexStore({ v: 2, key: { status: 1 }, name: 'status_1' }));
    tasks.addIndex(new IndexStore({ v: 2, key: { status: 1, due: 1 }, name: 'status_1_due_1' }));
    for (let i = 0; i < 1000; i++)
      tasks.put(makeRecord({ _id: i, status: i % 2 ? 'open' : 'done', due: i, k: i % 3 }, i + 1), false);

    it('bounds the range after the equality prefix and prefers the index that bounds more fields', () => {
      const r = readCollection(tasks, CURRENT_VIEW, {
        filter: { status: 'open', due: { $gte: 100, $lt: 120 } },
      });
      expect(r.plan.kind === 'IXSCAN' && r.plan.index.name).toBe('status_1_due_1');
      expect(r.records.map((x) => x.doc._id)).toEqual([101, 103, 105, 107, 109, 111, 113, 115, 117, 119]);
      expect(r.stats.keysExamined).toBe(11);
      expect(r.stats.docsExamined).toBe(10);
    });

    it('combines $in on both fields into one interval per pair', () => {
      const r = readCollection(tasks, CURRENT_VIEW, {
        filter: { status: { $in: ['open', 'done'] }, due: { $in: [5, 6, 7.0, 7] } },
      });
      expect(r.records.map((x) => x.doc._id).sort()).toEqual([5, 6, 7]);
      expect(r.stats.docsExamined).toBe(3);
      expect(r.stats.keysExamined).toBeLessThanOrEqual(3 + 6);
    });

    it('provides the sort on the second field when the first is pinned to one value', () => {
      const plan = planQuery(tasks, { status: 'open' }, [['due', -1]]);
      expect(plan.providesSort).toBeTrue();
      expect(plan.kind === 'IXSCAN' && plan.direction).toBe(-1);
      const r = readCollection(tasks, CURRENT_VIEW, {
        filter: { status: 'open' },
        sort: [['due', -1]],
        limit: 3,
      });
      expect(r.records.map((x) => x.doc.due)).toEqual([999, 997, 995]);
      expect(r.stats.docsExamined).toBe(3);
      expect(planQuery(tasks, { status: { $in: ['open', 'done'] } }, [['due', 1]]).providesSort).toBeFalse();
    });
  });
});
