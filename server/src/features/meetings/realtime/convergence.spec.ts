import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runConvergence } from '../../../testing/notes-convergence.js';

const SEED = 20260601;

/** The scenario is in testing/notes-convergence.ts; the benchmark runs it with many seeds. */
describe('meeting notes convergence (fixed seed, disconnects, a SIGKILL of the server)', () => {
  let dataDir: string;
  beforeAll(async () => (dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'keha-conv-'))));
  afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));

  it('ends with every client and the database holding the same text, with every acknowledged edit', async () => {
    const outcome = await runConvergence(SEED, dataDir);
    expect(outcome.settled).withContext('every update acknowledged and applied everywhere').toBeTrue();
    expect(new Set(outcome.texts).size).toBe(1);
    // Nothing is ever deleted, so a text as long as everything typed holds every edit.
    expect(outcome.texts[0]!.length).toBe(outcome.typed);
    expect(outcome.uncovered).toBe(0);
    expect(outcome.acked).toBeGreaterThan(50);
    expect(outcome.databaseText).toBe(outcome.texts[0]!);
  }, 60_000);
});
