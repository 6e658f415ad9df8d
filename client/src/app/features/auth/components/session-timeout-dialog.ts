import { ChangeDetectionStrategy, Component, computed, effect, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { IdleTimeout } from '../../../core/session/idle-timeout';
import { TimeoutChoice } from '../state/open-timeout-dialog';

/** Warns before the idle sign-out with a live countdown; the first button keeps the session. */
@Component({
  selector: 'app-session-timeout-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title id="session-timeout-title">
      <mat-icon aria-hidden="true">timer</mat-icon>
      {{ 'auth.timeout.title' | translate }}
    </h2>
    <mat-dialog-content>
      <p id="session-timeout-description">
        {{
          (atLimit() ? 'auth.timeout.limitMessage' : 'auth.timeout.message')
            | translate: { time: remaining() }
        }}
      </p>
      <p>{{ 'auth.timeout.saved' | translate }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" (click)="close('signOut')">
        {{ 'auth.timeout.signOut' | translate }}
      </button>
      @if (!atLimit()) {
        <button mat-flat-button type="button" cdkFocusInitial (click)="close('stay')">
          {{ 'auth.timeout.stay' | translate }}
        </button>
      }
    </mat-dialog-actions>
  `,
  styles: `
    h2 {
      display: flex;
      align-items: center;
      gap: 8px;
    }
  `,
})
export class SessionTimeoutDialog {
  private readonly ref = inject<MatDialogRef<SessionTimeoutDialog, TimeoutChoice>>(MatDialogRef);
  private readonly idle = inject(IdleTimeout);
  private readonly secondsLeft = this.idle.secondsLeft;
  /** The 12-hour limit: staying cannot help, so the dialog only tells how long is left. */
  protected readonly atLimit = this.idle.atAbsoluteLimit;

  /** m:ss, e.g. 1:59. */
  protected readonly remaining = computed(() => {
    const seconds = this.secondsLeft() ?? 0;
    return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  });

  constructor() {
    // The countdown stops when activity extends the session or the sign-out has begun: nothing to choose.
    effect(() => {
      if (this.secondsLeft() === null) this.ref.close('extended');
    });
  }

  protected close(choice: TimeoutChoice): void {
    this.ref.close(choice);
  }
}
