/**
 * The issue-6 benchmark (`--only meetings`): Kehä's meeting notes (the real server, `node dist/main.js`
 * in its own process on a fresh demo data directory: socket.io, the join authorised and audited, each
 * update passed on to the others on arrival and stored durably before it is acknowledged) and the reference Yjs websocket server
 * (`@y/websocket-server` with `y-websocket` clients) in the same run, scenario by scenario; then the
 * convergence scenario with many seeds. BENCH_MEETING_SECONDS (30) sets the timed typing,
 * BENCH_CONVERGENCE_SEEDS (10) the number of seeds (0 leaves it out).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { machineLine } from '@keha/embedded-mongo/bench-report';
import { signIn, type ApiClient } from '../../testing/api-client.js';
import { runConvergence, type ConvergenceOutcome } from '../../testing/notes-convergence.js';
import { startServerProcess, type ServerProcess } from '../server-process.js';
import { kehaEditor, referenceEditor } from './editors.js';
import { meetingsReport, type KehaUnload, type ScenarioPair } from './meetings-report.js';
import { procProbe, startReferenceServer } from './reference-server.js';
import { runScenario, type ScenarioResult, type ServerProbe, type Shape } from './scenario.js';

const SECONDS = Number(process.env['BENCH_MEETING_SECONDS'] ?? 30);
const SEEDS = Number(process.env['BENCH_CONVERGENCE_SEEDS'] ?? 10);
const TEAM = ['anna.sw', 'mikko.lead', 'sari.therapist', 'tiina.coord'];
/** BENCH_SCENARIOS=50x1,10x20 (editors x meetings) runs some of them. */
const SCENARIOS: Pick<Shape, 'meetings' | 'editors'>[] = [
  { meetings: 1, editors: 50 },
  { meetings: 1, editors: 10 },
  { meetings: 20, editors: 10 },
].filter(
  (s) =>
    !process.env['BENCH_SCENARIOS'] ||
    process.env['BENCH_SCENARIOS'].split(',').includes(`${s.editors}x${s.meetings}`),
);
/** BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": node options of the Kehä server process. */
const NODE_ARGS = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter(Boolean);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function kehaProbe(server: ServerProcess): ServerProbe {
  return {
    cpuMs: async () => {
      const { cpu } = await server.probe();
      return (cpu.user + cpu.system) / 1000;
    },
    rssMb: async () => (await server.probe()).memory.rss / 1024 / 1024,
  };
}

let meetingDay = 0;
async function newMeetings(lead: ApiClient, count: number): Promise<string[]> {
  const teamId = (await lead.get('/api/v1/auth/me')).body.user.teamIds[0];
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    meetingDay++;
    const date = new Date(Date.UTC(2027, 0, meetingDay)).toISOString().slice(0, 10);
    const res = await lead.post('/api/v1/meetings', { teamId, date });
    if (res.status !== 201) throw new Error(`meeting: ${res.status} ${JSON.stringify(res.body)}`);
    ids.push(res.body.id);
  }
  return ids;
}

/** After every editor left: how long until the server held no document, and its memory then. */
async function unload(server: ServerProcess): Promise<KehaUnload> {
  const started = performance.now();
  let probe = await server.probe();
  while (probe.meetings.loadedDocuments > 0 && performance.now() - started < 60_000) {
    await pause(250);
    probe = await server.probe();
  }
  return {
    documentsLeft: probe.meetings.loadedDocuments,
    afterMs: performance.now() - started,
    rssMb: probe.memory.rss / 1024 / 1024,
    heapMb: probe.memory.heapUsed / 1024 / 1024,
  };
}

export async function meetingsBench(): Promise<string> {
  const load = os.loadavg();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'keha-bench-meetings-'));
  const pairs: ScenarioPair[] = [];
  const convergence: ConvergenceOutcome[] = [];
  let diagnostic: ScenarioResult | undefined;
  try {
    console.log(`Starting Kehä (seeding the demo organisation in ${dataDir}) and the reference ...`);
    const keha = await startServerProcess(dataDir, { DB_SYNC: 'batch' }, NODE_ARGS);
    process.setMaxListeners(0); // each y-websocket provider listens for the process's exit
    const reference = await startReferenceServer();
    try {
      const sessions = await Promise.all(TEAM.map((u) => signIn(keha, u)));
      const cookies = sessions.map((s) => `keha.sid=${s.sessionToken}`);
      for (const [n, s] of SCENARIOS.entries()) {
        const shape: Shape = { ...s, perSecond: 5, seconds: SECONDS, warmupSeconds: 3 };
        const label = `${s.editors} editors x ${s.meetings} meeting${s.meetings > 1 ? 's' : ''}`;
        console.log(`${label}: reference ...`);
        const ref = await runScenario(
          shape,
          (m) => referenceEditor(reference.url, `bench-${n}-${m}`),
          procProbe(reference.pid),
          n + 1,
        );
        await pause(2_000);
        console.log(`${label}: Kehä ...`);
        const meetings = await newMeetings(sessions[1]!, s.meetings);
        const rssIdleMb = await kehaProbe(keha).rssMb();
        const mine = await runScenario(
          shape,
          (m, e) => kehaEditor(keha.url, cookies[e % cookies.length]!, meetings[m]!),
          kehaProbe(keha),
          n + 1,
        );
        pairs.push({
          shape,
          reference: ref,
          keha: mine,
          kehaUnload: await unload(keha),
          kehaIdleRssMb: rssIdleMb,
        });
        await pause(2_000);
      }
    } finally {
      await Promise.all([keha.stop(), reference.stop()]);
    }
    if (!process.env['BENCH_SKIP_DIAGNOSTIC'] && pairs[0]) {
      // Where Kehä's time goes: the first scenario again with the journal not fsynced (not durable).
      console.log('Diagnostic: the first scenario, Kehä with DB_SYNC=none ...');
      const unsynced = await startServerProcess(dataDir, { DB_SYNC: 'none' }, NODE_ARGS);
      try {
        const sessions = await Promise.all(TEAM.map((u) => signIn(unsynced, u)));
        const cookies = sessions.map((s) => `keha.sid=${s.sessionToken}`);
        const meetings = await newMeetings(sessions[1]!, pairs[0].shape.meetings);
        diagnostic = await runScenario(
          pairs[0].shape,
          (m, e) => kehaEditor(unsynced.url, cookies[e % cookies.length]!, meetings[m]!),
          kehaProbe(unsynced),
          1,
        );
      } finally {
        await unsynced.stop();
      }
    }
    if (SEEDS > 0) console.log(`Convergence, ${SEEDS} seeds ...`);
    for (let seed = 1; seed <= SEEDS; seed++) convergence.push(await runConvergence(seed * 7919, dataDir));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return `${machineLine(load)}\n\n${meetingsReport({ pairs, convergence, diagnostic })}`;
}
