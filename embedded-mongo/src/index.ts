/**
 * Public API of the embedded engine.
 *
 * `startEngine()` recovers state from `dbPath` (if given), listens on 127.0.0.1 and resolves with the
 * connection URI `mongodb://127.0.0.1:<port>/?directConnection=true` — the engine presents itself as
 * the primary of replica set `rs0`, so sessions, transactions and retryable writes work; a URI with
 * `?replicaSet=rs0` works as well.
 */
import type { Persistence, SyncMode } from './persistence/types.js';
import { MemoryPersistence } from './persistence/memory.js';
import { Engine } from './engine.js';
import { listen } from './wire/server.js';
import { applyJournalOp } from './storage/recovery.js';
import { startTtlMonitor } from './storage/ttl.js';
import { openFilePersistence } from './persistence/file.js';

export interface EngineOptions {
  /** TCP port; 0 picks a free one. Default 27017. */
  port?: number;
  /** Address to bind; only loopback unless allowRemote. Default 127.0.0.1. */
  bind?: string;
  /** Directory for durable storage; in-memory only when omitted. */
  dbPath?: string;
  sync?: SyncMode;
  allowRemote?: boolean;
  logger?: (msg: string) => void;
  /** TTL sweep interval in ms (default 5000). */
  ttlIntervalMs?: number;
  /** Journal bytes after which a snapshot is written (default DEFAULT_COMPACT_AFTER_BYTES, 200 MB). */
  compactAfterBytes?: number;
}

export interface RunningEngine {
  uri: string;
  port: number;
  /** The in-process engine (storage.events is the change-event hook). */
  engine: Engine;
  stop(): Promise<void>;
}

export async function startEngine(opts: EngineOptions = {}): Promise<RunningEngine> {
  const logger = opts.logger ?? (() => undefined);
  const persistence: Persistence = opts.dbPath
    ? openFilePersistence({
        dbPath: opts.dbPath,
        sync: opts.sync ?? 'batch',
        compactAfterBytes: opts.compactAfterBytes,
      })
    : new MemoryPersistence();
  const engine = new Engine(persistence);
  engine.config.logger = logger;
  engine.storage.onBackgroundError = (err) => logger(`snapshot failed: ${String(err)}`);
  await persistence.open((op) => applyJournalOp(engine.storage, op));
  const bind = opts.bind ?? '127.0.0.1';
  let server;
  try {
    server = await listen(engine, opts.port ?? 27017, bind, !!opts.allowRemote);
  } catch (err) {
    await persistence.close();
    throw err;
  }
  engine.config.host = bind === 'localhost' || bind === '0.0.0.0' || bind === '::' ? '127.0.0.1' : bind;
  engine.config.port = server.port;
  const stopTtl = startTtlMonitor(engine.storage, opts.ttlIntervalMs ?? 5000, (err) =>
    logger(`TTL sweep failed: ${String(err)}`),
  );
  const housekeeping = setInterval(() => {
    engine.sessions.sweep();
    engine.cursors.sweep();
  }, 10_000);
  housekeeping.unref();
  let stopped: Promise<void> | undefined;
  return {
    uri: `mongodb://${engine.config.host}:${server.port}/?directConnection=true`,
    port: server.port,
    engine,
    stop: () =>
      (stopped ??= (async () => {
        stopTtl();
        clearInterval(housekeeping);
        await server.close();
        await engine.storage.drain();
        await persistence.close();
      })()),
  };
}

export { Engine } from './engine.js';
export type { ChangeEvent, OperationType } from './storage/events.js';
export { startEngineInWorker, type WorkerEngine, type WorkerEngineOptions } from './worker.js';
