import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { startEngine } from '../index.js';
import { runUntilKilled, taggedNumbers } from './crash/kill-child.js';
import { makeTempDir, removeDir } from './test-support.js';

const CHILD = fileURLToPath(new URL('./crash/engine-crash-child.js', import.meta.url));
const ITERATIONS = 10;
/** Small enough that snapshots are written (in the background) many times per run. */
const COMPACT_AFTER_BYTES = 64 * 1024;

/** Deterministic kill delays (ms after the child is ready), spread over 50..850. */
const delayFor = (iteration: number): number => 50 + ((iteration * 7919) % 800);

const TAGS = ['ack', 'tack', 'cack', 'rack', 'dack', 'xack'] as const;

async function runAndKill(
  dbPath: string,
  first: number,
  killAfterMs: number,
): Promise<Record<(typeof TAGS)[number], number[]>> {
  const out = await runUntilKilled(CHILD, [dbPath, String(first), String(COMPACT_AFTER_BYTES)], killAfterMs);
  return Object.fromEntries(TAGS.map((tag) => [tag, taggedNumbers(out, tag)])) as never;
}

describe('engine crash safety end to end (SIGKILL, wire protocol, sync batch)', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('engine-crash')));
  afterEach(() => removeDir(dir));

  it(`keeps every acknowledged write, update, delete, rename and drop, all-or-nothing, over ${ITERATIONS} kills`, async () => {
    let totalAcked = 0;
    let counter = 0;
    let snapshotsSeen = 0;
    let killedMidSnapshot = 0;
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const delay = delayFor(iteration);
      const acks = await runAndKill(`${dir}/db`, (iteration + 1) * 10_000_000, delay);
      const { ack: acked, tack: tacked } = acks;
      totalAcked += Object.values(acks).reduce((sum, list) => sum + list.length, 0);
      const files = readdirSync(`${dir}/db`);
      if (files.some((name) => name.startsWith('snapshot-') && name.endsWith('.bson'))) snapshotsSeen++;
      if (files.some((name) => name.endsWith('.tmp'))) killedMidSnapshot++;

      const engine = await startEngine({ dbPath: `${dir}/db`, port: 0, sync: 'none' });
      const client = await MongoClient.connect(engine.uri);
      try {
        const db = client.db('crash');
        const perNumber = await db
          .collection('docs')
          .aggregate<{ _id: number; count: number }>([{ $group: { _id: '$n', count: { $sum: 1 } } }])
          .toArray();
        const counts = new Map(perNumber.map((group) => [Number(group._id), group.count]));
        const left = new Set((await db.collection('left').find().toArray()).map((doc) => Number(doc._id)));
        const right = new Set((await db.collection('right').find().toArray()).map((doc) => Number(doc._id)));
        const context = `iteration ${iteration}, kill after ${delay} ms`;
        expect([...counts.values()].filter((count) => count !== 3))
          .withContext(context)
          .toEqual([]);
        expect(acked.filter((n) => counts.get(n) !== 3))
          .withContext(context)
          .toEqual([]);
        expect([...left].filter((k) => !right.has(k)))
          .withContext(context)
          .toEqual([]);
        expect([...right].filter((k) => !left.has(k)))
          .withContext(context)
          .toEqual([]);
        expect(tacked.filter((k) => !left.has(k)))
          .withContext(context)
          .toEqual([]);

        // Updates: the counter is at the last acknowledged value, or one past it (an unacknowledged $inc).
        const value = Number((await db.collection('counters').findOne({ _id: 'c' as never }))?.['v'] ?? 0);
        const floor = Math.max(counter, ...acks.cack);
        expect(value - floor)
          .withContext(`${context}: counter ${value}, last acknowledged ${floor}`)
          .toBeGreaterThanOrEqual(0);
        expect(value - floor)
          .withContext(`${context}: counter ${value}, last acknowledged ${floor}`)
          .toBeLessThanOrEqual(1);
        counter = value;

        // Renames and drops: a collection is under one name at most, and where its last acknowledged DDL put it.
        const names = new Set(
          (await db.listCollections({}, { nameOnly: true }).toArray()).map((c) => c.name),
        );
        const dropped = new Set(acks.dack);
        expect([...names].filter((name) => name.startsWith('tmp_') && names.has(`ren_${name.slice(4)}`)))
          .withContext(context)
          .toEqual([]);
        // The drop after the last acknowledged rename may have reached the journal without its reply.
        const maybeDropped = (k: number) => k === Math.max(...acks.rack) && k % 2 === 0;
        expect(
          acks.rack.filter(
            (k) =>
              names.has(`tmp_${k}`) ||
              (dropped.has(k) && names.has(`ren_${k}`)) ||
              (!dropped.has(k) && !names.has(`ren_${k}`) && !maybeDropped(k)),
          ),
        )
          .withContext(context)
          .toEqual([]);
        for (const k of acks.rack.filter((k) => names.has(`ren_${k}`)).slice(-3)) {
          expect(await db.collection(`ren_${k}`).find().toArray())
            .withContext(context)
            .toEqual([{ _id: k }] as never);
        }
        // Deletes: an acknowledged delete stays deleted.
        const gone = await db
          .collection('gone')
          .find({ _id: { $in: acks.xack } as never })
          .toArray();
        expect(gone.map((doc) => doc._id))
          .withContext(context)
          .toEqual([]);
      } finally {
        await client.close();
        await engine.stop();
      }
    }
    expect(totalAcked).toBeGreaterThan(ITERATIONS * 10);
    expect(snapshotsSeen).toBeGreaterThan(ITERATIONS / 2);
    console.log(
      `\n[engine crash test] ${ITERATIONS} kills (${killedMidSnapshot} while a snapshot was being written), ${totalAcked} acknowledged writes all recovered`,
    );
  }, 240_000);
});
