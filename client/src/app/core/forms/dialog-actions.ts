import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';

/**
 * The foot of every form dialog: Cancel closes it, the submit button submits the surrounding form.
 * The submit button stays focusable while a save is pending (`disabledInteractive`), so a screen
 * reader user does not lose their place.
 */
@Component({
  selector: 'app-dialog-actions',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
      <button mat-flat-button type="submit" [disabled]="pending()" [disabledInteractive]="true">
        {{ submitLabel() | translate }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
})
export class DialogActions {
  readonly pending = input(false);
  readonly submitLabel = input('common.save');
}
