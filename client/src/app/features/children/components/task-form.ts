import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';

import { PlanGoal, TaskInput } from '../data/children.model';
import { RecordDialogData, serverError, trackSave } from './record-dialog';
import { DialogActions } from '../../../core/forms/dialog-actions';

export interface TaskFormData extends RecordDialogData<TaskInput> {
  /** Who can own the task: the user and the child's named social worker. */
  owners: { id: string; name: string }[];
  /** Goals of the current plan the task can work towards. */
  goals: PlanGoal[];
}

/** Dialog: an action point with an owner and a due date, optionally linked to a plan goal. */
@Component({
  selector: 'app-task-form',
  imports: [
    DialogActions,
    ReactiveFormsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-form.html',
  styleUrl: './record-dialog.scss',
})
export class TaskForm {
  protected readonly data = inject<TaskFormData>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
    ownerId: [this.data.owners[0]?.id ?? '', Validators.required],
    dueDate: ['', Validators.required],
    goalId: [''],
  });
  protected readonly saving = trackSave(this.form, this.data);
  protected readonly serverError = serverError;

  protected submit(): void {
    const { title, ownerId, dueDate, goalId } = this.form.getRawValue();
    this.saving.submit({ title: title.trim(), ownerId, dueDate, ...(goalId ? { goalId } : {}) });
  }
}
