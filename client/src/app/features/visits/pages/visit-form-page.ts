import { KeyValuePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { registerUnsavedWork } from '../../../core/session/unsaved-work-registry';
import { ChecklistSection } from '../components/checklist-section';
import { ConflictPanel } from '../components/conflict-panel';
import { FindingsSection } from '../components/findings-section';
import { NotificationsSection } from '../components/notifications-section';
import { PhotosSection } from '../components/photos-section';
import { ReportLinks } from '../components/report-links';
import { SyncStatus } from '../components/sync-status';
import { VisitChildrenSection } from '../components/visit-children-section';
import { LocalDraft, VisitDraft } from '../data/visit.model';
import { LocalDrafts, PendingCounts } from '../offline/local-drafts';
import { VisitSync } from '../offline/visit-sync';

const SAVE_DELAY_MS = 300;

/**
 * The visit minutes on a tablet. Every change is stored on the device first (IndexedDB, ~300 ms after
 * the last keystroke); the sync sends it when the network allows. Works offline after one online visit.
 */
@Component({
  selector: 'app-visit-form-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    KeyValuePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
    ChecklistSection,
    ConflictPanel,
    FindingsSection,
    NotificationsSection,
    PhotosSection,
    ReportLinks,
    SyncStatus,
    VisitChildrenSection,
  ],
  templateUrl: './visit-form-page.html',
  styleUrl: './visit-form-page.scss',
})
export class VisitFormPage {
  private readonly drafts = inject(LocalDrafts);
  protected readonly sync = inject(VisitSync);
  readonly visitId = input.required<string>();
  protected readonly local = signal<LocalDraft | null>(null);
  protected readonly draft = signal<VisitDraft | null>(null);
  protected readonly pending = signal<PendingCounts>({ changes: 0, photos: 0 });
  protected readonly loadFailed = signal(false);
  /**
   * The sections below the checklist (photos, findings, notifications, signature) come one frame after
   * the top of the form: on a slow tablet the first screen is painted and usable without waiting for them.
   */
  protected readonly belowShown = signal(false);
  private readonly injector = inject(Injector);
  protected readonly submitted = computed(() => this.local()?.visit?.status === 'submitted');
  protected readonly errors = computed(() => this.local()?.errors ?? {});
  private timer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();

  constructor() {
    registerUnsavedWork(() => this.flush());
    effect(() => void this.load(this.visitId()));
    // After each sync run the device copy may have moved on (revision, conflict, field errors).
    effect(() => {
      this.sync.version();
      void this.reread();
    });
  }

  private async load(visitId: string): Promise<void> {
    try {
      const local = await this.drafts.open(visitId);
      if (!local) return this.loadFailed.set(true);
      this.local.set(local);
      this.draft.set(local.draft);
      this.showBelowAfterFirstFrame();
      await this.refreshPending();
      void this.sync.syncAll();
    } catch {
      this.loadFailed.set(true);
    }
  }

  private showBelowAfterFirstFrame(): void {
    if (this.belowShown()) return;
    // After the render with the form, once that frame is painted (a task queued from the next frame).
    afterNextRender(() => requestAnimationFrame(() => setTimeout(() => this.belowShown.set(true))), {
      injector: this.injector,
    });
  }

  private async reread(): Promise<void> {
    const id = this.local()?.visitId;
    if (!id || this.timer) return;
    await this.saving;
    const stored = await this.drafts.stored(id);
    if (stored && !this.timer) this.local.set(stored);
    await this.refreshPending();
  }

  private async refreshPending(): Promise<void> {
    const id = this.local()?.visitId;
    if (id) this.pending.set(await this.drafts.pending(id));
  }

  protected change(next: VisitDraft): void {
    this.draft.set(next);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  /** Stores the form's draft now (also before an automatic sign-out), then tries to send it. */
  async flush(): Promise<void> {
    if (!this.timer) return this.saving;
    clearTimeout(this.timer);
    this.timer = undefined;
    const local = this.local()!;
    this.saving = this.drafts.change(local, this.draft()!).then(async (next) => {
      this.local.set(next);
      await this.refreshPending();
    });
    await this.saving;
    void this.sync.syncAll();
  }

  protected async submit(name: string): Promise<void> {
    await this.flush();
    const signature = { name: name.trim(), signedAt: new Date().toISOString() };
    const next = await this.drafts.submit(this.local()!, { ...this.draft()!, signature });
    this.local.set(next);
    this.draft.set(next.draft);
    await this.refreshPending();
    await this.sync.syncAll();
  }

  protected async resolved(chosen: VisitDraft): Promise<void> {
    const next = await this.drafts.rebase(this.local()!, chosen);
    this.local.set(next);
    this.draft.set(next.draft);
    await this.sync.syncAll();
  }
}
