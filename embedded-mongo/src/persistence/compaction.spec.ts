import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { journalPath, snapshotPath } from './file-names.js';
import { makeTempDir, openWithModel, put, removeDir, type Opened } from './test-support.js';

const docs = (opened: Opened): number[] =>
  [...opened.model.coll('db.c').values()].map((doc) => Number(doc['_id'])).sort((a, b) => a - b);
const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);
const padded = (n: number) => put(n, { pad: 'p'.repeat(200) });

describe('file persistence snapshots and compaction', () => {
  let dir: string;
  beforeEach(() => (dir = makeTempDir('compact')));
  afterEach(() => removeDir(dir));

  it('asks for a snapshot past compactAfterBytes, rotates the journal and recovers snapshot + later commits', async () => {
    const first = await openWithModel(dir, { compactAfterBytes: 4096 });
    for (let i = 0; i < 30; i++) await first.write([padded(i)]);
    expect(first.persistence.wantsSnapshot()).toBeTrue();
    await first.persistence.snapshot(() => first.model.dump());
    expect(first.persistence.wantsSnapshot()).toBeFalse();
    for (let i = 30; i < 40; i++) await first.write([padded(i)]);
    await first.write([{ op: 'delete', db: 'db', coll: 'c', id: 3 }]);
    await first.persistence.close();
    expect(readdirSync(dir).sort()).toEqual([
      'journal-000001.log',
      'journal-000002.log',
      'snapshot-000001.bson',
    ]);

    const second = await openWithModel(dir);
    expect(docs(second)).toEqual(range(0, 40).filter((n) => n !== 3));
    expect(second.model.applied.length).toBe(30 + 11); // 30 snapshot puts + 11 journal ops
    await second.persistence.close();
  });

  it('keeps one previous generation and deletes older files after each new snapshot', async () => {
    const opened = await openWithModel(dir);
    for (let round = 0; round < 4; round++) {
      await opened.write([padded(round)]);
      await opened.persistence.snapshot(() => opened.model.dump());
    }
    await opened.persistence.close();
    expect(readdirSync(dir).sort()).toEqual([
      'journal-000004.log',
      'journal-000005.log',
      'snapshot-000003.bson',
      'snapshot-000004.bson',
    ]);
    const reopened = await openWithModel(dir);
    expect(docs(reopened)).toEqual([0, 1, 2, 3]);
    await reopened.persistence.close();
  });

  it('recovers after a crash between the snapshot rename and the deletion of old files', async () => {
    const opened = await openWithModel(dir);
    for (let i = 0; i < 5; i++) await opened.write([padded(i)]);
    await opened.persistence.snapshot(() => opened.model.dump());
    for (let i = 5; i < 10; i++) await opened.write([padded(i)]);
    const backup = readFileSync(journalPath(dir, 2)); // journal-2 is deleted by the next snapshot
    await opened.persistence.snapshot(() => opened.model.dump());
    await opened.write([padded(10)]);
    await opened.persistence.close();
    writeFileSync(journalPath(dir, 1), Buffer.alloc(0));
    writeFileSync(journalPath(dir, 2), backup); // as if the process died before pruning

    const reopened = await openWithModel(dir);
    expect(docs(reopened)).toEqual(range(0, 11));
    expect(reopened.model.applied.length).toBe(10 + 1); // snapshot-2 + journal-3 only, no double replay
    await reopened.persistence.close();
    expect(existsSync(journalPath(dir, 1))).toBeFalse();
  });

  it('ignores a half-written snapshot left as .tmp by a crash before the rename', async () => {
    const opened = await openWithModel(dir);
    for (let i = 0; i < 5; i++) await opened.write([padded(i)]);
    await opened.persistence.close();
    writeFileSync(`${snapshotPath(dir, 1)}.tmp`, Buffer.from('half a snapshot'));
    const reopened = await openWithModel(dir);
    expect(docs(reopened)).toEqual(range(0, 5));
    await reopened.persistence.close();
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('falls back to the previous snapshot plus journals when the newest snapshot is corrupt', async () => {
    const opened = await openWithModel(dir);
    for (let i = 0; i < 5; i++) await opened.write([padded(i)]);
    await opened.persistence.snapshot(() => opened.model.dump());
    for (let i = 5; i < 10; i++) await opened.write([padded(i)]);
    await opened.write([{ op: 'delete', db: 'db', coll: 'c', id: 0 }]);
    await opened.persistence.snapshot(() => opened.model.dump());
    await opened.write([padded(10)]);
    await opened.persistence.close();

    const newest = readFileSync(snapshotPath(dir, 2));
    newest[newest.length >> 1] ^= 0x01;
    writeFileSync(snapshotPath(dir, 2), newest);
    const logs: string[] = [];
    const reopened = await openWithModel(dir, { log: (m) => logs.push(m) });
    expect(docs(reopened)).toEqual(range(1, 11));
    expect(logs.join('\n')).toMatch(/snapshot-000002\.bson is unusable/);
    expect(existsSync(`${snapshotPath(dir, 2)}.corrupt`)).toBeTrue();
    await reopened.persistence.close();
  });

  it('refuses to open, rather than lose data, when no snapshot can be combined with the journals', async () => {
    const opened = await openWithModel(dir);
    await opened.write([padded(1)]);
    await opened.persistence.snapshot(() => opened.model.dump());
    await opened.persistence.snapshot(() => opened.model.dump());
    await opened.persistence.close();
    copyFileSync(snapshotPath(dir, 2), `${dir}/keep`);
    writeFileSync(snapshotPath(dir, 2), Buffer.from('garbage'));
    writeFileSync(snapshotPath(dir, 1), Buffer.from('garbage'));
    await expectAsync(openWithModel(dir)).toBeRejectedWithError(/cannot recover .*Restore from backup/);
  });

  it('snapshots consistently while commits are still arriving', async () => {
    const opened = await openWithModel(dir, { sync: 'batch' });
    const pending: Promise<void>[] = [];
    for (let i = 0; i < 300; i++) {
      pending.push(opened.write([padded(i)]));
      if (i === 150) pending.push(opened.persistence.snapshot(() => opened.model.dump()));
    }
    await Promise.all(pending);
    await opened.persistence.close();
    const reopened = await openWithModel(dir);
    expect(docs(reopened)).toEqual(range(0, 300));
    await reopened.persistence.close();
  });
});
