import { MongoClient } from 'mongodb';
import { makeTempDir, removeDir } from './persistence/test-support.js';
import { startEngineInWorker } from './index.js';

describe('the engine in a worker thread', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('worker')));
  afterEach(() => removeDir(dir));

  it('serves the driver, and what it acknowledged is there after the worker is stopped and started again', async () => {
    const logs: string[] = [];
    const first = await startEngineInWorker({ port: 0, dbPath: dir, logger: (m) => logs.push(m) });
    expect(first.uri).toMatch(/^mongodb:\/\/127\.0\.0\.1:\d+\/\?directConnection=true$/);
    const client = await MongoClient.connect(first.uri);
    await client
      .db('app')
      .collection('notes')
      .insertMany([{ _id: 1, text: 'tallessa' } as never]);
    await client.close();
    await first.stop();
    await first.stop(); // a second stop is the same stop

    const second = await startEngineInWorker({ port: 0, dbPath: dir });
    const again = await MongoClient.connect(second.uri);
    expect(await again.db('app').collection('notes').find().toArray()).toEqual([
      { _id: 1, text: 'tallessa' } as never,
    ]);
    await again.close();
    await second.stop();
  });

  it('refuses to start with a clear error, and leaves the files of the engine that holds them alone', async () => {
    const holder = await startEngineInWorker({ port: 0, dbPath: dir });
    await expectAsync(startEngineInWorker({ port: 0, dbPath: dir })).toBeRejectedWithError(/lock|in use/i);
    await expectAsync(startEngineInWorker({ port: 0, bind: '10.1.2.3' })).toBeRejectedWithError(
      /loopback|allowRemote|remote/i,
    );
    const client = await MongoClient.connect(holder.uri);
    expect(await client.db('app').command({ ping: 1 })).toEqual(jasmine.objectContaining({ ok: 1 }));
    await client.close();
    await holder.stop();
  });
});
