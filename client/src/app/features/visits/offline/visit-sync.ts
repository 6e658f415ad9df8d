import { HttpErrorResponse } from '@angular/common/http';
import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { VisitsApi } from '../data/visits-api';
import { LocalDraft, Visit } from '../data/visit.model';
import { VisitStore } from './visit-store';

const MAX_BACKOFF_MS = 60_000;

/**
 * Sends what the device holds, per visit in order: the photos (idempotent by attachment id), the draft
 * (with its clientMutationId and baseRevision), then the submission. A failed request stays queued with
 * the same mutation id; a `stale_revision` keeps both versions for the user to choose, never overwriting.
 */
@Injectable({ providedIn: 'root' })
export class VisitSync {
  private readonly api = inject(VisitsApi);
  private readonly store = inject(VisitStore);
  private running: Promise<void> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** Bumped after each run, so status lines re-read the store. */
  readonly version = signal(0);
  readonly syncing = signal(false);

  constructor() {
    const online = () => void this.syncAll();
    globalThis.addEventListener?.('online', online);
    inject(DestroyRef).onDestroy(() => {
      globalThis.removeEventListener?.('online', online);
      clearTimeout(this.retryTimer);
    });
  }

  /** One run at a time; a call during a run waits for it. Resolves when nothing more can be sent now. */
  syncAll(): Promise<void> {
    if (!navigator.onLine) return Promise.resolve();
    this.running ??= this.run().finally(() => {
      this.running = null;
      this.syncing.set(false);
      this.version.update((v) => v + 1);
    });
    return this.running;
  }

  private async run(): Promise<void> {
    this.syncing.set(true);
    clearTimeout(this.retryTimer);
    const ops = await this.store.allOps();
    const photos = (await this.store.allPhotos()).filter((p) => !p.uploaded);
    const visitIds = new Set([...ops.map((o) => o.visitId), ...photos.map((p) => p.visitId)]);
    try {
      for (const visitId of visitIds) await this.syncVisit(visitId);
      this.failures = 0;
    } catch {
      this.failures++;
      const delay = Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** (this.failures - 1));
      this.retryTimer = setTimeout(() => void this.syncAll(), delay);
    }
  }

  private async syncVisit(visitId: string): Promise<void> {
    const local = await this.store.getDraft(visitId);
    if (local?.syncState === 'conflict') return;
    for (const photo of await this.store.photos(visitId)) {
      if (photo.uploaded) continue;
      await firstValueFrom(this.api.uploadPhoto(visitId, photo.attachmentId, photo.fileName, photo.blob));
      await this.store.putPhoto({ ...photo, uploaded: true });
    }
    if (!local) return;
    for (const op of await this.store.ops(visitId)) {
      const current = (await this.store.getDraft(visitId))!;
      const sentRevision = current.localRevision;
      let visit: Visit;
      try {
        visit = await firstValueFrom(
          op.kind === 'draft'
            ? this.api.saveDraft(visitId, op.clientMutationId, current.baseRevision, current.draft)
            : this.api.submit(visitId, op.clientMutationId, current.baseRevision, current.draft),
        );
      } catch (err) {
        if (await this.refused(current, op.clientMutationId, err)) return;
        throw err;
      }
      await this.store.deleteOp(op.clientMutationId);
      const latest = (await this.store.getDraft(visitId))!;
      const untouched =
        latest.localRevision === sentRevision && (op.kind === 'submit' || !latest.submitRequested);
      await this.store.putDraft({
        ...latest,
        baseRevision: visit.revision,
        visit,
        errors: {},
        submitRequested: op.kind === 'submit' ? false : latest.submitRequested,
        syncState: untouched || op.kind === 'submit' ? 'synced' : 'pending',
      });
    }
  }

  /** A conflict or refused submission: the op is dropped, the draft keeps its state for the user. */
  private async refused(local: LocalDraft, mutationId: string, err: unknown): Promise<boolean> {
    if (!(err instanceof HttpErrorResponse)) return false;
    const body = err.error?.error;
    if (err.status === 409 && body?.code === 'stale_revision') {
      await this.store.putDraft({ ...local, syncState: 'conflict', conflict: body.current as Visit });
      return true;
    }
    if (err.status === 400) {
      const errors: Record<string, string> = {};
      for (const d of body?.details ?? []) errors[d.path] = d.message;
      await this.store.deleteOp(mutationId);
      await this.store.putDraft({ ...local, errors, submitRequested: false, syncState: 'pending' });
      return true;
    }
    return false;
  }
}
