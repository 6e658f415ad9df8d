import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { DialogActions } from '../../../core/forms/dialog-actions';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { SelectField, keyedOptions } from '../../../core/forms/select-field';
import {
  PARTNERSHIP_STATUSES,
  Person,
  RELATIONSHIP_QUALITIES,
  RelationshipInput,
} from '../data/family.model';
import { personOptions } from './labels';
import { DialogFailureMessage } from './dialog-failure';
import { DialogFailure, applyServerErrors } from './server-errors';

export interface PartnershipDialogData {
  persons: Person[];
  save: (line: RelationshipInput) => Observable<unknown>;
}

/** Draws a couple line between two people, with its status and emotional quality. */
@Component({
  selector: 'app-partnership-dialog',
  imports: [
    DialogActions,
    DialogFailureMessage,
    SelectField,
    ReactiveFormsModule,
    MatDialogModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partnership-dialog.html',
  styleUrl: './family-dialog.scss',
})
export class PartnershipDialog {
  private readonly ref = inject(MatDialogRef<PartnershipDialog, boolean>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<PartnershipDialogData>(MAT_DIALOG_DATA);
  protected readonly persons = personOptions(this.data.persons);
  protected readonly statuses = keyedOptions(PARTNERSHIP_STATUSES, 'family.status.');
  protected readonly qualities = keyedOptions(RELATIONSHIP_QUALITIES, 'family.quality.');
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    fromPersonId: ['', Validators.required],
    toPersonId: ['', Validators.required],
    partnershipStatus: ['married' as NonNullable<RelationshipInput['partnershipStatus']>],
    quality: ['normal' as NonNullable<RelationshipInput['quality']>],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    this.data.save({ kind: 'partner', ...this.form.getRawValue() }).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.pending.set(false);
        this.failure.set(applyServerErrors(err, (path) => this.form.get(path)));
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}
