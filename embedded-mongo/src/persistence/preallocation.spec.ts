import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { journalPath } from './file-names.js';
import { HEADER_BYTES } from './record-format.js';
import { makeTempDir, openWithModel, put, recordEnds, removeDir } from './test-support.js';

/** Journal segments written with sync batch carry zero-filled space after the last record until closed. */
describe('file persistence preallocated journal space', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('prealloc')));
  afterEach(() => removeDir(dir));

  /** Writes commits with sync 'batch' and returns the journal as a crash would leave it (tail not cut). */
  async function crashedJournal(commits: number): Promise<Buffer> {
    const { persistence } = await openWithModel(dir, { sync: 'batch' });
    for (let i = 0; i < commits; i++) await persistence.commit([put(i)]);
    const asCrashed = readFileSync(journalPath(dir, 1)); // copy before close() cuts the tail
    await persistence.close();
    return asCrashed;
  }

  it('grows the file ahead of the records and cuts the zeros on close', async () => {
    const bytes = await crashedJournal(5);
    const end = recordEnds(bytes).at(-1)!;
    expect(bytes.length).toBeGreaterThan(end + 1024 * 1024);
    expect(bytes.subarray(end).every((b) => b === 0)).toBeTrue();
    expect(statSync(journalPath(dir, 1)).size).toBe(end);
  });

  it('reads a zeroed tail as the clean end: no torn-tail message, tail cut, appends continue', async () => {
    const bytes = await crashedJournal(5);
    writeFileSync(journalPath(dir, 1), bytes);
    const logs: string[] = [];
    const opened = await openWithModel(dir, { sync: 'batch', log: (m) => logs.push(m) });
    expect(opened.model.applied.length).toBe(5);
    expect(logs.filter((m) => /journal/.test(m))).toEqual([]);
    expect(statSync(journalPath(dir, 1)).size).toBe(recordEnds(bytes).at(-1)!);
    await opened.persistence.commit([put(5)]);
    await opened.persistence.close();
    const again = await openWithModel(dir);
    expect(again.model.applied.map((op) => (op.op === 'put' ? Number(op.doc['_id']) : -1))).toEqual([
      0, 1, 2, 3, 4, 5,
    ]);
    await again.persistence.close();
  });

  it('treats zeros followed by data as a torn tail and says so', async () => {
    const bytes = await crashedJournal(5);
    const ends = recordEnds(bytes);
    bytes.fill(0, ends[2]!, ends[2]! + HEADER_BYTES); // commit 4's header lost, its payload still there
    writeFileSync(journalPath(dir, 1), bytes);
    const logs: string[] = [];
    const opened = await openWithModel(dir, { log: (m) => logs.push(m) });
    expect(opened.model.applied.length).toBe(3);
    expect(logs.join('\n')).toMatch(/zeroed bytes followed by data at byte \d+ after 3 complete commits/);
    expect(statSync(journalPath(dir, 1)).size).toBe(ends[2]!);
    await opened.persistence.close();
  });
});
