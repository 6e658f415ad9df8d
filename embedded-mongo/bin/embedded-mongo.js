#!/usr/bin/env node
// CLI: embedded-mongo --port N --dbpath DIR [--bind 127.0.0.1] [--sync always|batch|none] [--force-remote]
import { startEngine } from '../dist/index.js';

function parseArgs(argv) {
  const opts = { port: 27017, bind: '127.0.0.1', sync: 'batch', allowRemote: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--port':
        opts.port = Number(value());
        break;
      case '--dbpath':
        opts.dbPath = value();
        break;
      case '--bind':
      case '--bind_ip':
        opts.bind = value();
        break;
      case '--sync':
        opts.sync = value();
        break;
      case '--force-remote':
        opts.allowRemote = true;
        break;
      case '--help':
      case '-h':
        console.log(
          'usage: embedded-mongo --port N --dbpath DIR [--bind 127.0.0.1] [--sync always|batch|none] [--force-remote]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${arg}`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0 || opts.port > 65535)
    throw new Error('--port must be 0..65535');
  if (!['always', 'batch', 'none'].includes(opts.sync))
    throw new Error('--sync must be always, batch or none');
  return opts;
}

try {
  const opts = parseArgs(process.argv.slice(2));
  const running = await startEngine({ ...opts, logger: (msg) => console.error(`[embedded-mongo] ${msg}`) });
  console.log(running.uri);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (err) {
  console.error(`embedded-mongo: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
