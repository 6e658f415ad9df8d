// `npm start`: builds what changed, then runs the server on http://localhost:3000 with the embedded
// database in ./data (or MONGODB_URI) and, outside production, the demo organisation.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(import.meta.dirname, '..');
buildIfStale();

// The server runs in its own process group and gets exactly one signal from us: a terminal's Ctrl-C
// reaches npm and this script at once, and a second signal would tell the server to skip its
// graceful shutdown.
const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
  cwd: root,
  stdio: 'inherit',
  detached: true,
});
let forwarded = false;
const stopServer = () => {
  if (!forwarded) server.kill('SIGTERM');
  forwarded = true;
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stopServer);
// `kill -TERM <npm's pid>` ends npm without telling us; when our parent is gone, stop the server
// gracefully instead of leaving it running without anyone to stop it.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) stopServer();
}, 1000).unref();
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
