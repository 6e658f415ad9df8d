import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import {
  PARTNERSHIP_STATUSES,
  Person,
  RELATIONSHIP_QUALITIES,
  RelationshipInput,
} from '../data/family.model';
import { byAge, personLabel } from './labels';
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
    DialogFailureMessage,
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
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
  protected readonly persons = byAge(this.data.persons);
  protected readonly label = personLabel;
  protected readonly statuses = PARTNERSHIP_STATUSES;
  protected readonly qualities = RELATIONSHIP_QUALITIES;
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);
  protected readonly form = inject(NonNullableFormBuilder).group({
    fromPersonId: ['', Validators.required],
    toPersonId: ['', Validators.required],
    partnershipStatus: ['married' as RelationshipInput['partnershipStatus']],
    quality: ['normal' as RelationshipInput['quality']],
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
