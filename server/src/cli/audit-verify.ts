import { loadConfig } from '../platform/config.js';
import { connectDatabase } from '../platform/db.js';
import { createLogger } from '../platform/logging.js';
import { verifyAuditChain } from '../platform/audit/verify-chain.js';

/**
 * `npm run audit:verify`: walks the audit hash chain of every partition and prints each edited,
 * deleted or reordered event with its partition, sequence number and id. Exits 1 when anything is
 * wrong, so it can run from cron or CI. Uses the same MONGODB_URI / DATA_DIR settings as the server
 * (with the embedded engine, stop the server first: the engine holds a lock on its data directory).
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const database = await connectDatabase(config.database, createLogger('warn'));
  try {
    const report = await verifyAuditChain(database.connection);
    for (const problem of report.problems) {
      process.stdout.write(
        `TAMPERED ${problem.partition} seq ${problem.seq} (id ${problem.eventId}) ${problem.kind}: ${problem.message}\n`,
      );
    }
    process.stdout.write(
      `${report.ok ? 'OK' : 'FAILED'}: ${report.events} events in ${report.partitions} partitions, ` +
        `${report.problems.length} problem(s).\n`,
    );
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`audit:verify failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
