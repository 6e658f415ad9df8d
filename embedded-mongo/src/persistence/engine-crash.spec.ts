import { fileURLToPath } from 'node:url';
import { MongoClient } from 'mongodb';
import { startEngine } from '../index.js';
import { runUntilKilled, taggedNumbers } from './crash/kill-child.js';
import { makeTempDir, removeDir } from './test-support.js';

const CHILD = fileURLToPath(new URL('./crash/engine-crash-child.js', import.meta.url));
const ITERATIONS = 10;

/** Deterministic kill delays (ms after the child is ready), spread over 50..850. */
const delayFor = (iteration: number): number => 50 + ((iteration * 7919) % 800);

async function runAndKill(
  dbPath: string,
  first: number,
  killAfterMs: number,
): Promise<{ acked: number[]; tacked: number[] }> {
  const out = await runUntilKilled(CHILD, [dbPath, String(first)], killAfterMs);
  return { acked: taggedNumbers(out, 'ack'), tacked: taggedNumbers(out, 'tack') };
}

describe('engine crash safety end to end (SIGKILL, wire protocol, sync batch)', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('engine-crash')));
  afterEach(() => removeDir(dir));

  it(`keeps every acknowledged insertMany and transaction, all-or-nothing, over ${ITERATIONS} kills`, async () => {
    let totalAcked = 0;
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const delay = delayFor(iteration);
      const { acked, tacked } = await runAndKill(`${dir}/db`, (iteration + 1) * 10_000_000, delay);
      totalAcked += acked.length + tacked.length;

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
      } finally {
        await client.close();
        await engine.stop();
      }
    }
    expect(totalAcked).toBeGreaterThan(ITERATIONS * 10);
    console.log(`\n[engine crash test] ${ITERATIONS} kills, ${totalAcked} acknowledged writes all recovered`);
  }, 180_000);
});
