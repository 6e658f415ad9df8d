import mongoose from 'mongoose';
import { startHarness, type Harness } from './harness.js';

describe('compat: mongoose', () => {
  let h: Harness;
  let conn: mongoose.Connection;
  const dbName = `mongoose_${process.pid}`;

  const User = new mongoose.Schema({ email: { type: String, unique: true, required: true }, name: String });
  const Post = new mongoose.Schema({
    title: String,
    author: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  });

  beforeAll(async () => {
    h = await startHarness();
    conn = await mongoose.createConnection(h.uri, { dbName, serverSelectionTimeoutMS: 5000 }).asPromise();
    conn.model('User', User);
    conn.model('Post', Post);
    await conn.model('User').init();
  });
  afterAll(async () => {
    await conn.dropDatabase().catch(() => undefined);
    await conn.close();
    await h.stop();
  });

  it('surfaces unique violations as MongoServerError 11000', async () => {
    const Users = conn.model('User');
    await Users.create({ email: 'dup@x', name: 'one' });
    const err = await Users.create({ email: 'dup@x', name: 'two' }).catch((e) => e);
    expect(err.name).toBe('MongoServerError');
    expect(err.code).toBe(11000);
    expect(err.keyValue).toEqual({ email: 'dup@x' });
  });

  it('populates references', async () => {
    const author = await conn.model('User').create({ email: 'pop@x', name: 'Writer' });
    await conn.model('Post').create({ title: 'Hello', author: author._id });
    const post = await conn
      .model('Post')
      .findOne({ title: 'Hello' })
      .populate('author')
      .lean<{ author: { name: string } }>();
    expect(post?.author.name).toBe('Writer');
  });

  it('runs connection.transaction() and rolls back on error', async () => {
    const Users = conn.model('User');
    await conn.transaction(async (session) => {
      await Users.create([{ email: 'tx1@x' }], { session });
      await Users.updateOne({ email: 'tx1@x' }, { name: 'in tx' }, { session });
    });
    expect((await Users.findOne({ email: 'tx1@x' }).lean<{ name: string }>())?.name).toBe('in tx');
    await expectAsync(
      conn.transaction(async (session) => {
        await Users.create([{ email: 'tx2@x' }], { session });
        throw new Error('boom');
      }),
    ).toBeRejectedWithError('boom');
    expect(await Users.countDocuments({ email: 'tx2@x' })).toBe(0);
  });
});
