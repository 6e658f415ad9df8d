/**
 * Micro-benchmark of the durable storage layer alone (no wire protocol). Run by hand:
 *   node dist/persistence/bench.js [recoveryMegabytes=200]
 * Prints fdatasync latency of the disk under the temp dir, sequential and concurrent single-doc commit
 * rates with sync 'batch', docs/s of 1000-doc commits and the time to recover a large journal.
 */
import { ObjectId, serialize, type Document } from 'bson';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { openFilePersistence } from './file.js';
import { makeTempDir, removeDir } from './test-support.js';
import type { JournalOp, SyncMode } from './types.js';

const recoveryMegabytes = Number(process.argv[2] ?? 200);
const filler = 'x'.repeat(880);
const doc = (n: number): Document => ({
  _id: new ObjectId(),
  n,
  name: `case ${n}`,
  created: new Date(),
  tags: ['a', 'b'],
  filler,
});
const put = (n: number): JournalOp => ({ op: 'put', db: 'bench', coll: 'docs', doc: doc(n) });
const seconds = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e9;

async function fdatasyncLatency(dir: string): Promise<number> {
  const handle = await fs.open(`${dir}/probe`, 'w');
  const block = Buffer.alloc(1100, 1);
  const start = process.hrtime.bigint();
  for (let i = 0; i < 500; i++) {
    await handle.write(block, 0, block.length, i * block.length);
    await handle.datasync();
  }
  await handle.close();
  return (seconds(start) / 500) * 1e6;
}

async function withPersistence<T>(
  dir: string,
  sync: SyncMode,
  body: (p: ReturnType<typeof openFilePersistence>) => Promise<T>,
): Promise<T> {
  const persistence = openFilePersistence({
    dbPath: dir,
    sync,
    compactAfterBytes: Number.MAX_SAFE_INTEGER,
    log: () => undefined,
  });
  await persistence.open(() => undefined);
  try {
    return await body(persistence);
  } finally {
    await persistence.close();
  }
}

async function sequentialSingles(dir: string, sync: SyncMode): Promise<number> {
  return withPersistence(dir, sync, async (p) => {
    let n = 0;
    const start = process.hrtime.bigint();
    while (seconds(start) < 2) await p.commit([put(n++)]);
    return n / seconds(start);
  });
}

async function concurrentSingles(dir: string, inFlight: number): Promise<number> {
  return withPersistence(dir, 'batch', async (p) => {
    let n = 0;
    const start = process.hrtime.bigint();
    const worker = async () => {
      while (seconds(start) < 2) await p.commit([put(n++)]);
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
    return n / seconds(start);
  });
}

async function bigCommits(dir: string): Promise<{ docsPerSecond: number; serialiseOnly: number }> {
  const batches = Array.from({ length: 60 }, (_, b) =>
    Array.from({ length: 1000 }, (_, i) => put(b * 1000 + i)),
  );
  let start = process.hrtime.bigint();
  for (const batch of batches) for (const op of batch) serialize(op);
  const serialiseOnly = 60_000 / seconds(start);
  const docsPerSecond = await withPersistence(dir, 'batch', async (p) => {
    start = process.hrtime.bigint();
    for (const batch of batches) await p.commit(batch);
    return 60_000 / seconds(start);
  });
  return { docsPerSecond, serialiseOnly };
}

async function recovery(dir: string): Promise<{ megabytes: number; seconds: number; docs: number }> {
  await withPersistence(dir, 'none', async (p) => {
    const batches = Math.ceil((recoveryMegabytes * 1024 * 1024) / (1000 * 1050));
    for (let b = 0; b < batches; b++)
      await p.commit(Array.from({ length: 1000 }, (_, i) => put(b * 1000 + i)));
  });
  const { size } = await fs.stat(`${dir}/journal-000001.log`);
  const state = new Map<string, Document>();
  const persistence = openFilePersistence({ dbPath: dir, sync: 'batch', log: console.log });
  const start = process.hrtime.bigint();
  await persistence.open((op) => {
    if (op.op === 'put') state.set(String(op.doc['_id']), op.doc);
  });
  const elapsed = seconds(start);
  await persistence.close();
  return { megabytes: size / 1024 / 1024, seconds: elapsed, docs: state.size };
}

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const run = async <T>(label: string, body: (dir: string) => Promise<T>): Promise<T> => {
  const dir = makeTempDir(`bench-${label}`);
  try {
    return await body(dir);
  } finally {
    removeDir(dir);
  }
};

console.log(`node ${process.version}, files under ${tmpdir()}`);
console.log(`fdatasync latency (1.1 KB write + datasync): ${fixed(await run('fsync', fdatasyncLatency))} µs`);
console.log(
  `sequential 1 KB commits, sync batch:  ${fixed(await run('seq', (d) => sequentialSingles(d, 'batch')))} commits/s`,
);
console.log(
  `sequential 1 KB commits, sync always: ${fixed(await run('seq-always', (d) => sequentialSingles(d, 'always')))} commits/s`,
);
console.log(
  `sequential 1 KB commits, sync none:   ${fixed(await run('seq-none', (d) => sequentialSingles(d, 'none')))} commits/s`,
);
console.log(
  `64 concurrent 1 KB commits, sync batch: ${fixed(await run('conc', (d) => concurrentSingles(d, 64)))} commits/s`,
);
const big = await run('big', bigCommits);
console.log(
  `1000-doc commits, sync batch: ${fixed(big.docsPerSecond)} docs/s (bson serialize alone: ${fixed(big.serialiseOnly)} docs/s)`,
);
const recovered = await run('recovery', recovery);
console.log(
  `recovery of a ${fixed(recovered.megabytes)} MB journal (${recovered.docs} docs, warm page cache): ${fixed(recovered.seconds, 2)} s`,
);
