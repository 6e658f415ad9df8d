/**
 * The issue-3 benchmark: the official driver over TCP against the engine CLI in a child process
 * (sync=batch on a temp dir). Prints a markdown table and writes it into docs/PERFORMANCE.md.
 * Run with `npm run bench -w embedded-mongo` (BENCH_NO_WRITE=1 only prints).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MongoClient, type Collection } from 'mongodb';
import { startEngineProcess } from './engine-process.js';
import { RawClient } from './raw-client.js';
import { durableWriteMicros } from './disk.js';
import { loopbackRoundTrips } from './loopback.js';
import { machineLine, table, writeSection, type Row } from './machine.js';

const N = Number(process.env.BENCH_DOCS ?? 100_000);
const ROUND_TRIPS = Number(process.env.BENCH_ROUND_TRIPS ?? 5_000);
const RESTART_MB = Number(process.env.BENCH_RESTART_MB ?? 200);
/** Requests kept in flight by the concurrent rows (the driver's pool opens a connection for each). */
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 8);
const filler = 'x'.repeat(900);
const DOC_PATH = fileURLToPath(new URL('../../../docs/PERFORMANCE.md', import.meta.url));

const perSecond = (count: number, ms: number) => Math.round((count * 1000) / ms);
/** Runs `body` count times after a short warm-up (JIT, connection), returns the rate. */
async function timed(count: number, body: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(500, count / 10); i++) await body(count + i);
  const t = performance.now();
  for (let i = 0; i < count; i++) await body(i);
  return perSecond(count, performance.now() - t);
}
/**
 * Keeps `inFlight` calls of `body` running (each starts the next as it finishes) until `count` are done,
 * after a warm-up of the same size; returns the rate.
 */
async function timedInFlight(
  count: number,
  inFlight: number,
  body: (i: number, worker: number) => Promise<unknown>,
): Promise<number> {
  const run = async (offset: number) => {
    let next = 0;
    const worker = async (_: unknown, w: number) => {
      while (next < count) await body(offset + next++, w);
    };
    await Promise.all(Array.from({ length: inFlight }, worker));
  };
  await run(count); // warm-up: the pool opens its connections
  const t = performance.now();
  await run(0);
  return perSecond(count, performance.now() - t);
}
/** Rates of `a` and `b` measured in alternating rounds (a b a b), each pooled over its rounds. */
async function alternating(rounds: number, a: () => Promise<number>, b: () => Promise<number>) {
  const rates: [number[], number[]] = [[], []];
  for (let r = 0; r < rounds; r++) {
    rates[0].push(await a());
    rates[1].push(await b());
  }
  // The same count per round, so the pooled rate is the harmonic mean of the round rates.
  const pooled = (xs: number[]) => Math.round(xs.length / xs.reduce((sum, x) => sum + 1 / x, 0));
  return [pooled(rates[0]), pooled(rates[1])] as const;
}
const docsOf = (from: number, count: number) =>
  Array.from({ length: count }, (_, j) => ({ key: `k${from + j}`, n: from + j, filler }));
const diskMb = (dir: string) =>
  readdirSync(dir).reduce((sum, f) => sum + statSync(join(dir, f)).size, 0) / 1048576;

async function main(): Promise<void> {
  const load = os.loadavg();
  const dir = mkdtempSync(join(os.tmpdir(), 'embedded-mongo-bench-'));
  let engine = await startEngineProcess(dir);
  let client = new MongoClient(engine.uri);
  let poolConnections = 0;
  client.on('connectionCreated', () => poolConnections++);
  const rows: Row[] = [];
  try {
    const db = client.db('bench');
    const c: Collection<any> = db.collection('docs');
    await c.createIndex({ key: 1 });
    const docs = docsOf(0, N);
    const t = performance.now();
    await c.insertMany(docs);
    const insertRate = perSecond(N, performance.now() - t);
    rows.push({
      what: `insertMany ${N} x 1 KB (one call)`,
      value: `${insertRate} docs/s`,
      target: '>= 50000 docs/s',
      pass: insertRate >= 50_000,
    });
    // Right after the load, as the row says: the later rows add ~10k more documents of their own.
    const residentMb = (await db.admin().command({ serverStatus: 1 })).mem.resident as number;

    const single = db.collection<any>('single');
    await single.insertOne({ warm: true });
    const insertOne = await timed(ROUND_TRIPS, (i) => single.insertOne({ i, filler }));
    rows.push({
      what: 'insertOne round trips, one connection',
      value: `${insertOne} ops/s`,
      target: '>= 5000 ops/s',
      pass: insertOne >= 5000,
    });
    const insertInFlight = await timedInFlight(ROUND_TRIPS, IN_FLIGHT, (i) =>
      single.insertOne({ i, filler }),
    );
    rows.push({
      what: `insertOne, ${IN_FLIGHT} in flight through the driver's pool (concurrent writers share fsyncs: group commit; no target, the insertOne target is per connection)`,
      value: `${insertInFlight} ops/s`,
      target: '',
    });
    const floor = await durableWriteMicros(os.tmpdir());
    rows.push({
      what: 'durable 1.1 KB write (O_DSYNC, preallocated), median: the floor of one acknowledged write',
      value: `${Math.round(floor)} µs = ${Math.round(1e6 / floor)} writes/s at most`,
      target: '',
    });
    const echo = await loopbackRoundTrips();
    rows.push({
      what: 'loopback TCP round trips between two Node processes, one after the other (100-byte echo, no engine, no driver); with the durable write above, the ceiling of acknowledged writes on one connection',
      value: `${echo.perSecond} round trips/s (median ${Math.round(echo.medianMicros)} µs); ${Math.round(1e6 / (1e6 / echo.perSecond + floor))} writes/s at most`,
      target: '',
    });

    const small = db.collection<any>('small');
    await small.createIndex({ key: 1 });
    await small.insertMany(docsOf(0, 1000));
    const findIn = (coll: Collection<any>, size: number) => (i: number) =>
      coll.findOne({ key: `k${(i * 7919) % size}` });
    const [findBig, findSmall] = await alternating(
      2,
      () => timedInFlight(ROUND_TRIPS, IN_FLIGHT, findIn(c, N)),
      () => timedInFlight(ROUND_TRIPS, IN_FLIGHT, findIn(small, 1000)),
    );
    rows.push({
      what: `findOne by indexed field (${N} docs), ${IN_FLIGHT} in flight through the driver's pool (${poolConnections} connections; 2 rounds alternating with the next row)`,
      value: `${findBig} ops/s`,
      target: '>= 5000 ops/s',
      pass: findBig >= 5000,
    });
    rows.push({
      what: `same on 1000 docs, for size independence`,
      value: `${findSmall} ops/s`,
      target: 'about the same',
      pass: findBig >= findSmall * 0.8,
    });
    const [oneBig, oneSmall] = await alternating(
      2,
      () => timed(ROUND_TRIPS, findIn(c, N)),
      () => timed(ROUND_TRIPS, findIn(small, 1000)),
    );
    rows.push({
      what: `findOne by indexed field, one request at a time (${N} / 1000 docs): bound by the driver's round trip (ping below), no target`,
      value: `${oneBig} / ${oneSmall} ops/s`,
      target: '',
    });
    const ids = await c
      .find({}, { projection: { _id: 1 } })
      .limit(1000)
      .toArray();
    const findId = await timed(ROUND_TRIPS, (i) => c.findOne({ _id: ids[i % ids.length]!._id }));
    rows.push({
      what: 'findOne by _id (driver + wire ceiling, no target)',
      value: `${findId} ops/s`,
      target: '',
    });
    const admin = client.db('admin');
    const ping = await timed(ROUND_TRIPS, () => admin.command({ ping: 1 }));
    rows.push({
      what: 'ping round trips (driver + wire ceiling, no target)',
      value: `${ping} ops/s`,
      target: '',
    });

    const raw = await RawClient.connect(engine.uri);
    const rawFind = await timed(ROUND_TRIPS, (i) =>
      raw.command({
        find: 'docs',
        filter: { key: `k${(i * 7919) % N}` },
        limit: 1,
        singleBatch: true,
        $db: 'bench',
      }),
    );
    const rawPing = await timed(ROUND_TRIPS, () => raw.command({ ping: 1, $db: 'admin' }));
    raw.close();
    rows.push({
      what: `same findOne / ping from a minimal OP_MSG client (no driver, no target)`,
      value: `${rawFind} / ${rawPing} ops/s`,
      target: '',
    });
    const raws = await Promise.all(Array.from({ length: IN_FLIGHT }, () => RawClient.connect(engine.uri)));
    const rawFindInFlight = await timedInFlight(ROUND_TRIPS, IN_FLIGHT, (i, w) =>
      raws[w]!.command({
        find: 'docs',
        filter: { key: `k${(i * 7919) % N}` },
        limit: 1,
        singleBatch: true,
        $db: 'bench',
      }),
    );
    raws.forEach((r) => r.close());
    rows.push({
      what: `same findOne from ${IN_FLIGHT} minimal OP_MSG connections in flight (what the engine serves without the driver's per-call work, no target)`,
      value: `${rawFindInFlight} ops/s`,
      target: '',
    });

    rows.push({
      what: `engine RSS right after the ${N}-doc load`,
      value: `${residentMb} MB`,
      target: '< 400 MB',
      pass: residentMb < 400,
    });

    // Grow the data directory to RESTART_MB, then crash (SIGKILL) and time the restart.
    let at = N;
    while (diskMb(dir) < RESTART_MB) {
      await db.collection('grow').insertMany(docsOf(at, 10_000), { ordered: false });
      at += 10_000;
    }
    const expected = await db.collection('grow').countDocuments();
    await client.close();
    await engine.stop('SIGKILL');
    const onDisk = diskMb(dir);
    const journals = readdirSync(dir)
      .filter((f) => f.startsWith('journal-'))
      .map((f) => `${(statSync(join(dir, f)).size / 1048576).toFixed(0)} MB`);
    engine = await startEngineProcess(dir);
    client = new MongoClient(engine.uri);
    const recovered = await client.db('bench').collection('grow').countDocuments();
    const seconds = engine.startMs / 1000;
    rows.push({
      what: `restart after SIGKILL with ${onDisk.toFixed(0)} MB on disk (journals ${journals.join(', ')}; ${recovered}/${expected} docs back)`,
      value: `${seconds.toFixed(2)} s`,
      target: '< 10 s',
      pass: seconds < 10 && recovered === expected,
    });
  } finally {
    await client.close();
    await engine.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const body = `${machineLine(load)}\n\nEngine CLI in its own process (\`--sync batch\`, fsync before every acknowledgement), official \`mongodb\` driver over TCP from another process.\n\n${table(rows)}`;
  console.log(body);
  if (!process.env.BENCH_NO_WRITE) writeSection(DOC_PATH, '## Embedded engine (issue 3)', body);
}

await main();
