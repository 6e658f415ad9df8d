import net from 'node:net';
import type { Db } from 'mongodb';
import { decodeOpMsg, encodeOpMsgRequest } from '../wire/codec.js';
import { startHarness, type Harness } from './harness.js';

describe('compat: bad input', () => {
  let h: Harness;
  let db: Db;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.stop());
  beforeEach(() => {
    db = h.freshDb('bad');
  });

  it('answers unknown commands with CommandNotFound', async () => {
    await expectAsync(db.command({ definitelyNotACommand: 1 })).toBeRejectedWith(
      jasmine.objectContaining({ code: 59 }),
    );
    await expectAsync(db.command({ constructor: 1 })).toBeRejectedWith(
      jasmine.objectContaining({ code: 59 }),
    );
  });

  it('rejects documents over 16 MB', async () => {
    const big = 'x'.repeat(16 * 1024 * 1024 + 10);
    const err = await db
      .collection<any>('big')
      .insertOne({ big })
      .catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    if (h.engine) expect(err.code).toBe(10334);
  });

  it('rejects updates that would grow a document past 16 MB', async () => {
    const c = db.collection<any>('grow');
    await c.insertOne({ _id: 1, a: 'x'.repeat(9 * 1024 * 1024) });
    const err = await c.updateOne({ _id: 1 }, { $set: { b: 'y'.repeat(9 * 1024 * 1024) } }).catch((e) => e);
    expect(err).toBeInstanceOf(Error);
    expect((await c.findOne({ _id: 1 }))?.b).toBeUndefined();
  });

  it('rejects top-level $ field names and array _id', async () => {
    const c = db.collection<any>('names');
    await expectAsync(
      db.command({ insert: 'names', documents: [{ $bad: 1 }] }).then((r) => {
        if (r.writeErrors) throw r.writeErrors[0];
      }),
    ).toBeRejected();
    await expectAsync(c.insertOne({ _id: [1, 2] as never })).toBeRejectedWith(
      jasmine.objectContaining({ code: 53 }),
    );
    expect(await c.countDocuments()).toBe(0);
  });

  it('refuses unsupported query features with a clear error', async () => {
    const c = db.collection<any>('feat');
    await c.insertOne({ a: 1 });
    await expectAsync(c.find({ $where: 'this.a == 1' }).toArray()).toBeRejected();
    await expectAsync(c.find({ $text: { $search: 'x' } }).toArray()).toBeRejected();
    await expectAsync(c.find({ loc: { $near: [0, 0] } }).toArray()).toBeRejected();
    await expectAsync(
      c
        .aggregate([{ $project: { x: { $function: { body: 'function(){}', args: [], lang: 'js' } } } }])
        .toArray(),
    ).toBeRejected();
  });

  it('rejects wrong argument types', async () => {
    await expectAsync(db.command({ find: 'x', filter: 5 })).toBeRejectedWith(
      jasmine.objectContaining({ code: 14 }),
    );
    await expectAsync(db.command({ find: 'x', skip: -1 })).toBeRejected();
  });

  it('keeps serving other connections after garbage bytes on a socket', async () => {
    if (!h.engine) return pending('only meaningful against the embedded engine');
    const garbage = net.connect(h.engine.port, '127.0.0.1');
    await new Promise<void>((resolve) => garbage.once('connect', () => resolve()));
    const closed = new Promise<void>((resolve) => garbage.once('close', () => resolve()));
    garbage.write(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
    await closed;
    const truncated = net.connect(h.engine.port, '127.0.0.1');
    await new Promise<void>((resolve) => truncated.once('connect', () => resolve()));
    const header = Buffer.alloc(26);
    header.writeInt32LE(26, 0);
    header.writeInt32LE(2013, 12);
    header[20] = 7; // unknown section kind
    truncated.write(header);
    await new Promise((r) => setTimeout(r, 50));
    truncated.destroy();
    expect((await db.command({ ping: 1 })).ok).toBe(1);
  });

  it('refuses a document with invalid UTF-8 in a string (FailedToParse) and stores nothing', async () => {
    if (!h.engine) return pending('the embedded engine refuses invalid UTF-8; mongod may store it');
    const request = encodeOpMsgRequest(
      { insert: 'utf8', documents: [{ _id: 1, ok: 'x'.repeat(900), s: 'QQQQ' }], $db: db.databaseName },
      7,
    );
    request.set([0x61, 0xff, 0xfe, 0x62], request.indexOf('QQQQ'));
    const socket = net.connect(h.engine.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const reply = await new Promise<Buffer>((resolve) => {
      let received = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        received = Buffer.concat([received, chunk]);
        if (received.length >= 4 && received.length >= received.readInt32LE(0)) resolve(received);
      });
      socket.write(request);
    });
    socket.destroy();
    expect(decodeOpMsg(reply).command).toEqual(
      jasmine.objectContaining({ ok: 0, code: 9, codeName: 'FailedToParse' }),
    );
    expect(await db.collection('utf8').countDocuments()).toBe(0);
  });
});
