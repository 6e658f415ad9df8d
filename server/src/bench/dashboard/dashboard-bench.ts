/**
 * The issue-9 benchmark (`--only dashboard`): the issue-5 dataset (10,000 children of 100 workers,
 * 1,000,000 case events; dataset.ts) plus placements, visits, findings, meetings and action points
 * (oversight-data.ts), the real server in its own process, and each dashboard API under 20 concurrent
 * supervisor connections (http-load.ts, exact percentiles). BENCH_DATA_DIR=<dir> keeps the data for the
 * next run (the other issue-5 benchmark shares it); BENCH_SECONDS sets each load's length (default 10).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine } from '@keha/embedded-mongo/bench-report';
import { generateDataset, type Dataset } from '../dataset.js';
import { getJson, runLoad, signIn, type LoadResult } from '../http-load.js';
import { startServerProcess } from '../server-process.js';
import { explainDashboards } from './dashboard-explain.js';
import { dashboardReport } from './dashboard-report.js';
import { addOversightData } from './oversight-data.js';

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 10);
const CONNECTIONS = 20;
const SIZE = { teams: 10, workersPerTeam: 10, childrenPerWorker: 100 };
const VIEWS = ['caseload', 'deadlines', 'visits', 'meetings'] as const;

async function prepare(dataDir: string): Promise<{ dataset: Dataset; oversight: Record<string, number> }> {
  const manifest = path.join(dataDir, 'bench-dataset.json');
  let dataset: Dataset;
  if (existsSync(manifest)) dataset = JSON.parse(readFileSync(manifest, 'utf8')) as Dataset;
  else {
    console.log(`Seeding the demo organisation in ${dataDir} ...`);
    const code = await (await startServerProcess(dataDir)).stop();
    if (code !== 0) throw new Error(`the seeding server exited with ${code}`);
    console.log('Generating the issue-5 dataset ...');
    dataset = await generateDataset(dataDir, SIZE);
    writeFileSync(manifest, JSON.stringify(dataset));
  }
  const extra = path.join(dataDir, 'bench-oversight.json');
  if (existsSync(extra)) return { dataset, oversight: JSON.parse(readFileSync(extra, 'utf8')) };
  console.log('Adding placements, visits, findings and meetings ...');
  const oversight = await addOversightData(dataDir);
  writeFileSync(extra, JSON.stringify(oversight));
  return { dataset, oversight };
}

export interface DashboardFigures {
  dataset: Dataset;
  oversight: Record<string, number>;
  firstStartMs: number;
  startMs: number;
  teamLoads: Record<string, LoadResult>;
  allLoads: Record<string, LoadResult>;
  /** One connection, a new period on every request: computed, never from the view cache. */
  coldLoads: Record<string, LoadResult>;
  drill: LoadResult;
  sizes: Record<string, number>;
}

async function measure(
  dataDir: string,
  dataset: Dataset,
  oversight: Record<string, number>,
): Promise<DashboardFigures> {
  // The first start on new data computes every child's stored deadlines (the startup check).
  let server = await startServerProcess(dataDir);
  const firstStartMs = server.startMs;
  await server.stop();
  server = await startServerProcess(dataDir);
  try {
    const session = await signIn(server.url, 'johanna.supervisor', 'Keha-demo-2026');
    const caseload = await getJson<{ teams: { teamId: string; name: string }[] }>(
      server.url,
      session,
      '/api/v1/dashboard/caseload',
    );
    const benchTeams = caseload.teams.filter((t) => t.name.startsWith('Vertailutiimi'));
    const teamLoads: Record<string, LoadResult> = {};
    const allLoads: Record<string, LoadResult> = {};
    const sizes: Record<string, number> = {};
    const coldLoads: Record<string, LoadResult> = {};
    const months = Array.from({ length: 23 }, (_, i) => {
      const d = new Date();
      d.setUTCDate(1);
      d.setUTCMonth(d.getUTCMonth() - 23 + i);
      return d.toISOString().slice(0, 7);
    });
    for (const view of VIEWS) {
      console.log(`  ${view}: cold, one connection ...`);
      coldLoads[view] = await runLoad({
        base: server.url,
        session,
        paths: months.flatMap((from) =>
          benchTeams.map((t) => `/api/v1/dashboard/${view}?teamId=${t.teamId}&from=${from}`),
        ),
        connections: 1,
        durationMs: SECONDS * 1000,
      });
    }
    for (const view of VIEWS) {
      const paths = benchTeams.map((t) => `/api/v1/dashboard/${view}?teamId=${t.teamId}`);
      console.log(`  ${view}: one team per request ...`);
      teamLoads[view] = await runLoad({
        base: server.url,
        session,
        paths,
        connections: CONNECTIONS,
        durationMs: SECONDS * 1000,
      });
      console.log(`  ${view}: all ${caseload.teams.length} teams ...`);
      allLoads[view] = await runLoad({
        base: server.url,
        session,
        paths: [`/api/v1/dashboard/${view}`],
        connections: CONNECTIONS,
        durationMs: SECONDS * 1000,
      });
      sizes[view] = JSON.stringify(
        await getJson(server.url, session, `/api/v1/dashboard/${view}?teamId=${benchTeams[0]!.teamId}`),
      ).length;
    }
    console.log('  drill-down ...');
    const drill = await runLoad({
      base: server.url,
      session,
      paths: benchTeams.map((t) => `/api/v1/dashboard/children?kind=overdue&teamId=${t.teamId}`),
      connections: CONNECTIONS,
      durationMs: SECONDS * 1000,
    });
    return {
      dataset,
      oversight,
      firstStartMs,
      startMs: server.startMs,
      teamLoads,
      allLoads,
      coldLoads,
      drill,
      sizes,
    };
  } finally {
    await server.stop();
  }
}

/** The section's body (machine line, table, explain output). */
export async function dashboardBench(): Promise<string> {
  const load = os.loadavg();
  const keep = process.env['BENCH_DATA_DIR'];
  const dataDir = keep ? path.resolve(keep) : mkdtempSync(path.join(os.tmpdir(), 'keha-bench-'));
  try {
    const { dataset, oversight } = await prepare(dataDir);
    console.log('Starting the server on the dataset ...');
    const figures = await measure(dataDir, dataset, oversight);
    console.log('Explaining the dashboard queries ...');
    const explained = await explainDashboards(dataDir, dataset.teamId);
    return `${machineLine(load)}\n\n${dashboardReport(figures, explained, { seconds: SECONDS, connections: CONNECTIONS })}`;
  } finally {
    if (!keep) rmSync(dataDir, { recursive: true, force: true });
  }
}
