import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { io } from 'socket.io-client';

import { SeriousFindingAlert } from '../data/visit.model';

/** `SERIOUS_FINDING_EVENT` (docs/REALTIME.md), copied: zod stays out of the browser bundle. */
export const SERIOUS_FINDING_EVENT = 'serious_finding';

/**
 * For supervisors, in the toolbar (deferred, so socket.io is not in the initial bundle): an alert as
 * soon as an inspector submits a serious finding, and a badge to the open serious findings.
 */
@Component({
  selector: 'app-serious-finding-alerts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, RouterLink, TranslatePipe],
  template: `
    @if (alerts().length > 0) {
      <a class="badge" routerLink="/findings" (click)="alerts.set([])">
        <mat-icon aria-hidden="true">report</mat-icon>
        <span>{{ 'visits.alerts.badge' | translate: { count: alerts().length } }}</span>
      </a>
      <p class="toast" role="alert">
        {{
          'visits.alerts.toast'
            | translate: { unit: alerts()[0].unit.name, inspector: alerts()[0].inspectorName }
        }}
      </p>
    }
  `,
  styles: `
    :host {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    .badge {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
      border-radius: 16px;
      padding: 4px 10px;
      text-decoration: none;
    }
    .toast {
      position: fixed;
      right: 16px;
      bottom: 16px;
      z-index: 1000;
      margin: 0;
      padding: 12px 16px;
      background: var(--mat-sys-inverse-surface);
      color: var(--mat-sys-inverse-on-surface);
      border-radius: 4px;
    }
  `,
})
export class SeriousFindingAlerts {
  /** Newest first. */
  protected readonly alerts = signal<SeriousFindingAlert[]>([]);

  constructor() {
    const socket = io({ path: '/socket.io', withCredentials: true });
    socket.on(SERIOUS_FINDING_EVENT, (alert: SeriousFindingAlert) =>
      this.alerts.update((all) => [alert, ...all]),
    );
    inject(DestroyRef).onDestroy(() => socket.disconnect());
  }
}
