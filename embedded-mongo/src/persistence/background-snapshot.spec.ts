/**
 * Snapshots are written in the background (snapshot-writer.ts): while a snapshot of 100k documents is
 * being written the engine keeps answering, and whatever is written meanwhile survives a restart
 * exactly once. A closing engine gives the snapshot up promptly and cleanly.
 */
import { existsSync, readdirSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Db } from 'mongodb';
import { snapshotPath } from './file-names.js';
import { describeState, makeTempDir, removeDir, serveEngineOnFiles } from './test-support.js';

const DOCS = 100_000;

const start = (dbPath: string, compactAfterBytes: number) =>
  serveEngineOnFiles(dbPath, compactAfterBytes, 'bg');

/** Writes DOCS small documents plus a few small collections with a journal limit never reached. */
async function seed(dbPath: string): Promise<void> {
  const seeding = await start(dbPath, Number.MAX_SAFE_INTEGER);
  const big = seeding.db.collection('big');
  await big.createIndex({ n: 1 });
  for (let from = 0; from < DOCS; from += 10_000) {
    await big.insertMany(
      Array.from({ length: 10_000 }, (_, i) => ({
        _id: from + i,
        n: from + i,
        s: `doc ${from + i}`,
        tags: ['a'],
      })) as never[],
    );
  }
  for (const name of ['victim', 'moving', 'edited']) {
    await seeding.db
      .collection(name)
      .insertMany(Array.from({ length: 10 }, (_, i) => ({ _id: i, name })) as never[]);
  }
  await seeding.db.collection('edited').createIndex({ name: 1 }, { name: 'by_name' });
  await seeding.stop();
}

const tempFiles = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

async function until(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const giveUp = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > giveUp) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

/** The state with the documents the specs touch (the bulk of `big` in between is only counted). */
const describeTouched = (db: Db) => describeState(db, { n: { $not: { $gte: 1000, $lt: 98_000 } } });

describe('background snapshots (engine)', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('bg-snapshot')));
  afterEach(() => removeDir(dir));

  it('keeps answering while a snapshot of 100k documents is written (no event-loop block over 100 ms)', async () => {
    await seed(dir);
    const engine = await start(dir, 1024 * 1024); // the journal from seeding is past the limit
    const written = () => engine.logs.some((m) => m.startsWith('snapshot 1 written'));
    const delays = monitorEventLoopDelay({ resolution: 5 });
    let pings = 0;
    let slowest = 0;
    delays.enable();
    // From just before the commit that triggers the snapshot until the snapshot file is complete.
    let stopped = false;
    const pinger = (async () => {
      while (!stopped) {
        let sent = performance.now();
        await engine.db.command({ ping: 1 });
        slowest = Math.max(slowest, performance.now() - sent);
        sent = performance.now();
        expect(await engine.db.collection('big').findOne({ n: pings % DOCS })).not.toBeNull();
        slowest = Math.max(slowest, performance.now() - sent);
        pings++;
      }
    })();
    await engine.db.collection('big').insertOne({ _id: 'trigger' as never, n: -1 });
    await until(written, 'the snapshot to be written');
    stopped = true;
    await pinger;
    delays.disable();
    const longestBlockMs = delays.max / 1e6;
    console.log(
      `\n[background snapshot] ${pings} pings and finds from the trigger to the end of the snapshot, slowest ${slowest.toFixed(1)} ms, longest event-loop delay ${longestBlockMs.toFixed(1)} ms`,
    );
    expect(pings).toBeGreaterThan(5); // the snapshot took a while and the engine answered meanwhile
    expect(longestBlockMs).toBeLessThan(100);
    expect(slowest).toBeLessThan(100);
    await engine.stop();
  }, 120_000);

  it('keeps writes, updates, deletes, drops and renames made during the snapshot, once, across a restart', async () => {
    await seed(dir);
    const engine = await start(dir, 1024 * 1024);
    const { db } = engine;
    await db.collection('big').insertOne({ _id: 'trigger' as never, n: -1 });
    await until(() => tempFiles(dir).length > 0, 'the snapshot to start');
    await Promise.all([
      db
        .collection('big')
        .insertMany(Array.from({ length: 1000 }, (_, i) => ({ _id: DOCS + i, n: DOCS + i })) as never[]),
      db.collection('big').updateMany({ n: { $lt: 500 } }, { $set: { updated: true }, $inc: { n: 0.5 } }),
      db.collection('big').updateOne({ _id: 7 as never }, [{ $set: { tags: ['b'], 'deep.x': 1 } }]),
      db.collection('big').deleteMany({ n: { $gte: 99_000, $lt: DOCS } }),
      db.collection('victim').drop(),
      db.collection('moving').rename('moved'),
      db.collection('edited').dropIndex('by_name'),
      db
        .createCollection('fresh', { validator: { name: { $exists: true } } })
        .then((fresh) =>
          fresh.createIndex({ name: 1 }, { unique: true }).then(() => fresh.insertOne({ name: 'new' })),
        ),
    ]);
    // All of the above happened between the cut and the end of the snapshot file.
    expect(engine.logs.filter((m) => m.startsWith('snapshot 1 written'))).toEqual([]);
    await until(() => engine.logs.some((m) => m.startsWith('snapshot 1 written')), 'the snapshot to end');
    const before = await describeTouched(db);
    expect(before['big'].count).toBe(DOCS + 1 + 1000 - 1000);
    expect(Object.keys(before).sort()).toEqual(['big', 'edited', 'fresh', 'moved']);
    await engine.stop();
    expect(existsSync(snapshotPath(dir, 1))).toBeTrue();

    const again = await start(dir, Number.MAX_SAFE_INTEGER); // snapshot 1 + journal 2
    expect(await describeTouched(again.db)).toEqual(before);
    expect(await again.db.collection('big').findOne({ _id: 7 as never })).toEqual({
      _id: 7,
      n: 7.5,
      s: 'doc 7',
      tags: ['b'],
      updated: true,
      deep: { x: 1 },
    } as never);
    await again.stop();
  }, 120_000);

  it('gives a running snapshot up when the engine closes: prompt stop, no temp file, nothing lost', async () => {
    await seed(dir);
    const engine = await start(dir, 1024 * 1024);
    await engine.db.collection('big').insertOne({ _id: 'trigger' as never, n: -1 });
    await until(() => tempFiles(dir).length > 0, 'the snapshot to start');
    const stopping = performance.now();
    await engine.stop();
    const stopMs = performance.now() - stopping;
    expect(engine.logs.some((m) => /snapshot 1 abandoned/.test(m)))
      .withContext(engine.logs.join('\n'))
      .toBeTrue();
    expect(stopMs).toBeLessThan(1000);
    expect(tempFiles(dir)).toEqual([]);
    expect(existsSync(snapshotPath(dir, 1))).toBeFalse();

    // Journals 1 and 2 are replayed; their size together asks for a snapshot at once.
    const again = await start(dir, 1024 * 1024);
    expect(await again.db.collection('big').countDocuments()).toBe(DOCS + 1);
    expect(again.persistence.wantsSnapshot()).toBeTrue();
    await again.db.collection('big').insertOne({ _id: 'after' as never, n: -2 });
    await until(() => again.logs.some((m) => m.startsWith('snapshot 2 written')), 'the next snapshot');
    await again.stop();
    const third = await start(dir, Number.MAX_SAFE_INTEGER);
    expect(await third.db.collection('big').countDocuments()).toBe(DOCS + 2);
    await third.stop();
  }, 120_000);
});
