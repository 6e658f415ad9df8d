import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { journalPath } from './file-names.js';
import { HEADER_BYTES } from './record-format.js';
import { makeTempDir, openWithModel, put, recordEnds, removeDir } from './test-support.js';

/** Commit i holds 3 puts (_id i*3, i*3+1, i*3+2), so a partial commit would show as a count not divisible by 3. */
async function writeCommits(dir: string, count: number): Promise<number[]> {
  const { persistence } = await openWithModel(dir);
  for (let i = 0; i < count; i++) {
    await persistence.commit([put(i * 3, { pad: 'x'.repeat(i * 7) }), put(i * 3 + 1), put(i * 3 + 2)]);
  }
  await persistence.close();
  return recordEnds(readFileSync(journalPath(dir, 1)));
}

describe('file persistence torn journal tail', () => {
  let dir: string;
  let scratch: string;
  beforeEach(() => {
    dir = makeTempDir('torn');
    scratch = makeTempDir('torn-scratch');
  });
  afterEach(() => {
    removeDir(dir);
    removeDir(scratch);
  });

  // Reopens the journal once per byte of the last record: slow on a loaded machine.
  it('recovers exactly the complete commits for a cut at every byte inside the last record', async () => {
    const ends = await writeCommits(dir, 5);
    const lastStart = ends[3]!;
    const fullSize = ends[4]!;
    for (let cut = lastStart; cut < fullSize; cut++) {
      removeDir(scratch);
      scratch = makeTempDir('torn-scratch');
      copyFileSync(journalPath(dir, 1), journalPath(scratch, 1));
      truncateSync(journalPath(scratch, 1), cut);
      const { persistence, model } = await openWithModel(scratch);
      expect(model.applied.length).withContext(`cut at ${cut}`).toBe(12);
      expect(statSync(journalPath(scratch, 1)).size)
        .withContext(`cut at ${cut}`)
        .toBe(lastStart);
      await persistence.close();
    }
  }, 60_000);

  it('appends cleanly after truncating a torn tail', async () => {
    const ends = await writeCommits(dir, 3);
    truncateSync(journalPath(dir, 1), ends[2]! - 5);
    const first = await openWithModel(dir);
    expect(first.model.applied.length).toBe(6);
    await first.persistence.commit([put(100), put(101), put(102)]);
    await first.persistence.close();
    const second = await openWithModel(dir);
    expect(second.model.applied.map((op) => (op.op === 'put' ? op.doc['_id'].valueOf() : -1))).toEqual([
      0, 1, 2, 3, 4, 5, 100, 101, 102,
    ]);
    await second.persistence.close();
  });

  it('stops at a flipped byte in the middle, truncates there and says so', async () => {
    const ends = await writeCommits(dir, 6);
    const bytes = readFileSync(journalPath(dir, 1));
    const target = ends[2]! + HEADER_BYTES + 10; // inside the payload of commit 4
    bytes[target] = bytes[target]! ^ 0x40;
    writeFileSync(journalPath(dir, 1), bytes);
    const logs: string[] = [];
    const { persistence, model } = await openWithModel(dir, { log: (m) => logs.push(m) });
    expect(model.applied.length).toBe(9);
    expect(statSync(journalPath(dir, 1)).size).toBe(ends[2]!);
    expect(logs.join('\n')).toMatch(
      /checksum mismatch at byte \d+ after 3 complete commits.*truncating \d+ bytes/,
    );
    await persistence.close();
  });

  it('treats a damaged header (bad magic, absurd length) as the end', async () => {
    const ends = await writeCommits(dir, 3);
    const bytes = readFileSync(journalPath(dir, 1));
    bytes.writeUInt32LE(0xffffffff, ends[1]! + 4); // length field of commit 3
    writeFileSync(journalPath(dir, 1), bytes);
    const { persistence, model } = await openWithModel(dir);
    expect(model.applied.length).toBe(6);
    await persistence.close();
  });
});
