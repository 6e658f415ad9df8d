import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { VisitsApi } from '../data/visits-api';
import { LocalDraft, OutboxOp, Visit, VisitDraft, emptyDraft, newClientId } from '../data/visit.model';
import { VisitStore } from './visit-store';

export interface PendingCounts {
  changes: number;
  photos: number;
}

/** The form's side of the device copy: opening (online or not), changing, submitting, re-basing. */
@Injectable({ providedIn: 'root' })
export class LocalDrafts {
  private readonly api = inject(VisitsApi);
  private readonly store = inject(VisitStore);

  /** The device copy, refreshed from the server when online and nothing local is waiting. */
  async open(visitId: string): Promise<LocalDraft | null> {
    const local = await this.store.getDraft(visitId);
    if (!navigator.onLine) return local ?? null;
    let visit: Visit;
    try {
      visit = await firstValueFrom(this.api.get(visitId));
    } catch (err) {
      if (local) return local;
      throw err;
    }
    const template =
      local?.template?.id === visit.template.id ? local.template : await this.fetchTemplate(visit);
    const waiting = local && (await this.store.ops(visitId)).length > 0;
    if (local && (waiting || local.syncState === 'conflict')) {
      return this.put({ ...local, template: template ?? local.template });
    }
    return this.put({
      visitId,
      draft: emptyDraft(visit),
      baseRevision: visit.revision,
      localRevision: local?.localRevision ?? 0,
      updatedAt: new Date().toISOString(),
      syncState: 'synced',
      submitRequested: false,
      visit,
      template,
      conflict: null,
      errors: {},
    });
  }

  /** A change of the form: stored, with a new mutation id queued for the draft save. */
  change(local: LocalDraft, draft: VisitDraft): Promise<LocalDraft> {
    const next: LocalDraft = {
      ...local,
      draft,
      localRevision: local.localRevision + 1,
      updatedAt: new Date().toISOString(),
      syncState: local.syncState === 'conflict' ? 'conflict' : 'pending',
    };
    return this.store.saveChange(next, this.op(local.visitId, 'draft')).then(() => next);
  }

  /** Queues the submission after the draft; sent when the network allows. */
  async submit(local: LocalDraft, draft: VisitDraft): Promise<LocalDraft> {
    const changed = await this.change(local, draft);
    const next: LocalDraft = { ...changed, submitRequested: true, errors: {} };
    await this.store.saveChange(next, this.op(local.visitId, 'submit'));
    return next;
  }

  /** The user chose per field: the choice is based on the server's revision and queued again. */
  async rebase(local: LocalDraft, chosen: VisitDraft): Promise<LocalDraft> {
    const server = local.conflict!;
    const rebased = {
      ...local,
      baseRevision: server.revision,
      visit: server,
      conflict: null,
      syncState: 'pending' as const,
    };
    return this.change(rebased, chosen);
  }

  async addPhoto(visitId: string, file: Blob, fileName: string): Promise<string> {
    const attachmentId = newClientId();
    await this.store.putPhoto({ attachmentId, visitId, fileName, blob: file, uploaded: false });
    return attachmentId;
  }

  stored(visitId: string): Promise<LocalDraft | undefined> {
    return this.store.getDraft(visitId);
  }

  photos(visitId: string) {
    return this.store.photos(visitId);
  }

  async pending(visitId: string): Promise<PendingCounts> {
    const [ops, photos] = await Promise.all([this.store.ops(visitId), this.store.photos(visitId)]);
    return { changes: ops.length, photos: photos.filter((p) => !p.uploaded).length };
  }

  private async fetchTemplate(visit: Visit) {
    return firstValueFrom(this.api.template(visit.template.id)).catch(() => null);
  }

  private async put(local: LocalDraft): Promise<LocalDraft> {
    await this.store.putDraft(local);
    return local;
  }

  private op(visitId: string, kind: OutboxOp['kind']): OutboxOp {
    return { clientMutationId: newClientId(), visitId, kind, createdAt: new Date().toISOString() };
  }
}
