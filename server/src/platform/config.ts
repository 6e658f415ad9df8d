import path from 'node:path';
import { z } from 'zod';
import { authConfig, authEnvSchema, missingProductionSecrets, type AuthConfig } from './auth/auth-config.js';

/**
 * Every setting comes from the environment, parsed and validated once at start. The defaults make
 * `npm start` work on a fresh machine: embedded database in ./data, port 3000, demo data.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  MONGODB_URI: z.string().startsWith('mongodb').optional(),
  DATA_DIR: z.string().min(1).default('data'),
  DB_NAME: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .default('keha'),
  DB_SYNC: z.enum(['always', 'batch', 'none']).default('batch'),
  /** Where the embedded engine runs: its own worker thread (default) or the server's event loop. */
  DB_THREAD: z.enum(['worker', 'main']).default('worker'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CLIENT_DIST: z.string().optional(),
  SEED_DEMO: z.enum(['auto', 'never']).default('auto'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(4_000),
  /** Meeting notes: keep a document loaded this long after its last editor left. */
  NOTES_UNLOAD_AFTER_MS: z.coerce.number().int().min(0).max(600_000).default(5_000),
  /** Meeting notes: compact the update log into a snapshot after this many updates... */
  NOTES_COMPACT_EVERY: z.coerce.number().int().min(1).max(1_000_000).default(500),
  /** ...or this long after the last snapshot. */
  NOTES_COMPACT_AFTER_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  ...authEnvSchema.shape,
});

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: {
    uri?: string;
    dataDir: string;
    name: string;
    sync: 'always' | 'batch' | 'none';
    thread: 'worker' | 'main';
  };
  logLevel: string;
  /** Folder with the built Angular app (index.html), served when it exists. */
  clientDist: string;
  seedDemoData: boolean;
  /** Hops of reverse proxy to trust for the client IP and protocol (false: none). */
  trustProxy: number | false;
  shutdownGraceMs: number;
  notes: { unloadAfterMs: number; everyUpdates: number; afterMs: number };
  auth: AuthConfig;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  const missing = missingProductionSecrets(e);
  if (missing.length) throw new ConfigError(`Invalid configuration:\n  ${missing.join('\n  ')}`);
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  // Relative paths mean "from where the user ran the command": npm runs workspace scripts inside the
  // workspace folder, so `npm run create-admin` at the root would otherwise look in server/data.
  const invokedFrom = env['INIT_CWD'] ?? process.cwd();
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: {
      uri: e.MONGODB_URI,
      dataDir: path.resolve(invokedFrom, e.DATA_DIR),
      name: e.DB_NAME,
      sync: e.DB_SYNC,
      thread: e.DB_THREAD,
    },
    logLevel: e.LOG_LEVEL,
    clientDist: path.resolve(invokedFrom, e.CLIENT_DIST ?? path.join(repoRoot, 'dist/client/browser')),
    seedDemoData: e.NODE_ENV !== 'production' && e.SEED_DEMO === 'auto',
    // One hop, not `true`: with `true` Express takes the left-most X-Forwarded-For entry, which the
    // client writes itself, and per-IP login limits could be dodged by sending a new one each time.
    trustProxy: e.TRUST_PROXY === 'true' ? 1 : false,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    notes: {
      unloadAfterMs: e.NOTES_UNLOAD_AFTER_MS,
      everyUpdates: e.NOTES_COMPACT_EVERY,
      afterMs: e.NOTES_COMPACT_AFTER_MS,
    },
    auth: authConfig(e),
  };
}
