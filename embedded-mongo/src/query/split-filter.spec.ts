import { Long, ObjectId } from 'bson';
import { Query } from 'mingo';
import { toPlain } from '../bson/values.js';
import { makeRecord } from '../storage/collection.js';
import { compileFilter } from './read.js';

const a = new ObjectId();
const b = new ObjectId();
const c = new ObjectId();
const docs = [
  { _id: 1, t: a, s: 'open', n: 5, d: new Date('2020-01-01') },
  { _id: 2, t: b, s: 'closed', n: Long.fromNumber(7), d: new Date('2010-06-01') },
  { _id: 3, t: [a, c], s: ['open', 'x'], n: [1, 5] },
  { _id: 4, s: null, n: null },
  { _id: 5, t: c, s: 'done', n: 5.5, d: null },
  { _id: 6, t: [], s: [], n: [] },
];

describe('filters split between the fast field tests and mingo', () => {
  it('match exactly the documents mingo matches with the whole filter', () => {
    const filters = [
      { t: { $in: [a, b] }, s: { $ne: 'closed' } },
      { t: { $in: [a, c] }, s: { $nin: ['open', 'done'] } },
      { t: { $nin: [a] }, n: { $gte: 5 } },
      { t: { $ne: c }, d: { $gt: new Date('2015-01-01') } },
      { s: { $ne: 'open' }, n: { $lt: 6 } },
      { s: { $nin: [] }, n: { $exists: true } },
      { t: { $in: [] }, n: 5 },
      { n: { $ne: 5 }, s: { $exists: true } },
      { n: { $nin: [7, 1] }, s: { $type: 'string' } },
      { t: a, s: { $ne: null } },
      { s: { $ne: 'x' }, $or: [{ n: 5 }, { n: 7 }] },
      { t: { $nin: [b, c] }, 'd.x': { $exists: false } },
    ];
    for (const filter of filters) {
      const { matches } = compileFilter(filter);
      const query = new Query(toPlain(filter) as never);
      for (const doc of docs) {
        const record = makeRecord(doc, 1);
        expect(matches(record))
          .withContext(`${JSON.stringify(toPlain(filter))} on ${doc._id}`)
          .toBe(query.test(toPlain(doc) as never));
      }
    }
  });
});
