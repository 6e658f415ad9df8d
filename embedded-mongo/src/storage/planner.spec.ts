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
});
