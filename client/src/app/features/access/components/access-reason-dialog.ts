import { ChangeDetectionStrategy, Component, ElementRef, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, ValidatorFn } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { AccessGrantKind, MIN_REASON_LENGTH } from '../data/access.model';

export interface AccessReasonDialogData {
  kind: AccessGrantKind;
}

/** Spaces do not make a reason. */
const trimmedMinLength: ValidatorFn = (control) =>
  String(control.value ?? '').trim().length >= MIN_REASON_LENGTH ? null : { tooShort: true };

/**
 * Asks why the user opens a record they have no client relationship with (break-the-glass) or, for a
 * supervisor, why they open it at all. Closes with the reason, or nothing when cancelled.
 */
@Component({
  selector: 'app-access-reason-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'access.reason.title.' + data.kind | translate }}</h2>
    <form novalidate (ngSubmit)="submit()" [formGroup]="form">
      <mat-dialog-content>
        <p>{{ 'access.reason.explanation.' + data.kind | translate }}</p>
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ 'access.reason.label' | translate }}</mat-label>
          <textarea matInput formControlName="reason" rows="4" required cdkFocusInitial></textarea>
          <mat-hint>{{ 'access.reason.hint' | translate: { min: minLength } }}</mat-hint>
          <mat-error>{{ 'access.reason.tooShort' | translate: { min: minLength } }}</mat-error>
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | translate }}</button>
        <button mat-flat-button type="submit">{{ 'access.reason.submit' | translate }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .reason {
      width: 100%;
    }
  `,
})
export class AccessReasonDialog {
  private readonly ref = inject<MatDialogRef<AccessReasonDialog, string>>(MatDialogRef);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly data = inject<AccessReasonDialogData>(MAT_DIALOG_DATA);
  protected readonly minLength = MIN_REASON_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    reason: ['', trimmedMinLength],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.ref.close(this.form.getRawValue().reason.trim());
  }
}
