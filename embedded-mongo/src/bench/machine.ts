/** Machine description and the markdown table the bench prints and writes into docs/PERFORMANCE.md. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';

export interface Row {
  what: string;
  value: string;
  target: string;
  /** undefined: informational row without a target. */
  pass?: boolean;
}

export function machineLine(loadAtStart: number[]): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const mem = (os.totalmem() / 1024 ** 3).toFixed(1);
  const load = loadAtStart.map((l) => l.toFixed(2)).join(' / ');
  return `${cpu}, ${os.cpus().length} cores, ${mem} GB RAM, Node ${process.version}, ${os.platform()} ${os.release()}; load average at start ${load} (1/5/15 min); ${new Date().toISOString()}`;
}

export function table(rows: Row[]): string {
  const lines = ['| measurement | result | target | pass |', '|---|---|---|---|'];
  for (const r of rows)
    lines.push(
      `| ${r.what} | ${r.value} | ${r.target} | ${r.pass === undefined ? '' : r.pass ? 'pass' : '**FAIL**'} |`,
    );
  return lines.join('\n');
}

const INTRO =
  '# Performance\n\nBenchmarks are run with `npm run bench`; each section names the machine and date.\n';

/**
 * Replaces (or appends) one benchmark's section of docs/PERFORMANCE.md, found by its `## ` heading;
 * the engine's and the server's benchmarks each own a section.
 */
export function writeSection(path: string, heading: string, body: string): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : INTRO;
  const section = `${heading}\n\n${body.trim()}\n`;
  const start = text.indexOf(heading);
  if (start < 0) {
    writeFileSync(path, `${text.trimEnd()}\n\n${section}`);
    return;
  }
  const next = text.indexOf('\n## ', start + heading.length);
  writeFileSync(path, text.slice(0, start) + section + (next < 0 ? '' : text.slice(next)));
}
