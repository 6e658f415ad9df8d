import { Binary } from 'bson';
import { idKey, makeTempDir, openWithModel, removeDir } from './test-support.js';
import type { JournalOp } from './types.js';

const blob = (id: number, megabytes: number): JournalOp => ({
  op: 'put',
  db: 'db',
  coll: 'files',
  doc: { _id: id, data: new Binary(Buffer.alloc(megabytes * 1024 * 1024, id & 0xff)) },
});

describe('file persistence large commits', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('large')));
  afterEach(() => removeDir(dir));

  it('recovers a record larger than the reader chunk and a backlog larger than one write', async () => {
    const { persistence } = await openWithModel(dir, { sync: 'batch' });
    // 6 docs of 1.5 MB in one commit: one 9 MB record, more than the 4 MB read chunk.
    await persistence.commit(Array.from({ length: 6 }, (_, i) => blob(i, 1.5)));
    // 24 concurrent 1 MB commits: more than the 16 MB cap of a single write, so the batch is split.
    await Promise.all(Array.from({ length: 24 }, (_, i) => persistence.commit([blob(100 + i, 1)])));
    await persistence.close();

    const reopened = await openWithModel(dir);
    const files = reopened.model.coll('db.files');
    expect(files.size).toBe(30);
    expect((files.get(idKey(5))?.['data'] as Binary).buffer.length).toBe(1.5 * 1024 * 1024);
    expect((files.get(idKey(123))?.['data'] as Binary).buffer[777]).toBe(123);
    await reopened.persistence.close();
  });
});
