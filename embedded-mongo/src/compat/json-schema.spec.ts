import type { Db } from 'mongodb';
import { Double, Int32, Long } from 'bson';
import { startHarness, type Harness } from './harness.js';

/** $jsonSchema collection validators (121 DocumentValidationFailure), as mongod enforces them. */
describe('compat: $jsonSchema validators', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('schema');
  });

  const rejected = jasmine.objectContaining({ code: 121 });

  it('checks required, bsonType, enum, bounds, nested properties and items on every write path', async () => {
    await db.createCollection('people', {
      validator: {
        $jsonSchema: {
          required: ['name'],
          properties: {
            name: { bsonType: 'string', minLength: 2 },
            age: { bsonType: ['number', 'null'], minimum: 0 },
            kind: { enum: ['a', 'b', null] },
            tags: { bsonType: 'array', items: { bsonType: 'string' }, maxItems: 2 },
            address: {
              bsonType: 'object',
              required: ['city'],
              additionalProperties: false,
              properties: { city: { bsonType: 'string' } },
            },
          },
        },
      },
    });
    const c = db.collection<any>('people');
    await c.insertOne({ _id: 1, name: 'Ann', age: 3, kind: null, tags: ['x'], address: { city: 'Turku' } });
    await expectAsync(c.insertOne({ _id: 2 })).toBeRejectedWith(rejected);
    await expectAsync(c.insertOne({ _id: 3, name: 5 })).toBeRejectedWith(rejected);
    await expectAsync(c.insertOne({ _id: 4, name: 'Bo', age: -1 })).toBeRejectedWith(rejected);
    await expectAsync(c.insertOne({ _id: 5, name: 'Bo', kind: 'c' })).toBeRejectedWith(rejected);
    await expectAsync(c.insertOne({ _id: 6, name: 'Bo', tags: ['x', 1] })).toBeRejectedWith(rejected);
    await expectAsync(c.insertOne({ _id: 7, name: 'Bo', address: { city: 'x', zip: 1 } })).toBeRejectedWith(
      rejected,
    );
    await expectAsync(c.updateOne({ _id: 1 }, { $unset: { name: '' } })).toBeRejectedWith(rejected);
    await expectAsync(c.findOneAndUpdate({ _id: 1 }, { $set: { age: 'old' } })).toBeRejectedWith(rejected);
    await expectAsync(c.replaceOne({ _id: 1 }, { age: 1 })).toBeRejectedWith(rejected);
    expect(await c.countDocuments()).toBe(1);
  });

  it('tells BSON number types apart', async () => {
    await db.createCollection('nums', {
      validator: {
        $jsonSchema: {
          properties: { i: { bsonType: 'int' }, d: { bsonType: 'double' }, l: { bsonType: 'long' } },
        },
      },
    });
    const c = db.collection<any>('nums');
    await c.insertOne({ i: new Int32(1), d: new Double(2), l: Long.fromNumber(3) });
    await expectAsync(c.insertOne({ i: new Double(1) })).toBeRejectedWith(rejected);
    await expectAsync(c.insertOne({ d: new Int32(2) })).toBeRejectedWith(rejected);
    await expectAsync(c.insertOne({ l: new Int32(3) })).toBeRejectedWith(rejected);
  });

  it('honours validationLevel moderate and validationAction warn, and refuses unknown keywords', async () => {
    await db.collection<any>('lvl').insertOne({ _id: 1 });
    await db.command({
      collMod: 'lvl',
      validator: { $jsonSchema: { required: ['name'] } },
      validationLevel: 'moderate',
    });
    const c = db.collection<any>('lvl');
    await c.updateOne({ _id: 1 }, { $set: { x: 1 } }); // already invalid: not checked under moderate
    await expectAsync(c.insertOne({ _id: 2 })).toBeRejectedWith(rejected);
    await db.command({ collMod: 'lvl', validationAction: 'warn' });
    await c.insertOne({ _id: 3 });
    await expectAsync(
      db.createCollection('bad', { validator: { $jsonSchema: { bogusKeyword: 1 } } }),
    ).toBeRejected();
  });
});
