import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { SyncState } from '../data/visit.model';
import { PendingCounts } from '../offline/local-drafts';

/** What is on the device only, what is being sent, what the server has; a conflict stands out. */
@Component({
  selector: 'app-sync-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  template: `
    <p class="status" [class.conflict]="state() === 'conflict'" role="status" aria-live="polite">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      <span class="main">{{ key() | translate }}</span>
      @if (unsynced() && state() !== 'conflict') {
        <span class="saved">{{ 'visits.sync.savedOnDevice' | translate }}</span>
        <span class="pending">{{ 'visits.sync.pending' | translate: pending() }}</span>
      }
    </p>
  `,
  styles: `
    .status {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin: 0;
    }
    .main {
      font-weight: 600;
    }
    .conflict {
      color: var(--mat-sys-error);
    }
  `,
})
export class SyncStatus {
  readonly state = input.required<SyncState>();
  readonly pending = input.required<PendingCounts>();
  readonly syncing = input(false);
  protected readonly unsynced = computed(() => this.pending().changes + this.pending().photos > 0);
  protected readonly key = computed(() => {
    if (this.state() === 'conflict') return 'visits.sync.conflict';
    if (this.syncing()) return 'visits.sync.syncing';
    return this.unsynced() ? 'visits.sync.notSynced' : 'visits.sync.synced';
  });
  protected readonly icon = computed(() =>
    this.state() === 'conflict'
      ? 'sync_problem'
      : this.syncing()
        ? 'sync'
        : this.unsynced()
          ? 'cloud_off'
          : 'cloud_done',
  );
}
