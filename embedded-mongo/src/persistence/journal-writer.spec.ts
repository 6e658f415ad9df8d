import { promises as fs, writeFileSync } from 'node:fs';
import { journalPath } from './file-names.js';
import { JournalWriter } from './journal-writer.js';
import { encodeRecord } from './record-format.js';
import { makeTempDir, removeDir } from './test-support.js';

describe('journal writer failure handling', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('writer')));
  afterEach(() => removeDir(dir));

  it('fails every pending and later commit once a write fails (fail-stop)', async () => {
    writeFileSync(journalPath(dir, 1), '');
    const readOnly = await fs.open(journalPath(dir, 1), 'r'); // every write on it fails with EBADF
    const writer = new JournalWriter(dir, readOnly, 1, 0, 'batch');
    const record = encodeRecord(1n, [Buffer.from('payload')]);
    const results = await Promise.allSettled([writer.append(record), writer.append(record)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(
      /journal write failed, refusing further writes/,
    );
    await expectAsync(writer.append(record)).toBeRejectedWithError(/refusing further writes/);
    await expectAsync(writer.close()).toBeRejectedWithError(/journal write failed/);
  });
});
