import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { Language, SUPPORTED_LANGUAGES } from '../../../core/i18n/languages';
import { Person } from '../../family/data/family.model';
import { MEASUREMENT_POINTS, MeasurementPoint } from '../data/therapy.model';
import { eligibleRespondents } from './respondents';
import { DialogActions } from '../../../core/forms/dialog-actions';

export interface HandoverDialogData {
  persons: Person[];
  startDate: string;
  today: string;
  language: Language;
}

export interface HandoverChoice {
  person: Person;
  date: string;
  point: MeasurementPoint;
  language: Language;
}

/**
 * Before handing the device over: who answers (family members 12+ on the date), the date of the
 * measurement (it may be set back to the day the form was filled on paper or in a session), the
 * measurement point and the form's first language.
 */
@Component({
  selector: 'app-handover-dialog',
  imports: [
    DialogActions,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './handover-dialog.html',
  styleUrl: './therapy-dialog.scss',
})
export class HandoverDialog {
  private readonly ref = inject(MatDialogRef<HandoverDialog, HandoverChoice>);
  protected readonly data = inject<HandoverDialogData>(MAT_DIALOG_DATA);
  protected readonly points = MEASUREMENT_POINTS;
  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly form = inject(NonNullableFormBuilder).group({
    date: [this.data.today, Validators.required],
    personId: ['', Validators.required],
    point: ['baseline' as MeasurementPoint, Validators.required],
    language: [this.data.language],
  });
  private readonly date = toSignal(this.form.controls.date.valueChanges, { initialValue: this.data.today });
  protected readonly eligible = computed(() => eligibleRespondents(this.data.persons, this.date()));
  protected readonly dateOutside = computed(() => {
    const date = this.date();
    return !!date && (date < this.data.startDate || date > this.data.today);
  });

  protected handOver(): void {
    const value = this.form.getRawValue();
    const person = this.eligible().find((p) => p.id === value.personId);
    if (this.form.invalid || !person || this.dateOutside()) {
      this.form.markAllAsTouched();
      return;
    }
    this.ref.close({ person, date: value.date, point: value.point, language: value.language });
  }
}
