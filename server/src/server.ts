import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type KehaApp } from './app.js';
import type { AppConfig } from './platform/config.js';
import { connectDatabase, type Database } from './platform/db.js';
import type { Logger } from './platform/logging.js';
import { seedDemoData } from './seed/seed-demo.js';
import { ensureDeadlineProjection } from './features/case/deadline-projection-rebuild.js';
import { attachRealtime, type RealtimeServer } from './platform/realtime/socket-server.js';

export interface RunningServer extends KehaApp {
  url: string;
  port: number;
  database: Database;
  seeded: boolean;
  /** socket.io at /socket.io; every socket is signed in (`socket.data.user`). */
  io: RealtimeServer;
  /** Graceful stop: refuse new connections, let in-flight requests finish, then close the database. */
  stop(): Promise<void>;
}

export async function startServer(config: AppConfig, logger: Logger): Promise<RunningServer> {
  const database = await connectDatabase(config.database, logger);
  const seeded = config.seedDemoData ? await seedDemoData(database.connection) : false;
  // Not fatal: reads compute and store a child's missing deadlines themselves (the dashboards' counts
  // lack such children until then), and the next start tries again.
  const projected = await ensureDeadlineProjection(database.connection).catch((err: unknown) => {
    logger.error({ err }, 'Computing the stored deadlines at start failed; continuing');
    return 0;
  });
  if (projected) logger.info({ children: projected }, 'Stored deadlines computed at start');
  const keha = createApp({ config, database, logger });
  const httpServer = http.createServer(keha.app);
  httpServer.keepAliveTimeout = 5_000;
  const io = attachRealtime(httpServer, keha.auth.sessions);
  keha.realtime.bind(io);
  await keha.meetings.realtime.attach(io);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  let stopping: Promise<void> | null = null;

  async function stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    // Open sockets would keep the server from closing: io.close() ends them (and resolves with the
    // HTTP server's own close).
    const realtimeClosed = io.close();
    httpServer.closeIdleConnections();
    const grace = setTimeout(() => httpServer.closeAllConnections(), config.shutdownGraceMs);
    await Promise.all([closed, realtimeClosed]);
    clearTimeout(grace);
    // Every accepted edit is stored before it was acknowledged; this finishes queued ones and compacts.
    await keha.meetings.realtime.close();
    await database.close();
  }

  return {
    ...keha,
    url: `http://localhost:${port}`,
    port,
    database,
    seeded,
    io,
    stop: () => (stopping ??= stop()),
  };
}
