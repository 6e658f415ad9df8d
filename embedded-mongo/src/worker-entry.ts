/** The worker side of `startEngineInWorker` (worker.ts): start the engine, stop it when asked. */
import { parentPort, workerData } from 'node:worker_threads';
import { startEngine, type EngineOptions } from './index.js';
import type { WorkerMessage } from './worker.js';

const port = parentPort!;
const post = (message: WorkerMessage) => port.postMessage(message);

try {
  const engine = await startEngine({
    ...(workerData as EngineOptions),
    logger: (message) => post({ type: 'log', message }),
  });
  port.on('message', (message: { type: string }) => {
    if (message.type !== 'stop') return;
    engine.stop().then(
      () => post({ type: 'stopped' }),
      (err: unknown) => post({ type: 'failed', message: String(err) }),
    );
  });
  post({ type: 'started', uri: engine.uri, port: engine.port });
} catch (err) {
  post({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  port.close();
}
