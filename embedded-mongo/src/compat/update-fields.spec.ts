import type { Db } from 'mongodb';
import { Binary } from 'bson';
import { startHarness, type Harness } from './harness.js';

/** $set / $inc on unusual field names and values: `__proto__` is a plain field, Binary subtypes count. */
describe('compat: update field names and values', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('fields');
  });

  it('treats __proto__ as an ordinary field and never touches Object.prototype', async () => {
    const c = db.collection<any>('proto');
    await c.insertOne({ _id: 1 });
    await c.updateOne({ _id: 1 }, { $inc: { '__proto__.polluted': 1 } });
    const payload = JSON.parse('{"__proto__": "abcd"}');
    await c.updateOne({ _id: 1 }, { $set: { path1: payload } });
    expect(({} as any).polluted).toBeUndefined();
    const doc = await c.findOne({ _id: 1 });
    expect(Object.prototype.hasOwnProperty.call(doc!.path1, '__proto__')).toBeTrue();
    expect(Object.getOwnPropertyDescriptor(doc, '__proto__')?.value).toEqual(JSON.parse('{"polluted": 1}'));
  });

  it('a $set that only changes a Binary subtype is a modification', async () => {
    const c = db.collection<any>('bin');
    await c.insertOne({ _id: 1, b: new Binary(Buffer.from('hi'), 128) });
    const r = await c.updateOne({ _id: 1 }, { $set: { b: new Binary(Buffer.from('hi'), 0) } });
    expect(r.modifiedCount).toBe(1);
    expect((await c.findOne({ _id: 1 }))!.b.sub_type).toBe(0);
  });
});
