import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';

import { CHILD_VIEW_METHODS, ChildViewInput, ChildViewMethod } from '../data/children.model';
import { today } from '../data/wording';
import { RecordDialogData, serverError, trackSave } from './record-dialog';
import { DialogActions } from '../../../core/forms/dialog-actions';

/** Dialog: the child's view in their own words and what it changed, or why it was not obtained (LSL 20 §). */
@Component({
  selector: 'app-child-view-form',
  imports: [
    DialogActions,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatRadioModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './child-view-form.html',
  styleUrl: './record-dialog.scss',
})
export class ChildViewForm {
  protected readonly data = inject<RecordDialogData<ChildViewInput>>(MAT_DIALOG_DATA);
  protected readonly methods = CHILD_VIEW_METHODS;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    obtained: [true],
    date: [today(), Validators.required],
    method: ['' as ChildViewMethod | '', Validators.required],
    words: ['', Validators.required],
    effectOnDecisions: [''],
    notObtainedReason: [''],
  });
  protected readonly obtained = toSignal(this.form.controls.obtained.valueChanges, { initialValue: true });
  protected readonly saving = trackSave(this.form, this.data);
  protected readonly serverError = serverError;

  constructor() {
    this.form.controls.obtained.valueChanges.subscribe((obtained) => {
      const { method, words, notObtainedReason } = this.form.controls;
      for (const control of [method, words]) {
        if (obtained) control.enable();
        else control.disable();
      }
      if (obtained) notObtainedReason.disable();
      else notObtainedReason.enable();
    });
    this.form.controls.notObtainedReason.setValidators(Validators.required);
    this.form.controls.notObtainedReason.disable();
  }

  protected submit(): void {
    const value = this.form.value;
    const clean = (text?: string) => text?.trim() || undefined;
    const input: ChildViewInput = value.obtained
      ? { date: value.date!, method: value.method || undefined, words: clean(value.words) }
      : { date: value.date!, notObtainedReason: clean(value.notObtainedReason) };
    const effect = clean(value.effectOnDecisions);
    this.saving.submit(effect ? { ...input, effectOnDecisions: effect } : input);
  }
}
