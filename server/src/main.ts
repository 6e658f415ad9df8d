import { answerBenchProbes } from './platform/bench-probe.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { createLogger } from './platform/logging.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-organisation.js';
import { startServer } from './server.js';

/** Entry point of `npm start` and of the production image. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  logger.info({ url: server.url, env: config.env, database: server.database.engine }, 'Kehä is listening');

  let signals = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    if (++signals > 1) process.exit(1); // a second Ctrl-C means "now"
    logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  answerBenchProbes(server);
  // Only now announce readiness: a supervisor that signals as soon as it reads this line must find the handlers in place.
  printWelcome(server.url, config.seedDemoData);
}

function printWelcome(url: string, demo: boolean): void {
  const lines = [``, `  Kehä is running at ${url}`];
  if (demo) {
    lines.push(``, `  Demo accounts (password ${DEMO_PASSWORD}):`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.username.padEnd(20)} ${account.description}`);
  }
  lines.push(``);
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  process.stderr.write(
    err instanceof ConfigError
      ? `${err.message}\n`
      : `Kehä failed to start: ${String((err as Error)?.stack ?? err)}\n`,
  );
  process.exit(1);
});
