import { DEMO_ACCOUNTS } from './seed/demo-organisation.js';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';

const MAIN = path.resolve(import.meta.dirname, 'main.js');

interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Runs the real entry point (`node dist/main.js`) the way `npm start` does, on a random port. */
function startMain(dataDir: string): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) resolve({ child, url: match[1]!, output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, ms: Date.now() - started })));
}

describe('the server process', () => {
  let dataDir: string;
  beforeAll(async () => (dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keha-life-'))));
  afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));

  it('seeds demo data once, keeps all data across restarts, and stops cleanly on SIGTERM', async () => {
    const first = await startMain(dataDir);
    expect(first.output()).toContain('anna.sw');
    expect(first.output()).toContain('Keha-demo-2026');
    expect((await fetch(`${first.url}/api/health`)).status).toBe(200);
    const firstExit = exited(first.child);
    first.child.kill('SIGTERM');
    const { code, ms } = await firstExit;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(5_000);

    // The data directory now holds the organisation; a second start must find it, not seed again.
    const second = await startMain(dataDir);
    const secondExit = exited(second.child);
    second.child.kill('SIGTERM');
    expect((await secondExit).code).toBe(0);

    const { startEngine } = await import('@keha/embedded-mongo');
    const engine = await startEngine({ port: 0, dbPath: path.join(dataDir, 'db'), sync: 'none' });
    const connection = await mongoose.createConnection(engine.uri, { dbName: 'keha' }).asPromise();
    try {
      expect(await connection.collection('users').countDocuments()).toBe(DEMO_ACCOUNTS.length);
      expect(await connection.collection('teams').countDocuments()).toBe(2);
    } finally {
      await connection.close();
      await engine.stop();
    }
  }, 60_000);
});
