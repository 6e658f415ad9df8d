// `npm test`: every suite in order (shared, engine, server, client in headless Chromium, e2e in
// Playwright), a summary line per suite, a total line, and a non-zero exit if anything failed.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale } from './build-if-stale.mjs';

const root = path.resolve(import.meta.dirname, '..');
process.env.CHROME_BIN ||= '/usr/bin/chromium';

const SUITES = [
  { name: 'shared', cmd: 'npm test -w shared', parse: jasmineCounts },
  { name: 'embedded-mongo', cmd: 'npm test -w embedded-mongo', parse: jasmineCounts },
  { name: 'server', cmd: 'npm test -w server', parse: jasmineCounts },
  { name: 'client', cmd: 'npx ng test client --watch=false', parse: karmaCounts },
  { name: 'e2e', cmd: 'npm test -w e2e', parse: playwrightCounts, before: () => buildIfStale() },
];

function jasmineCounts(out) {
  const m = [...out.matchAll(/(\d+) specs?, (\d+) failures?(?:, (\d+) pending specs?)?/g)].at(-1);
  return m ? { passed: +m[1] - +m[2] - +(m[3] ?? 0), failed: +m[2], skipped: +(m[3] ?? 0) } : null;
}
function karmaCounts(out) {
  const m = [...out.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?(?: \(skipped (\d+)\))?/g)].at(-1);
  return m ? { passed: +m[1] - +(m[3] ?? 0), failed: +(m[3] ?? 0), skipped: +(m[4] ?? 0) } : null;
}
function playwrightCounts(out) {
  const n = (re) => +(re.exec(out)?.[1] ?? 0);
  const passed = n(/(\d+) passed/),
    failed = n(/(\d+) failed/) + n(/(\d+) flaky/),
    skipped = n(/(\d+) skipped/);
  return passed + failed + skipped ? { passed, failed, skipped } : null;
}

function run(cmd) {
  return new Promise((resolve) => {
    const child = spawn(cmd, { cwd: root, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        out += chunk;
        process.stdout.write(chunk);
      });
    }
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

const only = process.argv.slice(2);
const results = [];
for (const suite of SUITES.filter((s) => !only.length || only.includes(s.name))) {
  process.stdout.write(`\n=== ${suite.name}: ${suite.cmd}\n`);
  const started = Date.now();
  suite.before?.();
  const { code, out } = await run(suite.cmd);
  const counts = suite.parse(out) ?? { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 };
  if (code !== 0 && counts.failed === 0) counts.failed = 1; // a crash or compile error is a failure
  results.push({ name: suite.name, ok: code === 0, seconds: (Date.now() - started) / 1000, ...counts });
}

process.stdout.write('\n=== Summary\n');
for (const r of results) {
  process.stdout.write(
    `${r.ok ? 'PASS' : 'FAIL'} ${r.name.padEnd(15)} ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped (${r.seconds.toFixed(0)} s)\n`,
  );
}
const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed }), {
  passed: 0,
  failed: 0,
});
process.stdout.write(`Total: ${total.passed} passed, ${total.failed} failed\n`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
