import { TestBed } from '@angular/core/testing';
import { deleteDB } from 'idb';
import * as Y from 'yjs';

import { MAX_UPDATE_BYTES } from '../data/meetings.model';
import { PendingQueue } from './pending-queue';
import { PendingUpdates } from './pending-updates';
import { saveUnloadCopy } from './unload-copy';

/** A Yjs update inserting `text` (of its own client) into `notes:x`. */
const updateOf = (text: string) => {
  const doc = new Y.Doc();
  doc.getText('notes:x').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
};

describe('PendingQueue (real IndexedDB)', () => {
  let store: PendingUpdates;
  let dbName: string;

  beforeEach(() => {
    dbName = `keha-queue-spec-${Math.random().toString(36).slice(2)}`;
    store = TestBed.inject(PendingUpdates);
    store.dbName = dbName;
  });

  afterEach(async () => {
    await store.close();
    await deleteDB(dbName);
    TestBed.resetTestingModule();
  });

  it('keeps each change on the device until it is acknowledged', async () => {
    const queue = new PendingQueue(store);
    await queue.restore('meeting:q1');
    queue.add(updateOf('a'));
    queue.add(updateOf('b'));
    await queue.stored();
    const rows = await store.all('meeting:q1');
    expect(rows.length).toBe(2);
    expect(queue.count()).toBe(2);
    await queue.acknowledged(rows[0].clientMutationId);
    expect((await store.all('meeting:q1')).map((r) => r.clientMutationId)).toEqual([
      rows[1].clientMutationId,
    ]);
    expect(queue.count()).toBe(1);
  });

  it('merges many changes into parts below half the server’s size limit, replacing them on the device', async () => {
    const queue = new PendingQueue(store);
    await queue.restore('meeting:q2');
    const big = 'x'.repeat(MAX_UPDATE_BYTES / 5);
    for (const ch of 'abcde') queue.add(updateOf(ch + big));
    await queue.stored();
    const merged = await queue.merge(queue.idle(new Set()));
    expect(merged.length).toBe(3);
    for (const row of merged) expect(row.update.byteLength).toBeLessThan(MAX_UPDATE_BYTES / 2 + 100);
    const stored = await store.all('meeting:q2');
    expect(stored.map((r) => r.clientMutationId).sort()).toEqual(
      merged.map((r) => r.clientMutationId).sort(),
    );
    const doc = new Y.Doc();
    for (const row of stored) Y.applyUpdate(doc, row.update);
    expect(doc.getText('notes:x').length).toBe(5 * (big.length + 1));
  });

  it('restores the last page’s unload copy of the same document once, as sent (resends keep their ids)', async () => {
    const first = new PendingQueue(store);
    await first.restore('meeting:q3');
    first.add(updateOf('typed'));
    const [row] = first.idle(new Set());
    saveUnloadCopy('meeting:other', [{ ...row, docName: 'meeting:other' }]);
    first.saveUnloadCopy();
    for (const r of await store.all('meeting:q3')) await store.delete(r.clientMutationId);

    const second = new PendingQueue(store);
    const restored = await second.restore('meeting:q3');
    expect(restored.map((r) => r.clientMutationId)).toEqual([row.clientMutationId]);
    expect(second.idle(new Set()).every((r) => r.sent)).toBeTrue();
    expect((await store.all('meeting:q3')).length).toBe(1);
    expect((await new PendingQueue(store).restore('meeting:q3')).length).toBe(1);
    localStorage.removeItem('keha-notes-unload:meeting:other');
  });
});
