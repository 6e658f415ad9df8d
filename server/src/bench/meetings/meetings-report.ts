/** The issue-6 section of docs/PERFORMANCE.md. */
import { table, type Row } from '@keha/embedded-mongo/bench-report';
import type { ConvergenceOutcome } from '../../testing/notes-convergence.js';
import type { ScenarioResult, Shape } from './scenario.js';

export interface KehaUnload {
  documentsLeft: number;
  afterMs: number;
  rssMb: number;
  heapMb: number;
}

export interface ScenarioPair {
  shape: Shape;
  /** Interleaved rounds per side whose latencies were pooled. */
  rounds: number;
  reference: ScenarioResult;
  keha: ScenarioResult;
  kehaUnload: KehaUnload;
  kehaIdleRssMb: number;
}

const ms = (v: number) => `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
const mb = (v: number) => `${Math.round(v)} MB`;
const pct = (v: number) => `${(v * 100).toFixed(v < 0.999 ? 1 : 0)} %`;
const latency = (r: ScenarioResult) =>
  `p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)} (max ${ms(r.max)}; ${r.keystrokes} of ${r.plannedKeystrokes} keystrokes typed on time, ${r.samples} remote applies, ${pct(r.delivered)} delivered); CPU: server ${r.serverCores.toFixed(2)}, editors' process ${r.clientCores.toFixed(2)} cores`;
const label = (s: Shape) => `${s.editors} editors x ${s.meetings} meeting${s.meetings > 1 ? 's' : ''}`;

/** Share of the typing schedule the editors' process kept (below 95 %, it was starved: no verdict). */
const onTime = (r: ScenarioResult) => r.keystrokes / r.plannedKeystrokes;

function pairRows(p: ScenarioPair, main: boolean): Row[] {
  const r95 = p.keha.p95 / p.reference.p95;
  const r99 = p.keha.p99 / p.reference.p99;
  const valid = onTime(p.keha) >= 0.95 && onTime(p.reference) >= 0.95;
  const pass = valid && r95 <= 1 && r99 <= 1 && p.keha.delivered >= 0.999;
  const caveat = valid
    ? ''
    : `; not conclusive: the editors' process kept ${pct(onTime(p.keha))} (Kehä) and ${pct(onTime(p.reference))} (reference) of the typing schedule`;
  return [
    {
      what: `${label(p.shape)}, each typing ${p.shape.perSecond} characters/s for ${p.shape.seconds} s (${p.rounds} interleaved rounds per side): reference (\`@y/websocket-server\` + \`y-websocket\`)`,
      value: latency(p.reference),
      target: '',
    },
    {
      what: `same, Kehä (socket.io, authorised join, each update passed on at once, durable before its ack)`,
      value: latency(p.keha),
      target: '',
    },
    {
      what: `same, Kehä / reference`,
      value: `p95 ${r95.toFixed(2)}x, p99 ${r99.toFixed(2)}x${caveat}`,
      target: main ? '<= 1 (no worse), schedule kept' : '',
      ...(main ? { pass } : {}),
    },
  ];
}

export function meetingsReport(input: {
  pairs: ScenarioPair[];
  convergence: ConvergenceOutcome[];
  diagnostic?: ScenarioResult | undefined;
}): string {
  const rows: Row[] = input.pairs.flatMap((p, i) => pairRows(p, i === 0));
  if (input.diagnostic && input.pairs[0])
    rows.splice(3, 0, {
      what: `diagnostic, not the product setting: the ${label(input.pairs[0].shape)} scenario again with Kehä's journal not fsynced (\`DB_SYNC=none\`: updates not durable before the ack)`,
      value: latency(input.diagnostic),
      target: '',
    });
  const many = input.pairs.find((p) => p.shape.meetings > 1);
  if (many) {
    const k = many.keha;
    rows.push(
      {
        what: `${label(many.shape)}: Kehä server CPU while typing (process.cpuUsage of the server process over the timed ${many.shape.seconds} s)`,
        value: `${k.serverCores.toFixed(2)} cores`,
        target: '< 1 core',
        pass: k.serverCores < 1,
      },
      {
        what: `same: Kehä server RSS before the editors joined, while typing, after all left (heap used then)`,
        value: `${mb(many.kehaIdleRssMb)}, ${mb(k.rssTypingMb)}, ${mb(many.kehaUnload.rssMb)} (${mb(many.kehaUnload.heapMb)})`,
        target: '',
      },
      {
        what: `same: documents held by the server after the last editor left (\`MeetingRealtime.stats()\`), and when`,
        value: `${many.kehaUnload.documentsLeft} of ${many.shape.meetings}, ${(many.kehaUnload.afterMs / 1000).toFixed(1)} s after leaving`,
        target: '0 (unloaded)',
        pass: many.kehaUnload.documentsLeft === 0,
      },
    );
  }
  const c = input.convergence;
  if (c.length) {
    const ok = c.filter(
      (o) =>
        o.settled &&
        new Set(o.texts).size === 1 &&
        o.texts[0]!.length === o.typed &&
        o.uncovered === 0 &&
        o.databaseText === o.texts[0],
    ).length;
    rows.push({
      what: `convergence scenario (4 clients, random disconnects and reconnects, SIGKILL of the server mid-typing, restart), ${c.length} seeds: clients and database identical, holding every edit`,
      value: `${ok} of ${c.length} (${c.reduce((n, o) => n + o.acked, 0)} acknowledged updates; ${Math.round(c.reduce((n, o) => n + o.ms, 0) / c.length / 1000)} s a seed)`,
      target: `${c.length} of ${c.length}`,
      pass: ok === c.length,
    });
  }
  const notes = [
    `**How.** Both servers run in their own processes on this machine, each idle while the other is measured; the editors run in this process. Each scenario's typing time is split into rounds run in an ABBA order (reference, Kehä, Kehä, reference, ...; BENCH_MEETING_ROUNDS, 2 by default), each with fresh documents and editors, and each side's latencies are pooled over its rounds, so a change of the machine's load during the run falls on both sides alike. Kehä: \`node server/dist/main.js\` on a fresh data directory with the demo organisation (the embedded engine in a worker thread of the server process, \`DB_SYNC=batch\`: each update is passed on to the others as soon as it is checked and applied, and its log entry is fsynced before it is acknowledged to its sender), each editor a socket.io client speaking the documented protocol (\`server/src/testing/notes-client.ts\`: join, sync, \`doc:update\` with a mutation id, the four team-1 members' sessions shared round-robin). Reference: \`@y/websocket-server\` 0.1.1 as its package starts it (\`src/server.js\`, in memory, no authorisation, no persistence) with \`y-websocket\` providers (BroadcastChannel off). The same yjs 13.6 on all sides. Each editor types one character at a time at its own cursor, evenly spaced at 5 a second with random phases; after a 3 s warm-up every keystroke is timed from just before the local insert until the remote transaction that applied it at each other editor of the meeting (Yjs ids, one clock: all editors are in this process, so the client-side work of both protocols is inside the figures). CPU is the server process's user + system time over the timed part.`,
  ];
  return [table(rows), ...notes].join('\n\n');
}
