/**
 * One propagation scenario against one server: `meetings` documents with `editors` editors each,
 * every editor typing `perSecond` characters a second. Editors connect, type for a warm-up, then for
 * `seconds` with every keystroke timed; typing stops, the last updates settle, and the server's CPU
 * time over the timed part is taken. Then every editor leaves.
 */
import { percentile } from '../http-load.js';
import { LatencyClock, startTyping, type Editor } from './editors.js';
import { seededRandom as random } from '../../testing/seeded-random.js';

export interface Shape {
  meetings: number;
  editors: number;
  perSecond: number;
  seconds: number;
  warmupSeconds: number;
}

/** What the benchmark can read of a server process. */
export interface ServerProbe {
  /** CPU time (user + system) so far, ms. */
  cpuMs(): Promise<number>;
  rssMb(): Promise<number>;
}

export interface ScenarioResult {
  samples: number;
  /** Every latency, ms, ascending (pooled across rounds by `pooled`). */
  latencies: number[];
  /** Remote applies expected: every keystroke at every other editor of its meeting. */
  expected: number;
  elapsedMs: number;
  serverCpuMs: number;
  clientCpuMs: number;
  /** Remote applies seen / expected (every keystroke at every other editor of its meeting). */
  delivered: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server CPU over the timed typing, in cores (1 = one core busy). */
  serverCores: number;
  /** This process's CPU over the same time (every editor's client side). */
  clientCores: number;
  /** Keystrokes typed in the timed part (all editors; fewer than planned when this process fell behind). */
  keystrokes: number;
  plannedKeystrokes: number;
  rssBeforeMb: number;
  rssTypingMb: number;
  connectMs: number;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runScenario(
  shape: Shape,
  makeEditor: (meeting: number, index: number) => Editor,
  server: ServerProbe,
  seed: number,
): Promise<ScenarioResult> {
  const rand = random(seed);
  const clock = new LatencyClock();
  const rssBeforeMb = await server.rssMb();
  const editors: Editor[] = [];
  for (let m = 0; m < shape.meetings; m++)
    for (let e = 0; e < shape.editors; e++) editors.push(makeEditor(m, e));
  editors.forEach((e) => clock.watch(e.doc));
  const connecting = performance.now();
  // A few at a time, as people arrive; all of them at once would time the join storm instead.
  for (let i = 0; i < editors.length; i += 10)
    await Promise.all(editors.slice(i, i + 10).map((e) => e.connect()));
  const connectMs = performance.now() - connecting;
  try {
    const stop = startTyping(editors, shape.perSecond, clock, rand);
    await pause(shape.warmupSeconds * 1000);
    clock.recording = true;
    const cpuStart = await server.cpuMs();
    const clientStart = process.cpuUsage();
    const started = performance.now();
    await pause(shape.seconds * 1000);
    clock.recording = false;
    const client = process.cpuUsage(clientStart);
    const cpuEnd = await server.cpuMs();
    const elapsed = performance.now() - started;
    stop();
    const rssTypingMb = await server.rssMb();
    // The last keystrokes reach everyone (or 10 s pass: what is still missing counts as not delivered).
    const expected = clock.keystrokes * (shape.editors - 1);
    for (let waited = 0; waited < 10_000 && clock.samples.length < expected; waited += 100) await pause(100);
    const sorted = [...clock.samples].sort((a, b) => a - b);
    return summarise({
      latencies: sorted,
      expected,
      elapsedMs: elapsed,
      serverCpuMs: cpuEnd - cpuStart,
      clientCpuMs: (client.user + client.system) / 1000,
      keystrokes: clock.keystrokes,
      plannedKeystrokes: editors.length * shape.perSecond * shape.seconds,
      rssBeforeMb,
      rssTypingMb,
      connectMs,
    });
  } finally {
    editors.forEach((e) => e.close());
  }
}

/** Rounds of one scenario against one server as one result: latencies pooled, counts and CPU summed. */
export function pooled(rounds: ScenarioResult[]): ScenarioResult {
  const sum = (f: (r: ScenarioResult) => number) => rounds.reduce((n, r) => n + f(r), 0);
  return summarise({
    latencies: rounds.flatMap((r) => r.latencies).sort((a, b) => a - b),
    expected: sum((r) => r.expected),
    elapsedMs: sum((r) => r.elapsedMs),
    serverCpuMs: sum((r) => r.serverCpuMs),
    clientCpuMs: sum((r) => r.clientCpuMs),
    keystrokes: sum((r) => r.keystrokes),
    plannedKeystrokes: sum((r) => r.plannedKeystrokes),
    rssBeforeMb: rounds[0]!.rssBeforeMb,
    rssTypingMb: Math.max(...rounds.map((r) => r.rssTypingMb)),
    connectMs: Math.max(...rounds.map((r) => r.connectMs)),
  });
}

/** What a run measured, before the figures derived from it. */
type Measured = Omit<
  ScenarioResult,
  'samples' | 'delivered' | 'p50' | 'p95' | 'p99' | 'max' | 'serverCores' | 'clientCores'
>;

/** The figures of a run (or of pooled rounds), derived in one place. */
function summarise(m: Measured): ScenarioResult {
  const sorted = m.latencies;
  return {
    ...m,
    samples: sorted.length,
    delivered: m.expected ? sorted.length / m.expected : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? NaN,
    serverCores: m.serverCpuMs / m.elapsedMs,
    clientCores: m.clientCpuMs / m.elapsedMs,
  };
}
