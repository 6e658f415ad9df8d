import { Injectable } from '@angular/core';
import { DBSchema, IDBPDatabase, openDB } from 'idb';

import { LocalDraft, OutboxOp, PendingPhoto } from '../data/visit.model';

interface VisitDb extends DBSchema {
  'visit-drafts': { key: string; value: LocalDraft };
  'pending-photos': { key: string; value: PendingPhoto; indexes: { visitId: string } };
  outbox: { key: string; value: OutboxOp; indexes: { visitId: string } };
}

export const VISIT_DB_NAME = 'keha-visits';

/**
 * The inspector's device copy of visit minutes (IndexedDB): drafts, photos taken offline and the
 * outbox of queued requests. Every change lands here first; the sync sends it when the network allows.
 */
@Injectable({ providedIn: 'root' })
export class VisitStore {
  private db: Promise<IDBPDatabase<VisitDb>> | null = null;

  /** Specs use their own database. */
  dbName = VISIT_DB_NAME;

  private open(): Promise<IDBPDatabase<VisitDb>> {
    this.db ??= openDB<VisitDb>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore('visit-drafts', { keyPath: 'visitId' });
        db.createObjectStore('pending-photos', { keyPath: 'attachmentId' }).createIndex('visitId', 'visitId');
        db.createObjectStore('outbox', { keyPath: 'clientMutationId' }).createIndex('visitId', 'visitId');
      },
    });
    return this.db;
  }

  async getDraft(visitId: string): Promise<LocalDraft | undefined> {
    return (await this.open()).get('visit-drafts', visitId);
  }

  async putDraft(draft: LocalDraft): Promise<void> {
    await (await this.open()).put('visit-drafts', draft);
  }

  async allDrafts(): Promise<LocalDraft[]> {
    return (await this.open()).getAll('visit-drafts');
  }

  /** Stores the draft and replaces the visit's queued draft save (a changed draft is a new mutation). */
  async saveChange(draft: LocalDraft, op: OutboxOp): Promise<void> {
    const tx = (await this.open()).transaction(['visit-drafts', 'outbox'], 'readwrite');
    const outbox = tx.objectStore('outbox');
    for (const old of await outbox.index('visitId').getAll(draft.visitId))
      if (old.kind === op.kind) await outbox.delete(old.clientMutationId);
    await Promise.all([tx.objectStore('visit-drafts').put(draft), outbox.put(op), tx.done]);
  }

  async putOp(op: OutboxOp): Promise<void> {
    await (await this.open()).put('outbox', op);
  }

  async ops(visitId: string): Promise<OutboxOp[]> {
    const ops = await (await this.open()).getAllFromIndex('outbox', 'visitId', visitId);
    return ops.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'draft' ? -1 : 1));
  }

  async allOps(): Promise<OutboxOp[]> {
    return (await this.open()).getAll('outbox');
  }

  async deleteOp(clientMutationId: string): Promise<void> {
    await (await this.open()).delete('outbox', clientMutationId);
  }

  async putPhoto(photo: PendingPhoto): Promise<void> {
    await (await this.open()).put('pending-photos', photo);
  }

  async photos(visitId: string): Promise<PendingPhoto[]> {
    return (await this.open()).getAllFromIndex('pending-photos', 'visitId', visitId);
  }

  async allPhotos(): Promise<PendingPhoto[]> {
    return (await this.open()).getAll('pending-photos');
  }

  /** Closes the database (specs delete it afterwards). */
  async close(): Promise<void> {
    if (this.db) (await this.db).close();
    this.db = null;
  }
}
