import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSliderModule } from '@angular/material/slider';
import { TranslatePipe } from '@ngx-translate/core';

import { SafetyScoreInput } from '../data/children.model';
import { today } from '../data/wording';
import { RecordDialogData, serverError, trackSave } from './record-dialog';
import { DialogActions } from '../../../core/forms/dialog-actions';

/** Dialog: one participant's safety scale 0-10, with the anchor wording on screen. */
@Component({
  selector: 'app-safety-score-form',
  imports: [
    DialogActions,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSliderModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './safety-score-form.html',
  styleUrl: './record-dialog.scss',
})
export class SafetyScoreForm {
  protected readonly data = inject<RecordDialogData<SafetyScoreInput>>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    date: [today(), Validators.required],
    participant: ['', [Validators.required, Validators.maxLength(200)]],
    participantRole: [''],
    score: [5, [Validators.required, Validators.min(0), Validators.max(10)]],
    note: [''],
  });
  protected readonly saving = trackSave(this.form, this.data);
  protected readonly serverError = serverError;

  protected submit(): void {
    const { date, participant, participantRole, score, note } = this.form.getRawValue();
    this.saving.submit({
      date,
      participant: participant.trim(),
      score,
      ...(participantRole.trim() ? { participantRole: participantRole.trim() } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    });
  }
}
