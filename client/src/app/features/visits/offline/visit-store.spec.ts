import { TestBed } from '@angular/core/testing';
import { deleteDB } from 'idb';

import { localDraft, uniqueDbName, VISIT_ID } from '../testing/visit-fixture';
import { VisitStore } from './visit-store';

/** Real IndexedDB in the test browser. */
describe('VisitStore (IndexedDB)', () => {
  let store: VisitStore;
  let name: string;

  beforeEach(() => {
    name = uniqueDbName();
    store = TestBed.inject(VisitStore);
    store.dbName = name;
  });

  afterEach(async () => {
    await store.close();
    await deleteDB(name);
  });

  it('puts a draft and reads it back after the database is reopened (a reload)', async () => {
    await store.putDraft(localDraft({ localRevision: 3, syncState: 'pending' }));
    await store.close();
    const reopened = new VisitStore();
    reopened.dbName = name;
    const restored = await reopened.getDraft(VISIT_ID);
    expect(restored?.localRevision).toBe(3);
    expect(restored?.draft.children[0].seen).toBeTrue();
    await reopened.close();
  });

  it("replaces a visit's queued draft save with the newer change, keeping its submission", async () => {
    const op = (id: string, kind: 'draft' | 'submit') => ({
      clientMutationId: id,
      visitId: VISIT_ID,
      kind,
      createdAt: '',
    });
    await store.saveChange(localDraft({ localRevision: 1 }), op('mutation-1', 'draft'));
    await store.saveChange(localDraft({ localRevision: 2 }), op('mutation-2', 'submit'));
    await store.saveChange(localDraft({ localRevision: 3 }), op('mutation-3', 'draft'));
    const ops = await store.ops(VISIT_ID);
    expect(ops.map((o) => o.clientMutationId)).toEqual(['mutation-3', 'mutation-2']);
    expect((await store.getDraft(VISIT_ID))?.localRevision).toBe(3);
  });

  it('keeps photos as blobs by their client attachment id', async () => {
    const blob = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await store.putPhoto({
      attachmentId: 'photo-0001',
      visitId: VISIT_ID,
      fileName: 'a.png',
      blob,
      uploaded: false,
    });
    await store.putPhoto({
      attachmentId: 'photo-0002',
      visitId: 'other',
      fileName: 'b.png',
      blob,
      uploaded: false,
    });
    const photos = await store.photos(VISIT_ID);
    expect(photos.map((p) => p.attachmentId)).toEqual(['photo-0001']);
    expect(photos[0].blob.size).toBe(4);
    expect(photos[0].blob.type).toBe('image/png');
  });
});
