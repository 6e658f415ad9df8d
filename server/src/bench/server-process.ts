/** The real entry point (`node dist/main.js`, as `npm start` runs it) in its own process, on a free port. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const MAIN = path.resolve(import.meta.dirname, '../main.js');

export interface ServerProcess {
  url: string;
  pid: number;
  startMs: number;
  /** SIGTERM, then waits for the exit (the server's graceful stop closes the engine). */
  stop(): Promise<number | null>;
}

export function startServerProcess(
  dataDir: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
): Promise<ServerProcess> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
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
