// Builds each part of the app only when its sources changed since the last build, so `npm start` is
// quick after the first run but never serves stale code.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

const STEPS = [
  {
    name: 'shared',
    inputs: ['shared/src'],
    output: 'shared/dist/index.js',
    cmd: ['npm', 'run', 'build', '-w', 'shared'],
  },
  {
    name: 'embedded-mongo',
    inputs: ['embedded-mongo/src', 'shared/dist'],
    output: 'embedded-mongo/dist/index.js',
    cmd: ['npm', 'run', 'build', '-w', 'embedded-mongo'],
  },
  {
    name: 'server',
    inputs: ['server/src', 'shared/dist', 'embedded-mongo/dist'],
    output: 'server/dist/main.js',
    cmd: ['npm', 'run', 'build', '-w', 'server'],
  },
  {
    name: 'client',
    inputs: ['client', 'angular.json', 'shared/dist'],
    output: 'dist/client/browser/index.html',
    cmd: ['npx', 'ng', 'build', 'client'],
  },
];

function newestMtime(target) {
  const full = path.join(root, target);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(full, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

export function buildIfStale({ only } = {}) {
  for (const step of STEPS) {
    if (only && !only.includes(step.name)) continue;
    const built = newestMtime(step.output);
    const changed = Math.max(...step.inputs.map(newestMtime));
    if (built && built >= changed) continue;
    process.stdout.write(`Building ${step.name}...\n`);
    const result = spawnSync(step.cmd[0], step.cmd.slice(1), { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) {
      process.stderr.write(`Building ${step.name} failed.\n`);
      process.exit(result.status ?? 1);
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfStale();
