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
import { pooled, runScenario, type ScenarioResult, type ServerProbe, type Shape } from './scenario.js';

const SECONDS = Number(process.env['BENCH_MEETING_SECONDS'] ?? 30);
const SEEDS = Number(process.env['BENCH_CONVERGENCE_SEEDS'] ?? 10);
/** BENCH_MEETING_ROUNDS (2): the typing time is split into this many interleaved rounds per side. */
const ROUNDS = Math.max(1, Number(process.env['BENCH_MEETING_ROUNDS'] ?? 2));
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
        const round: Shape = { ...shape, seconds: SECONDS / ROUNDS };
        const label = `${s.editors} editors x ${s.meetings} meeting${s.meetings > 1 ? 's' : ''}`;
        const rssIdleMb = await kehaProbe(keha).rssMb();
        const refRounds: ScenarioResult[] = [];
        const kehaRounds: ScenarioResult[] = [];
        let kehaUnload: KehaUnload | undefined;
        const runReference = async (r: number) => {
          console.log(`${label}: reference, round ${r + 1} of ${ROUNDS} ...`);
          const editor = (m: number) => referenceEditor(reference.url, `bench-${n}-${r}-${m}`);
          refRounds.push(await runScenario(round, editor, procProbe(reference.pid), n + 1 + 100 * r));
        };
        const runKeha = async (r: number) => {
          console.log(`${label}: Kehä, round ${r + 1} of ${ROUNDS} ...`);
          const meetings = await newMeetings(sessions[1]!, s.meetings);
          const editor = (m: number, e: number) =>
            kehaEditor(keha.url, cookies[e % cookies.length]!, meetings[m]!);
          kehaRounds.push(await runScenario(round, editor, kehaProbe(keha), n + 1 + 100 * r));
          // Unloaded before the reference types again, so that Kehä's writes do not overlap its rounds.
          kehaUnload = await unload(keha);
        };
        // Interleaved, in an ABBA order (reference, Kehä, Kehä, reference, ...), so that a change of the
        // machine's load during the run falls on both sides alike.
        for (let r = 0; r < ROUNDS; r++) {
          const order = r % 2 === 0 ? [runReference, runKeha] : [runKeha, runReference];
          for (const run of order) {
            await run(r);
            await pause(2_000);
          }
        }
        pairs.push({
          shape,
          rounds: ROUNDS,
          reference: pooled(refRounds),
          keha: pooled(kehaRounds),
          kehaUnload: kehaUnload!,
          kehaIdleRssMb: rssIdleMb,
        });
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
