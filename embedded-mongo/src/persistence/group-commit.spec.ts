import { makeTempDir, openWithModel, put, removeDir } from './test-support.js';
import type { SyncMode } from './types.js';

describe('file persistence group commit', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('group')));
  afterEach(() => removeDir(dir));

  for (const sync of ['batch', 'always'] as SyncMode[]) {
    it(`resolves 1000 concurrent commits in order and recovers them all (sync ${sync})`, async () => {
      const { persistence } = await openWithModel(dir, { sync });
      const resolved: number[] = [];
      const started = Date.now();
      await Promise.all(
        Array.from({ length: 1000 }, (_, i) =>
          persistence.commit([put(i), put(i + 100000)]).then(() => resolved.push(i)),
        ),
      );
      // With one fsync per commit this would take >= 1000 fsyncs; grouping makes it a handful.
      expect(Date.now() - started).toBeLessThan(2000);
      expect(resolved).toEqual(Array.from({ length: 1000 }, (_, i) => i));
      await persistence.close();

      const reopened = await openWithModel(dir);
      const ids = reopened.model.applied.map((op) => (op.op === 'put' ? Number(op.doc['_id']) : -1));
      expect(ids).toEqual(Array.from({ length: 1000 }, (_, i) => [i, i + 100000]).flat());
      await reopened.persistence.close();
    });
  }

  it('keeps sequential commits in order across many small writes', async () => {
    const { persistence } = await openWithModel(dir, { sync: 'batch' });
    for (let i = 0; i < 200; i++) await persistence.commit([put(i)]);
    await persistence.close();
    const reopened = await openWithModel(dir);
    expect(reopened.model.applied.length).toBe(200);
    await reopened.persistence.close();
  });
});
