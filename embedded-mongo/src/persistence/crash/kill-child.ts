import { spawn } from 'node:child_process';

/**
 * Runs `node script ...args`, waits until it prints `ready`, SIGKILLs it `killAfterMs` later and resolves
 * with everything it printed. A child that exits by itself is a failure: the crash tests need the kill to
 * land while writes are in flight.
 */
export function runUntilKilled(script: string, args: string[], killAfterMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready')) timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`${script} exited by itself (${code}): ${stderr}`));
      resolve(out);
    });
  });
}

/** The numbers a child printed as lines `<tag> N`, in order. */
export function taggedNumbers(out: string, tag: string): number[] {
  return [...out.matchAll(new RegExp(`^${tag} (\\d+)$`, 'gm'))].map((m) => Number(m[1]));
}
