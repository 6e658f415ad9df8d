import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { DialogFailure } from './server-errors';

/** Why a save failed: the overall reason and the field messages that have no field in the dialog. */
@Component({
  selector: 'app-dialog-failure',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (failure(); as failure) {
      <div role="alert">
        <p>{{ failure.key | translate }}</p>
        @for (message of failure.other; track $index) {
          <p>{{ message.key | translate: message.params }}</p>
        }
      </div>
    }
  `,
  styles: `
    :host {
      grid-column: 1 / -1;
      color: var(--mat-sys-error);
    }
    p {
      margin: 0 0 4px;
    }
  `,
})
export class DialogFailureMessage {
  readonly failure = input<DialogFailure | null>(null);
}
