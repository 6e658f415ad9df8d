/** Administrative and diagnostic commands drivers, mongoose and tools call. */
import { Long, type Document } from 'bson';
import os from 'node:os';
import { Query } from 'mingo';
import type { CommandSpec } from './context.js';
import { CommandError } from './errors.js';
import { toPlain } from '../bson/values.js';
import { sessionKey } from '../txn/sessions.js';
import { calculateObjectSize, UUID } from 'bson';

const VERSION = '7.0.0';

const ok = (extra: Document = {}): Document => ({ ...extra, ok: 1 });
const simple = (fn: CommandSpec['handler']): CommandSpec => ({ handler: fn });

function dbSize(ctx: Parameters<CommandSpec['handler']>[1], db: string): number {
  let size = 0;
  for (const coll of ctx.engine.storage.collections(db)) {
    for (const record of coll.records.values()) size += calculateObjectSize(record.doc);
  }
  return size;
}

export const ADMIN_COMMANDS: Record<string, CommandSpec> = {
  ping: simple(() => ok()),
  buildInfo: simple(() =>
    ok({
      version: VERSION,
      gitVersion: 'embedded-mongo',
      versionArray: [7, 0, 0, 0],
      bits: 64,
      debug: false,
      maxBsonObjectSize: 16 * 1024 * 1024,
      storageEngines: ['embedded'],
      javascriptEngine: 'none',
      modules: [],
      openssl: { running: 'disabled' },
    }),
  ),
  buildinfo: simple((cmd, ctx) => ADMIN_COMMANDS.buildInfo.handler(cmd, ctx)),
  serverStatus: simple((_cmd, ctx) =>
    ok({
      host: os.hostname(),
      version: VERSION,
      process: 'embedded-mongo',
      pid: Long.fromNumber(process.pid),
      uptime: (Date.now() - ctx.engine.startedAt.getTime()) / 1000,
      uptimeMillis: Long.fromNumber(Date.now() - ctx.engine.startedAt.getTime()),
      localTime: new Date(),
      connections: { current: 1, available: 1000 },
      storageEngine: { name: 'embedded', supportsCommittedReads: true, persistent: true },
      mem: { resident: Math.round(process.memoryUsage().rss / 1048576), virtual: 0, supported: true },
      transactions: { currentOpen: ctx.engine.storage.openTransactions },
    }),
  ),
  hostInfo: simple(() =>
    ok({
      system: {
        currentTime: new Date(),
        hostname: os.hostname(),
        cpuAddrSize: 64,
        memSizeMB: Math.round(os.totalmem() / 1048576),
        numCores: os.cpus().length,
        cpuArch: os.arch(),
      },
      os: { type: os.type(), name: os.platform(), version: os.release() },
      extra: {},
    }),
  ),
  getParameter: simple((cmd) => {
    const params: Document = {
      featureCompatibilityVersion: { version: '7.0' },
      transactionLifetimeLimitSeconds: 60,
      maxTransactionLockRequestTimeoutMillis: 5,
    };
    if (cmd.getParameter === '*') return ok(params);
    const out: Document = {};
    for (const key of Object.keys(cmd)) if (key in params) out[key] = params[key];
    return ok(out);
  }),
  setParameter: simple(() => ok({ was: null })),
  getCmdLineOpts: simple(() => ok({ argv: process.argv, parsed: {} })),
  getLog: simple((cmd) =>
    cmd.getLog === '*' ? ok({ names: ['global'] }) : ok({ totalLinesWritten: 0, log: [] }),
  ),
  getFreeMonitoringStatus: simple(() => ok({ state: 'disabled' })),
  connectionStatus: simple(() => ok({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] } })),
  whatsmyuri: simple((_cmd, ctx) => ok({ you: ctx.conn.remote })),
  features: simple(() => ok({ oidMachine: 0 })),
  logout: simple(() => ok()),
  startSession: simple(() => ok({ id: { id: new UUID() }, timeoutMinutes: 30 })),
  endSessions: simple((cmd, ctx) => {
    for (const lsid of (cmd.endSessions as Document[]) ?? []) {
      ctx.engine.sessions.end(lsid);
      ctx.engine.cursors.killForSession(sessionKey(lsid));
    }
    return ok();
  }),
  killSessions: simple((cmd, ctx) => {
    for (const lsid of (cmd.killSessions as Document[]) ?? []) ctx.engine.sessions.end(lsid);
    return ok();
  }),
  killAllSessions: simple((_cmd, ctx) => {
    for (const session of [...ctx.engine.sessions.sessions.values()]) ctx.engine.sessions.end(session.lsid);
    return ok();
  }),
  refreshSessions: simple(() => ok()),
  listDatabases: simple((cmd, ctx) => {
    const filter = cmd.filter ? new Query(toPlain(cmd.filter) as Document) : undefined;
    let databases = [...ctx.engine.storage.dbs.keys()].map((name) => {
      const size = cmd.nameOnly ? 0 : dbSize(ctx, name);
      return { name, sizeOnDisk: size, empty: size === 0 };
    });
    if (filter) databases = databases.filter((d) => filter.test(d));
    if (cmd.nameOnly) return ok({ databases: databases.map((d) => ({ name: d.name })) });
    return ok({ databases, totalSize: databases.reduce((s, d) => s + d.sizeOnDisk, 0), totalSizeMb: 0 });
  }),
  dbStats: simple((_cmd, ctx) => {
    const colls = ctx.engine.storage.collections(ctx.db);
    const objects = colls.reduce((s, c) => s + c.records.size, 0);
    const dataSize = dbSize(ctx, ctx.db);
    return ok({
      db: ctx.db,
      collections: colls.length,
      views: 0,
      objects,
      dataSize,
      storageSize: dataSize,
      indexes: colls.reduce((s, c) => s + c.indexes.size, 0),
      indexSize: 0,
      scaleFactor: 1,
    });
  }),
  saslStart: simple(() => {
    throw new CommandError(
      18,
      'Authentication is not supported by the embedded engine; connect without credentials',
      'AuthenticationFailed',
    );
  }),
  authenticate: simple(() => {
    throw new CommandError(
      18,
      'Authentication is not supported by the embedded engine; connect without credentials',
      'AuthenticationFailed',
    );
  }),
  mapReduce: simple(() => {
    throw new CommandError(
      115,
      'mapReduce is not supported; use the aggregation pipeline',
      'CommandNotSupported',
    );
  }),
  eval: simple(() => {
    throw new CommandError(115, 'eval is not supported', 'CommandNotSupported');
  }),
};
