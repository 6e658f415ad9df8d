/**
 * Throughput benchmark through the official driver over TCP (sync=batch on a temp dir).
 * Prints a markdown table. Run with `npm run bench -w embedded-mongo`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { startEngine } from '../index.js';

const N = Number(process.env.BENCH_DOCS ?? 100_000);
const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? 5_000);
const filler = 'x'.repeat(900);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'embedded-mongo-bench-'));
  // BENCH_URI measures an engine in another process (e.g. `embedded-mongo --port 27999 --dbpath ...`).
  const engine = process.env.BENCH_URI ? undefined : await startEngine({ port: 0, ...(process.env.BENCH_MEMORY ? {} : { dbPath: dir, sync: 'batch' as const }) });
  const client = new MongoClient(process.env.BENCH_URI ?? engine!.uri);
  const rows: Array<[string, string, string]> = [];
  try {
    const c = client.db('bench').collection<any>('docs');
    await c.createIndex({ key: 1 });
    let t = performance.now();
    for (let i = 0; i < N; i += 10_000) {
      await c.insertMany(Array.from({ length: Math.min(10_000, N - i) }, (_, j) => ({ key: `k${i + j}`, n: i + j, filler })), { ordered: false });
    }
    let s = (performance.now() - t) / 1000;
    rows.push([`insertMany ${N} x 1KB`, `${Math.round(N / s)} docs/s`, '>= 50000']);

    const single = client.db('bench').collection<any>('single');
    t = performance.now();
    for (let i = 0; i < ROUND_TRIPS; i++) await single.insertOne({ i, filler });
    s = (performance.now() - t) / 1000;
    rows.push(['insertOne round trips', `${Math.round(ROUND_TRIPS / s)} ops/s`, '>= 5000']);

    t = performance.now();
    for (let i = 0; i < ROUND_TRIPS; i++) await c.findOne({ key: `k${(i * 7919) % N}` });
    s = (performance.now() - t) / 1000;
    rows.push([`findOne by indexed field (${N} docs)`, `${Math.round(ROUND_TRIPS / s)} ops/s`, '>= 5000']);

    const status = await client.db('admin').command({ serverStatus: 1 });
    rows.push(['engine RSS after load', `${status.mem.resident} MB`, '< 400 MB']);
  } finally {
    await client.close();
    await engine?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log('| measurement | result | target |\n|---|---|---|');
  for (const [what, result, target] of rows) console.log(`| ${what} | ${result} | ${target} |`);
}

await main();
