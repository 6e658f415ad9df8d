import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { DialogActions } from '../../../core/forms/dialog-actions';
import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { SelectField, keyedOptions } from '../../../core/forms/select-field';
import { Household, PERSON_KINDS, Person, PersonInput, PersonPatch, SEXES } from '../data/family.model';
import { DialogFailureMessage } from './dialog-failure';
import { DialogFailure, applyServerErrors } from './server-errors';

export interface PersonDialogData {
  /** Absent: a new person. */
  person?: Person;
  households: Household[];
  save: (person: PersonInput | PersonPatch) => Observable<unknown>;
}

const OPTIONAL = ['lastName', 'dateOfBirth', 'dateOfDeath', 'householdId', 'role'] as const;

/** Adds a person to the genogram or edits one (name, sex, dates, household, family or network). */
@Component({
  selector: 'app-person-dialog',
  imports: [
    DialogActions,
    DialogFailureMessage,
    SelectField,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './person-dialog.html',
  styleUrl: './family-dialog.scss',
})
export class PersonDialog {
  private readonly ref = inject(MatDialogRef<PersonDialog, boolean>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly data = inject<PersonDialogData>(MAT_DIALOG_DATA);
  protected readonly sexes = keyedOptions(SEXES, 'family.sex.');
  protected readonly kinds = keyedOptions(PERSON_KINDS, 'family.kind.');
  protected readonly households = this.data.households.map((h) => ({ value: h.id, label: h.label }));
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);

  private readonly person = this.data.person;
  protected readonly form = inject(NonNullableFormBuilder).group({
    firstName: [this.person?.firstName ?? '', [Validators.required, Validators.maxLength(100)]],
    lastName: [this.person?.lastName ?? '', Validators.maxLength(100)],
    sex: [this.person?.sex ?? 'unknown'],
    kind: [this.person?.kind ?? 'family'],
    role: [this.person?.role ?? '', Validators.maxLength(200)],
    dateOfBirth: [this.person?.dateOfBirth ?? ''],
    dateOfDeath: [this.person?.dateOfDeath ?? ''],
    householdId: [this.person?.householdId ?? ''],
  });

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const value = this.form.getRawValue();
    const body: PersonPatch = { ...value, firstName: value.firstName.trim() };
    for (const field of OPTIONAL) {
      const text = value[field].trim();
      // A new person leaves an empty field out; an edit clears it (null).
      if (text) body[field] = text;
      else if (this.person) body[field] = null;
      else delete body[field];
    }
    this.pending.set(true);
    this.failure.set(null);
    this.data.save(body as PersonInput).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.pending.set(false);
        this.failure.set(applyServerErrors(err, (path) => this.form.get(path)));
        focusFirstInvalid(this.host.nativeElement);
      },
    });
  }
}
