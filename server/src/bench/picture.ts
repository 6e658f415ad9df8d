/**
 * The issue-5 benchmark (`--only picture`): 10,000 children and 1,000,000 case events in a fresh data
 * directory, the real server (`node dist/main.js`, engine in its worker thread as with `npm start`) in its own
 * process, HTTP load from this one. BENCH_DATA_DIR=<dir> keeps the generated data there and reuses it
 * on the next run; BENCH_SECONDS, BENCH_CONNECTIONS and BENCH_CHILDREN_PER_WORKER scale the run;
 * BENCH_SKIP_BROWSER and BENCH_SKIP_GC_VARIANT leave parts out; BENCH_NODE_ARGS adds node options to
 * the server's process (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof": a profile per thread at its stop).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine } from '@keha/embedded-mongo/bench-report';
import { generateDataset, type Dataset } from './dataset.js';
import { measureTeamDeadlines } from './deadlines.js';
import { report, GC_ARGS } from './report.js';
import { measureServer } from './server-phase.js';
import { startServerProcess } from './server-process.js';

const LOAD = {
  seconds: Number(process.env['BENCH_SECONDS'] ?? 20),
  connections: Number(process.env['BENCH_CONNECTIONS'] ?? 50),
};
const SIZE = {
  teams: 10,
  workersPerTeam: 10,
  childrenPerWorker: Number(process.env['BENCH_CHILDREN_PER_WORKER'] ?? 100),
};

/** Generates the dataset (or reuses BENCH_DATA_DIR's), returning its description. */
async function prepare(dataDir: string): Promise<Dataset & { reused: boolean }> {
  const manifest = path.join(dataDir, 'bench-dataset.json');
  if (existsSync(manifest))
    return { ...(JSON.parse(readFileSync(manifest, 'utf8')) as Dataset), reused: true };
  console.log(`Seeding the demo organisation in ${dataDir} ...`);
  const seeding = await startServerProcess(dataDir);
  const code = await seeding.stop();
  if (code !== 0) throw new Error(`the seeding server exited with ${code}`);
  console.log('Generating the dataset ...');
  const dataset = await generateDataset(dataDir, SIZE);
  writeFileSync(manifest, JSON.stringify(dataset));
  return { ...dataset, reused: false };
}

/** The section's body (machine line, table, notes). */
export async function pictureBench(): Promise<string> {
  const load = os.loadavg();
  const keep = process.env['BENCH_DATA_DIR'];
  const dataDir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'keha-bench-'));
  let body: string;
  try {
    const dataset = await prepare(dataDir);
    console.log('Deadlines of one team ...');
    const deadlines = await measureTeamDeadlines(dataDir, dataset.teamId);
    console.log('Starting the server on the dataset ...');
    const nodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
    const server = await measureServer(dataDir, dataset, LOAD, { full: true, nodeArgs });
    let tuned;
    if (!process.env['BENCH_SKIP_GC_VARIANT']) {
      console.log(`Again, with node ${GC_ARGS.join(' ')} ...`);
      tuned = await measureServer(dataDir, dataset, LOAD, {
        full: false,
        nodeArgs: [...nodeArgs, ...GC_ARGS],
      });
    }
    body = `${machineLine(load)}\n\n${report({ dataset, deadlines, server, tuned, load: LOAD, size: SIZE })}`;
  } finally {
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
  return body;
}
