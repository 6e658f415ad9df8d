/** The real entry point (`node dist/main.js`, as `npm start` runs it) in its own process, on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { BenchProbe } from '../platform/bench-probe.js';

const MAIN = path.resolve(import.meta.dirname, '../main.js');

export interface ServerProcess {
  url: string;
  pid: number;
  startMs: number;
  /** SIGTERM, then waits for the exit (the server's graceful stop closes the engine). */
  stop(): Promise<number | null>;
  /** The server's own CPU time, memory and meeting documents (over the IPC channel). */
  probe(): Promise<BenchProbe>;
}

export function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  /** Another entry point that prints "running at <url>" and answers the probes (bench/floor). */
  entry: string = MAIN,
): Promise<ServerProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, entry], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      ...env,
    },
    // The IPC channel only answers the benchmark's probes (platform/bench-probe.ts).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let probes = 0;
  const probe = () =>
    new Promise<BenchProbe>((resolve, reject) => {
      const id = ++probes;
      const onMessage = (message: BenchProbe) => {
        if (message?.type !== 'probe' || message.id !== id) return;
        child.off('message', onMessage);
        resolve(message);
      };
      child.on('message', onMessage);
      if (!child.send({ type: 'probe', id })) reject(new Error('the server has no IPC channel'));
    });
  let output = '';
  let ready = false;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    // The pipes are read to the end, so that a chatty server never blocks on a full one.
    const onData = (chunk: Buffer) => {
      if (ready) return;
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match) return;
      ready = true;
      resolve({
        url: match[1]!.replace('localhost', '127.0.0.1'),
        pid: child.pid!,
        startMs: performance.now() - started,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
        probe,
      });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => {
      onData(chunk);
      if (process.env['BENCH_VERBOSE']) process.stderr.write(chunk);
    });
    void exited.then((code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

/** Runs `work` and measures the server process's CPU time (user + system, ms, all threads) meanwhile. */
export async function withServerCpu<T>(
  server: ServerProcess,
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: number }> {
  const before = (await server.probe()).cpu;
  const result = await work();
  const after = (await server.probe()).cpu;
  return { result, cpuMs: (after.user + after.system - before.user - before.system) / 1000 };
}
