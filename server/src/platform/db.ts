import path from 'node:path';
import mongoose, { type Connection } from 'mongoose';
import { startEngine, startEngineInWorker } from '@keha/embedded-mongo';
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
 * MongoDB-compatible engine starts in this process on a free loopback port with its files in DATA_DIR,
 * so `npm start` needs no database installed. The app code is the same either way: mongoose over the
 * wire. The engine runs in a worker thread (DB_THREAD=worker): its own event loop on the second core
 * and its own heap, so HTTP answers do not wait behind queries or behind garbage collection over the
 * engine's data.
 */
export async function connectDatabase(config: AppConfig['database'], logger: Logger): Promise<Database> {
  const engine = config.uri ? null : await startEmbedded(config, logger);
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

function startEmbedded(config: AppConfig['database'], logger: Logger) {
  const options = { port: 0, dbPath: path.join(config.dataDir, 'db'), sync: config.sync };
  if (config.thread === 'main') return startEngine(options);
  return startEngineInWorker({
    ...options,
    logger: (message) => logger.info({ engine: 'embedded' }, message),
    onUnexpectedExit: (reason) => {
      // Without its database the server can only answer errors; a supervisor restarts it cleanly.
      logger.fatal({ reason }, 'the embedded database engine stopped unexpectedly');
      process.exit(1);
    },
  });
}
