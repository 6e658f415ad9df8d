/**
 * How long a snapshot takes and how long it blocks the event loop. Run by hand:
 *   node dist/persistence/snapshot-bench.js [documents=1000000] [bytesPerDocument=0]
 * Loads the documents through the storage API with no snapshot, reopens the directory with a small
 * journal limit (recovery replays the journal), commits one document to trigger the snapshot and
 * measures from that commit until the snapshot file is complete: elapsed time, the longest event-loop
 * delay (monitorEventLoopDelay) and how many 1 ms timer ticks got through meanwhile.
 */
import type { Document } from 'bson';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { newBatch } from '../storage/storage.js';
import { makeTempDir, openEngineOnFiles, removeDir } from './test-support.js';

const documents = Number(process.argv[2] ?? 1_000_000);
const padding = 'x'.repeat(Number(process.argv[3] ?? 0));

function doc(n: number): Document {
  const base: Document = {
    _id: n,
    n,
    name: `child ${n}`,
    at: new Date(1_700_000_000_000 + n),
    tags: ['a', 'b'],
  };
  if (padding) base['pad'] = padding;
  return base;
}

const dir = makeTempDir('snapshot-bench');
try {
  const loading = await openEngineOnFiles(dir, Number.MAX_SAFE_INTEGER);
  for (let from = 0; from < documents; from += 10_000) {
    const batch = newBatch();
    const coll = loading.engine.storage.ensureCollection('bench', 'docs', batch);
    for (let n = from; n < Math.min(documents, from + 10_000); n++)
      loading.engine.storage.insertDoc(coll, doc(n), batch);
    await loading.engine.storage.commit(batch);
  }
  await loading.persistence.close();

  let started = performance.now();
  const { engine, persistence, logs } = await openEngineOnFiles(dir, 1024 * 1024);
  const recoverySeconds = (performance.now() - started) / 1000;
  const delays = monitorEventLoopDelay({ resolution: 1 });
  let ticks = 0;
  const ticker = setInterval(() => ticks++, 1);
  await sleep(100);
  delays.enable();
  started = performance.now();
  const batch = newBatch();
  engine.storage.insertDoc(engine.storage.collection('bench', 'docs')!, doc(documents), batch);
  await engine.storage.commit(batch);
  while (!logs.some((m) => / written/.test(m))) await sleep(1);
  const seconds = (performance.now() - started) / 1000;
  delays.disable();
  clearInterval(ticker);
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  console.log(
    `${documents} documents (+${padding.length} B padding): recovery ${recoverySeconds.toFixed(1)} s; ` +
      `snapshot ${seconds.toFixed(2)} s, longest event-loop delay ${(delays.max / 1e6).toFixed(0)} ms, ` +
      `p99 ${(delays.percentile(99) / 1e6).toFixed(0)} ms, ${ticks} timer ticks of 1 ms; heap ${heapMb.toFixed(0)} MB; ` +
      logs.filter((m) => / written/.test(m)).join('; '),
  );
  await persistence.close();
} finally {
  removeDir(dir);
}
