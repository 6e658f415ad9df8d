import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runUntilKilled, taggedNumbers } from './crash/kill-child.js';
import { makeTempDir, openWithModel, removeDir } from './test-support.js';

const CHILD = fileURLToPath(new URL('./crash/crash-child.js', import.meta.url));
const ITERATIONS = 25;
const SEED = 20240611;

/** mulberry32: a tiny seeded PRNG so a failing run can be reproduced. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the child until it has been writing for `killAfterMs`, SIGKILLs it, returns the acked commit numbers. */
async function runAndKill(dbPath: string, killAfterMs: number): Promise<{ acked: number[] }> {
  const out = await runUntilKilled(CHILD, [dbPath, String(256 * 1024)], killAfterMs);
  return { acked: taggedNumbers(out, 'ack') };
}

describe('file persistence crash safety (SIGKILL)', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('crash')));
  afterEach(() => removeDir(dir));

  it(`never loses an acknowledged commit nor applies one partially, over ${ITERATIONS} kills`, async () => {
    const next = random(SEED);
    let totalAcked = 0;
    let highest = -1;
    let snapshotsSeen = 0;
    let truncations = 0;
    for (let iteration = 0; iteration < ITERATIONS; iteration++) {
      const delay = Math.floor(next() * 600);
      const { acked } = await runAndKill(dir, delay);
      totalAcked += acked.length;

      snapshotsSeen += readdirSync(dir).filter((name) => name.startsWith('snapshot-')).length > 0 ? 1 : 0;
      const { persistence, model } = await openWithModel(dir, {
        log: (m) => (truncations += /truncating/.test(m) ? 1 : 0),
      });
      const byCommit = new Map<number, number>();
      for (const doc of model.coll('crash.c').values())
        byCommit.set(Number(doc['n']), (byCommit.get(Number(doc['n'])) ?? 0) + 1);
      const commits = [...byCommit.keys()].sort((a, b) => a - b);
      const context = `iteration ${iteration}, kill after ${delay} ms`;
      // All-or-nothing: every recovered commit has its 3 documents.
      expect([...byCommit.values()].every((count) => count === 3))
        .withContext(context)
        .toBeTrue();
      // Commits are journalled in order, so what survives is a prefix 0..m-1.
      expect(commits.every((n, i) => n === i))
        .withContext(context)
        .toBeTrue();
      // Every acknowledged commit survived.
      const lost = acked.filter((n) => !byCommit.has(n));
      expect(lost).withContext(context).toEqual([]);
      expect(commits.length - 1)
        .withContext(context)
        .toBeGreaterThanOrEqual(highest);
      highest = commits.length - 1;
      await persistence.close();
    }
    expect(totalAcked).toBeGreaterThan(ITERATIONS * 10);
    // The small journal limit must have made the child compact, so some kills hit compactions.
    expect(snapshotsSeen).toBeGreaterThan(ITERATIONS / 2);
    console.log(
      `\n[crash test] ${ITERATIONS} kills, ${totalAcked} acked commits, ${truncations} torn tails truncated`,
    );
  }, 180_000);
});
