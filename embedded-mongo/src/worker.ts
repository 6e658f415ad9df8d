/**
 * The engine in a worker thread of the calling process. The worker has its own event loop and its
 * own V8 heap: an application server that embeds the engine keeps answering HTTP while the engine
 * works, uses the second core, and does not pause for garbage collection over the engine's data.
 * The application still talks to it over TCP with the official driver, as to any MongoDB.
 */
import { Worker } from 'node:worker_threads';
import type { EngineOptions } from './index.js';

/** What the worker posts back (worker-entry.ts). */
export type WorkerMessage =
  | { type: 'started'; uri: string; port: number }
  | { type: 'stopped' }
  | { type: 'failed'; message: string }
  | { type: 'log'; message: string };

export type WorkerEngineOptions = Omit<EngineOptions, 'logger'> & {
  logger?: (msg: string) => void;
  /**
   * Called when the worker ends without being asked to (an uncaught error in the engine): the
   * database is gone, so the application should stop rather than answer with errors.
   */
  onUnexpectedExit?: (reason: string) => void;
};

export interface WorkerEngine {
  uri: string;
  port: number;
  /** Flushes and closes the engine's files, then ends the worker. */
  stop(): Promise<void>;
}

export function startEngineInWorker(opts: WorkerEngineOptions = {}): Promise<WorkerEngine> {
  const { logger, onUnexpectedExit, ...engineOptions } = opts;
  const worker = new Worker(new URL('./worker-entry.js', import.meta.url), {
    workerData: engineOptions,
    // The engine's own messages come through `log`; its stray console output joins the process's.
    stdout: false,
    stderr: false,
  });
  let stopping: Promise<void> | undefined;
  let started = false;
  return new Promise<WorkerEngine>((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'log') logger?.(message.message);
      else if (message.type === 'failed') reject(new Error(message.message));
      else if (message.type === 'started') {
        started = true;
        resolve({ uri: message.uri, port: message.port, stop });
      }
    });
    worker.on('error', (err) => {
      if (!started) reject(err);
      else if (!stopping) onUnexpectedExit?.(String(err));
    });
    worker.on('exit', (code) => {
      if (!started) reject(new Error(`The engine's worker ended (exit code ${code}) before it started.`));
      else if (!stopping) onUnexpectedExit?.(`exit code ${code}`);
    });
  });

  function stop(): Promise<void> {
    return (stopping ??= new Promise<void>((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        // Files are flushed and closed: end the thread even if a stray handle would keep it alive.
        if (message.type === 'stopped') worker.terminate().then(() => resolve(), reject);
        else if (message.type === 'failed') reject(new Error(message.message));
      });
      worker.postMessage({ type: 'stop' });
    }));
  }
}
