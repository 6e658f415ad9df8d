import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { TranslatePipe } from '@ngx-translate/core';

import { AccessGrantKind } from '../../access/data/access.model';

/**
 * Shown instead of the record when the server answers 403 `break_glass_required`: offers the reason
 * dialog at once (and again from the button if the user first cancels) and emits the reason.
 */
@Component({
  selector: 'app-child-access-prompt',
  imports: [MatButtonModule, MatCardModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-content>
        <h1>{{ 'children.access.title' | translate }}</h1>
        <p>{{ 'access.reason.explanation.' + kind() | translate }}</p>
        <button mat-flat-button type="button" (click)="ask()">
          {{ 'children.access.giveReason' | translate }}
        </button>
      </mat-card-content>
    </mat-card>
  `,
})
export class ChildAccessPrompt {
  private readonly injector = inject(Injector);
  readonly kind = input.required<AccessGrantKind>();
  readonly reason = output<string>();

  constructor() {
    afterNextRender(() => void this.ask());
  }

  protected async ask(): Promise<void> {
    const [{ MatDialog }, { AccessReasonDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('../../access/components/access-reason-dialog'),
    ]);
    const ref = this.injector
      .get(MatDialog)
      .open<unknown, { kind: AccessGrantKind }, string>(AccessReasonDialog, {
        data: { kind: this.kind() },
        width: '32rem',
      });
    ref.afterClosed().subscribe((reason) => {
      if (reason) this.reason.emit(reason);
    });
  }
}
