import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { deleteDB } from 'idb';

import { localDraft, uniqueDbName, visit, VISIT_ID } from '../testing/visit-fixture';
import { LocalDrafts } from './local-drafts';
import { VisitStore } from './visit-store';
import { VisitSync } from './visit-sync';

const BASE = `/api/v1/visits/${VISIT_ID}`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));
type Criteria = Parameters<HttpTestingController['expectOne']>[0];

describe('VisitSync', () => {
  let http: HttpTestingController;
  let store: VisitStore;
  let drafts: LocalDrafts;
  let sync: VisitSync;
  let name: string;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(VisitStore);
    name = store.dbName = uniqueDbName();
    drafts = TestBed.inject(LocalDrafts);
    sync = TestBed.inject(VisitSync);
    await store.putDraft(localDraft());
  });

  afterEach(async () => {
    http.verify();
    await store.close();
    await deleteDB(name);
  });

  /** The next request, once the IndexedDB work before it has settled. */
  async function next(criteria: Criteria) {
    for (let i = 0; ; i++) {
      try {
        return http.expectOne(criteria);
      } catch (err) {
        if (i > 100) throw err;
        await settle();
      }
    }
  }

  async function queueSubmittedVisitWithPhoto(): Promise<string> {
    const photoId = await drafts.addPhoto(VISIT_ID, new Blob(['x'], { type: 'image/png' }), 'a.png');
    const local = (await store.getDraft(VISIT_ID))!;
    await drafts.submit(local, { ...local.draft, attachmentIds: [photoId] });
    return photoId;
  }

  it('sends the photos, then the draft, then the submission', async () => {
    const photoId = await queueSubmittedVisitWithPhoto();
    const done = sync.syncAll();
    const photo = await next((r) => r.url === `${BASE}/attachments`);
    expect(photo.request.params.get('attachmentId')).toBe(photoId);
    photo.flush({}, { status: 201, statusText: 'Created' });
    const put = await next({ method: 'PUT', url: `${BASE}/draft` });
    expect(put.request.body.baseRevision).toBe(1);
    expect(put.request.body.draft.attachmentIds).toEqual([photoId]);
    put.flush(visit({ revision: 2, status: 'draft' }));
    const submit = await next({ method: 'POST', url: `${BASE}/submit` });
    expect(submit.request.body.baseRevision).toBe(2);
    submit.flush(visit({ revision: 3, status: 'submitted' }));
    await done;
    const stored = (await store.getDraft(VISIT_ID))!;
    expect(stored.syncState).toBe('synced');
    expect(stored.visit?.status).toBe('submitted');
    expect(await drafts.pending(VISIT_ID)).toEqual({ changes: 0, photos: 0 });
  });

  it('keeps both versions on a 409 stale_revision and sends nothing more', async () => {
    const local = (await store.getDraft(VISIT_ID))!;
    await drafts.change(local, { ...local.draft, summary: 'Minun' });
    const done = sync.syncAll();
    const server = visit({ revision: 5, draft: { ...visit().draft, summary: 'Toisen' } });
    (await next(`${BASE}/draft`)).flush(
      { error: { code: 'stale_revision', message: 'x', current: server } },
      { status: 409, statusText: 'Conflict' },
    );
    await done;
    const stored = (await store.getDraft(VISIT_ID))!;
    expect(stored.syncState).toBe('conflict');
    expect(stored.draft.summary).toBe('Minun');
    expect(stored.conflict?.draft.summary).toBe('Toisen');
    await sync.syncAll();
    http.expectNone(`${BASE}/draft`);
  });

  it('retries a failed save with the same clientMutationId', async () => {
    const local = (await store.getDraft(VISIT_ID))!;
    await drafts.change(local, { ...local.draft, summary: 'Kerran' });
    const first = sync.syncAll();
    const failed = await next(`${BASE}/draft`);
    const mutationId = failed.request.body.clientMutationId;
    failed.flush(null, { status: 503, statusText: 'Unavailable' });
    await first;
    const second = sync.syncAll();
    const retry = await next(`${BASE}/draft`);
    expect(retry.request.body.clientMutationId).toBe(mutationId);
    retry.flush(visit({ revision: 2 }));
    await second;
    expect(await drafts.pending(VISIT_ID)).toEqual({ changes: 0, photos: 0 });
  });
});
