/**
 * The stack's floor for an audited read (`--only floor`, issue 5): the cheapest reads Express 5, the
 * official driver and the embedded engine allow (floor-server.ts, in its own process), under the
 * picture bench's load: the same closed-loop generator, 50 keep-alive connections. If even these miss
 * p95 < 50 ms on this machine, no picture built on this stack can meet it here.
 * BENCH_FLOOR_SECONDS (15) per route; BENCH_CONNECTIONS (50) as for the picture.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine } from '@keha/embedded-mongo/bench-report';
import { runLoad } from '../http-load.js';
import { startServerProcess, withServerCpu, type ServerProcess } from '../server-process.js';
import { floorReport, type RouteFigures } from './floor-report.js';

const ENTRY = path.resolve(import.meta.dirname, 'floor-server.js');
const DOCUMENTS = 10_000;
const SHAPE = {
  seconds: Number(process.env['BENCH_FLOOR_SECONDS'] ?? 15),
  connections: Number(process.env['BENCH_CONNECTIONS'] ?? 50),
  documents: DOCUMENTS,
  warmUpSeconds: 3, // JIT, the driver's pool, the engine's first reads: as the picture bench
};
const SINGLE_SECONDS = 5;

const keyPaths = (route: string) => Array.from({ length: DOCUMENTS }, (_, i) => `/${route}/${i}`);

/** One route under load after a warm-up, with the server process's CPU time per request. */
async function measure(
  server: ServerProcess,
  paths: readonly string[],
  connections: number,
  seconds: number,
): Promise<RouteFigures> {
  const run = (s: number) => runLoad({ base: server.url, paths, connections, durationMs: s * 1000 });
  const warmUp = await run(SHAPE.warmUpSeconds);
  const { result, cpuMs } = await withServerCpu(server, () => run(seconds));
  return { ...result, cpuMs: cpuMs / result.requests, warmUpRequests: warmUp.requests - warmUp.errors };
}

async function getJson<T>(server: ServerProcess, route: string): Promise<T> {
  const res = await fetch(server.url + route);
  if (!res.ok) throw new Error(`GET ${route}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** SIGTERM and wait for the graceful stop; SIGKILL after 15 s so that no floor process outlives the run. */
async function stopSurely(server: ServerProcess): Promise<void> {
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, 15_000, 'timeout').unref());
  if ((await Promise.race([server.stop(), timeout])) !== 'timeout') return;
  console.warn(`the floor server (pid ${server.pid}) did not stop in 15 s: killed`);
  try {
    process.kill(server.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** The section's body (machine line, table, notes). */
export async function floorBench(): Promise<string> {
  const load = os.loadavg();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keha-floor-'));
  try {
    console.log(`Starting the floor server and seeding ${DOCUMENTS} documents ...`);
    const server = await startServerProcess(dataDir, { FLOOR_DOCUMENTS: String(DOCUMENTS) }, [], ENTRY);
    try {
      // The answers are what they claim to be before anything is timed.
      const sample = await getJson<{ name?: string }>(server, '/audited/4321');
      if (sample.name !== 'Child 4321') throw new Error(`unexpected answer ${JSON.stringify(sample)}`);
      const { connections, seconds } = SHAPE;
      console.log(`GET /none, ${connections} connections, ${seconds} s ...`);
      const none = await measure(server, ['/none'], connections, seconds);
      console.log(`GET /one/:key ...`);
      const one = await measure(server, keyPaths('one'), connections, seconds);
      console.log(`GET /audited/:key ...`);
      const audited = await measure(server, keyPaths('audited'), connections, seconds);
      console.log(`GET /audited/:key, one connection ...`);
      const single = await measure(server, keyPaths('audited'), 1, SINGLE_SECONDS);
      // Every successful audited answer must have written its audit document (+1: the check above).
      const expected =
        1 + [audited, single].reduce((n, r) => n + r.warmUpRequests + r.requests - r.errors, 0);
      const { count } = await getJson<{ count: number }>(server, '/audit-count');
      if (count < expected) throw new Error(`${count} audit documents for ${expected} audited answers`);
      return `${machineLine(load)}\n\n${floorReport({ none, one, audited, single, auditCount: count }, SHAPE)}`;
    } finally {
      await stopSurely(server);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
