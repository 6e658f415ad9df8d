import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type AppConfig } from '../platform/config.js';
import { createLogger } from '../platform/logging.js';
import { startServer, type RunningServer } from '../server.js';

export interface TestServer extends RunningServer {
  dataDir: string;
  /** Stops the server and removes its data directory. */
  dispose(): Promise<void>;
}

/**
 * Starts the real app on a random port against the embedded engine (or MONGODB_URI when set, with a
 * database name of its own) with a fresh temporary data directory: integration specs talk HTTP to it.
 */
export async function startTestServer(env: Record<string, string> = {}): Promise<TestServer> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keha-test-'));
  const config: AppConfig = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DB_SYNC: 'none',
    LOG_LEVEL: 'silent',
    DB_NAME: `keha_test_${path.basename(dataDir).replace(/[^A-Za-z0-9_]/g, '_')}`,
    ...(process.env['MONGODB_URI'] ? { MONGODB_URI: process.env['MONGODB_URI'] } : {}),
    ...env,
  });
  const server = await startServer(config, createLogger(config.logLevel));
  return {
    ...server,
    dataDir,
    async dispose() {
      await server.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}
