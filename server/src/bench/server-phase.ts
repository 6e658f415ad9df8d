/**
 * Everything measured against the running server: the picture under load (50 connections) and on one
 * connection, the timeline's first page, my work, the server's memory, and the child page in Chromium.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEMO_PASSWORD } from '../seed/demo-organisation.js';
import { browserPath, measureChildPage, type PageTimes } from './browser-timing.js';
import type { Dataset } from './dataset.js';
import { getJson, percentile, runLoad, signIn, type LoadResult, type Session } from './http-load.js';
import { startServerProcess, withServerCpu } from './server-process.js';

const CLIENT_INDEX = fileURLToPath(new URL('../../../dist/client/browser/index.html', import.meta.url));
const SAMPLE_CHILDREN = 500;

export interface ServerFigures {
  startMs: number;
  picture: LoadResult;
  /** The server process's CPU time (both threads: HTTP and engine) per picture of the loaded run, ms. */
  pictureCpuMs: number;
  single: LoadResult;
  timeline?: LoadResult;
  myWorkMs?: number;
  rssMb?: number | null;
  /** What the picture shows of the first sample child. */
  shown: { deadlines: number; openTasks: number };
  page?: PageTimes | { failed: string };
}

export interface LoadShape {
  seconds: number;
  connections: number;
}

/** Resident memory of a process from /proc (Linux), in MB. */
function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** Why the page cannot be timed here, or null. */
export function pageSkipReason(): string | null {
  if (process.env['BENCH_SKIP_BROWSER']) return 'BENCH_SKIP_BROWSER is set';
  if (!existsSync(CLIENT_INDEX)) return 'the client is not built (dist/client/browser)';
  if (!browserPath()) return 'no Chromium (CHROME_BIN)';
  return null;
}

/**
 * Starts the server on the dataset (`nodeArgs` for the node process), measures, stops it. `full`:
 * everything; otherwise the picture only.
 */
export async function measureServer(
  dataDir: string,
  dataset: Dataset,
  load: LoadShape,
  options: { nodeArgs?: string[]; full: boolean },
): Promise<ServerFigures> {
  const server = await startServerProcess(dataDir, {}, options.nodeArgs);
  try {
    const session: Session = await signIn(server.url, dataset.username, DEMO_PASSWORD);
    const sample = dataset.teamChildIds.slice(0, SAMPLE_CHILDREN);
    const paths = (suffix: string) => sample.map((id) => `/api/v1/children/${id}/${suffix}`);
    const run = (list: string[], seconds: number, connections = load.connections) =>
      runLoad({ base: server.url, session, paths: list, connections, durationMs: seconds * 1000 });

    const shown = await getJson<{ deadlines: unknown[]; openTasks: unknown[] }>(
      server.url,
      session,
      paths('picture')[0]!,
    );
    console.log(`Picture load (${load.connections} connections, ${load.seconds} s) ...`);
    await run(paths('picture'), 3); // warm-up: JIT, connection pools, the engine's caches
    const { result: picture, cpuMs } = await withServerCpu(server, () => run(paths('picture'), load.seconds));
    const single = await run(paths('picture'), 5, 1);
    const figures: ServerFigures = {
      startMs: server.startMs,
      picture,
      pictureCpuMs: cpuMs / picture.requests,
      single,
      shown: { deadlines: shown.deadlines.length, openTasks: shown.openTasks.length },
    };
    if (!options.full) return figures;

    console.log('Timeline load ...');
    await run(paths('timeline'), 2);
    figures.timeline = await run(paths('timeline'), Math.max(5, load.seconds / 2));
    const work: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = performance.now();
      await getJson(server.url, session, '/api/v1/me/work');
      work.push(performance.now() - t);
    }
    figures.myWorkMs = percentile(
      work.sort((a, b) => a - b),
      50,
    );
    figures.rssMb = rssMb(server.pid);
    if (!pageSkipReason()) {
      console.log('Child page in Chromium ...');
      figures.page = await measureChildPage({
        base: server.url,
        username: dataset.username,
        password: DEMO_PASSWORD,
        // Eleven of the sampled children (the first one is the cold load).
        childIds: sample.slice(-11),
      }).catch((err: Error) => ({ failed: err.message.split('\n')[0]! }));
    }
    return figures;
  } finally {
    await server.stop();
  }
}
