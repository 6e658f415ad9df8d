/**
 * Test harness for the compatibility specs: starts an engine on a free port, or uses a real MongoDB
 * when MONGODB_URI is set (to compare behaviour with production).
 */
import { MongoClient, type Db } from 'mongodb';
import { startEngine, type RunningEngine } from '../index.js';

export interface Harness {
  uri: string;
  client: MongoClient;
  /** A fresh database per call, so specs do not see each other's data. */
  freshDb(prefix?: string): Db;
  engine?: RunningEngine;
  stop(): Promise<void>;
}

let dbCounter = 0;

export async function startHarness(): Promise<Harness> {
  const external = process.env.MONGODB_URI;
  const engine = external ? undefined : await startEngine({ port: 0, ttlIntervalMs: 200 });
  const uri = external ?? engine!.uri;
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  await client.connect();
  const created: string[] = [];
  return {
    uri,
    client,
    engine,
    freshDb(prefix = 'compat') {
      const name = `${prefix}_${process.pid}_${++dbCounter}`;
      created.push(name);
      return client.db(name);
    },
    async stop() {
      if (external)
        for (const name of created)
          await client
            .db(name)
            .dropDatabase()
            .catch(() => undefined);
      await client.close();
      await engine?.stop();
    },
  };
}
