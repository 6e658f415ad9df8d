import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { ConnectionStatus } from '../realtime/notes-provider';

const ICONS: Record<ConnectionStatus, string> = {
  connecting: 'sync',
  connected: 'cloud_done',
  reconnecting: 'sync_problem',
  offline: 'cloud_off',
  closed: 'block',
};

/** Presentational: the notes' connection state, always visible; offline says the edits are kept. */
@Component({
  selector: 'app-connection-status',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, TranslatePipe],
  template: `
    <p role="status" class="status" [attr.data-status]="status()" [class]="status()">
      <mat-icon aria-hidden="true">{{ icon() }}</mat-icon>
      <span>{{ 'meetings.connection.' + status() | translate }}</span>
      @if (pending() > 0) {
        <span class="pending">{{ 'meetings.connection.pending' | translate: { count: pending() } }}</span>
      }
    </p>
  `,
  styles: `
    .status {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      margin: 0;
      padding: 4px 10px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container);
    }
    .connected {
      color: var(--mat-sys-primary);
    }
    .reconnecting,
    .offline,
    .closed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .pending {
      font-size: 0.85rem;
    }
  `,
})
export class ConnectionStatusBadge {
  readonly status = input.required<ConnectionStatus>();
  readonly pending = input(0);
  protected readonly icon = computed(() => ICONS[this.status()]);
}
