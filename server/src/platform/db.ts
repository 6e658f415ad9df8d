import path from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { startEngine } from '@keha/embedded-mongo';
import type { AppConfig } from './config.js';
import type { Logger } from './logging.js';

export interface Database {
  connection: Connection;
  engine: 'embedded' | 'external';
  /** True when the server answers a ping within a second. */
  isUp(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * With MONGODB_URI the app talks to that server (production: a replica set). Without it, the embedded
 * MongoDB-compatible engine starts in-process on a free loopback port with its files in DATA_DIR, so
 * `npm start` needs no database installed. The app code is the same either way: mongoose over the wire.
 */
export async function connectDatabase(config: AppConfig['database'], logger: Logger): Promise<Database> {
  const engine = config.uri
    ? null
    : await startEngine({
        port: 0,
        dbPath: path.join(config.dataDir, 'db'),
        sync: config.sync,
      });
  const uri = config.uri ?? engine!.uri;
  const connection = mongoose.createConnection(uri, {
    dbName: config.name,
    serverSelectionTimeoutMS: 10_000,
    autoIndex: true,
  });
  try {
    await connection.asPromise();
  } catch (err) {
    await engine?.stop();
    throw err;
  }
  logger.info(
    { engine: engine ? 'embedded' : 'external', dataDir: engine ? config.dataDir : undefined },
    'database connected',
  );
  return {
    connection,
    engine: engine ? 'embedded' : 'external',
    async isUp() {
      try {
        const ping = connection.db?.admin().ping({ timeoutMS: 1_000 });
        return Boolean(ping && (await ping));
      } catch {
        return false;
      }
    },
    async close() {
      await connection.close();
      await engine?.stop();
    },
  };
}
