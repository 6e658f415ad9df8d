/** The floor section of docs/PERFORMANCE.md: one row per route, the verdict, how it was measured. */
import { table, type Row } from '@keha/embedded-mongo/bench-report';
import type { LoadResult } from '../http-load.js';

export interface RouteFigures extends LoadResult {
  /** The floor process's CPU time (HTTP thread and engine worker) per request of the timed run, ms. */
  cpuMs: number;
  /** Answered requests of the warm-up run (untimed; counted for the audit check). */
  warmUpRequests: number;
}

export interface FloorFigures {
  none: RouteFigures;
  one: RouteFigures;
  audited: RouteFigures;
  single: RouteFigures;
  auditCount: number;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
const latency = (r: RouteFigures) =>
  `${Math.round(r.perSecond)} req/s; p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, p99 ${ms(r.p99)}; ${r.errors} errors (${r.requests} requests); server CPU ${ms(r.cpuMs)}/request`;

export function floorReport(
  f: FloorFigures,
  shape: { seconds: number; connections: number; documents: number; warmUpSeconds: number },
): string {
  const conns = `${shape.connections} connections for ${shape.seconds} s`;
  const pass = f.audited.p95 < 50 && f.audited.errors === 0;
  // Little's law for a closed loop: with N requests always in flight, the mean latency is N / throughput.
  const needed = (shape.connections * 1000) / 50;
  const rows: Row[] = [
    {
      what: `GET /none: \`res.json\` of a constant, no database; ${conns}`,
      value: latency(f.none),
      target: '',
    },
    {
      what: `GET /one/:key: one indexed \`findOne\` of a ~1.2 KB document (keys cycling over ${shape.documents}), answered as JSON; ${conns}`,
      value: latency(f.one),
      target: '',
    },
    {
      what: `GET /audited/:key: the same \`findOne\`, then a durable \`insertOne\` of an audit document awaited before the answer; ${conns}`,
      value: latency(f.audited),
      target: '',
    },
    { what: 'same, one connection (no queueing)', value: latency(f.single), target: '' },
    {
      what: `p95 < 50 ms at ${shape.connections} connections reachable by the cheapest audited read`,
      value: `p95 ${ms(f.audited.p95)}, ${Math.round(f.audited.perSecond)} req/s`,
      target: 'p95 < 50 ms',
      pass,
    },
  ];
  const how = `**How.** \`server/src/bench/floor/floor-server.ts\` runs in its own process (spawned like the real server, on a fresh temporary data directory, removed afterwards): Express 5 with x-powered-by and ETag off, the official \`mongodb\` driver with its defaults (no mongoose, no sessions, no sign-in, no access gate, no compression, no logging) connected over loopback to the embedded engine started with \`startEngineInWorker\` and \`sync: 'batch'\`, exactly as \`platform/db.ts\` starts it for the product. It seeds ${shape.documents} synthetic documents \`{key, name, pad}\` of ~1.2 KB with an index on \`key\`. This process loads each route with the picture bench's closed-loop generator (\`bench/http-load.ts\`: keep-alive connections, each sending its next request as soon as the previous answer is read, every latency kept), ${shape.connections} connections after a ${shape.warmUpSeconds} s warm-up, keys cycling over all documents; CPU is the floor process's user + system time (both threads) over the timed run, read over the IPC channel. The load generator shares the machine's two cores with the floor process, as in the picture bench. After the runs it checks that every audited answer wrote its audit document (${f.auditCount} written).`;
  const verdict = `**Verdict: ${pass ? 'pass' : 'FAIL'}.** With ${shape.connections} requests always in flight, p95 < 50 ms needs about ${needed} answers/s or more: in a closed loop the mean latency is the requests in flight over the throughput (Little's law), and the p95 lies above the mean unless a few requests take very long. The cheapest audited read this stack allows, one indexed read and one durable audit insert with nothing else around them, reached ${Math.round(f.audited.perSecond)}/s (p95 ${ms(f.audited.p95)}; ${ms(f.audited.cpuMs)} of server CPU per request; alone on one connection p50 ${ms(f.single.p50)}). The read alone reached ${Math.round(f.one.perSecond)}/s (p95 ${ms(f.one.p95)}), and Express without any database ${Math.round(f.none.perSecond)}/s (p95 ${ms(f.none.p95)}). A situational picture is the same read and audit write plus about nine more queries, sign-in, the access gate and mongoose${pass ? `, all on the same two cores: it meets the target only if it costs at most ${(f.audited.perSecond / needed).toFixed(1)}× this floor` : ', so it cannot be faster than this floor on this machine'}.`;
  return [table(rows), how, verdict].join('\n\n');
}
