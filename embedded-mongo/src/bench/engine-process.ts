/**
 * Runs the engine CLI in a child process, as the targets require (engine and client in separate
 * processes), and reports when it is ready (it prints its URI once recovery is done).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../../bin/embedded-mongo.js', import.meta.url));

export interface EngineProcess {
  uri: string;
  child: ChildProcess;
  /** Milliseconds from spawn to the URI line (recovery included). */
  startMs: number;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startEngineProcess(dbPath: string, extraArgs: string[] = []): Promise<EngineProcess> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_ENGINE_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      CLI,
      '--port',
      '0',
      '--dbpath',
      dbPath,
      '--sync',
      'batch',
      ...extraArgs,
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`engine exited early (${code})`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^(mongodb:\/\/\S+)$/m.exec(out);
      if (!match) return;
      child.stdout!.removeAllListeners('data');
      child.stdout!.resume();
      resolve({
        uri: match[1]!,
        child,
        startMs: performance.now() - started,
        stop: async (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
  });
}
