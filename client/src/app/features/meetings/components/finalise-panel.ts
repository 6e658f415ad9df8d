import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

import { FieldIssue } from '../data/meeting-error';

/** Presentational: finalising the meeting, asked once more before it is done; the server's refusal. */
@Component({
  selector: 'app-finalise-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    @if (!confirming()) {
      <button mat-flat-button type="button" (click)="confirming.set(true)">
        {{ 'meetings.room.finalise' | translate }}
      </button>
    } @else {
      <p>{{ 'meetings.room.finaliseConfirm' | translate }}</p>
      <button mat-flat-button type="button" [disabled]="saving()" (click)="finalise.emit()">
        {{ 'meetings.room.finaliseNow' | translate }}
      </button>
      <button mat-button type="button" (click)="confirming.set(false)">
        {{ 'meetings.new.cancel' | translate }}
      </button>
    }
    @if (error(); as e) {
      <div role="alert" class="error">
        <p>{{ e | translate }}</p>
        @for (issue of issues(); track $index) {
          <p>{{ issue.path ? issue.path + ': ' : '' }}{{ issue.message }}</p>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      margin-top: 16px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class FinalisePanel {
  readonly saving = input(false);
  /** A translation key, or null. */
  readonly error = input<string | null>(null);
  readonly issues = input<FieldIssue[]>([]);
  readonly finalise = output<void>();
  protected readonly confirming = signal(false);
}
