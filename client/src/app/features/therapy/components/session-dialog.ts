import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import {
  FormArray,
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable } from 'rxjs';

import { focusFirstInvalid } from '../../../core/forms/focus-first-invalid';
import { DialogFailureMessage } from '../../family/dialogs/dialog-failure';
import { DialogFailure, applyServerErrors } from '../../family/dialogs/server-errors';
import { THERAPY_METHODS, TherapyPlan, TherapySessionInput } from '../data/therapy.model';
import { sessionInput, stepControlPath } from './session-input';
import { DialogActions } from '../../../core/forms/dialog-actions';

export interface SessionDialogData {
  plan: TherapyPlan;
  /** The signed-in therapist: owner of the tasks made from next steps. */
  meId: string;
  today: string;
  save: (input: TherapySessionInput) => Observable<unknown>;
}

/** Logs a session: date, who attended, methods, summary, agreed next steps (optionally tasks), next date. */
@Component({
  selector: 'app-session-dialog',
  imports: [
    DialogActions,
    DialogFailureMessage,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    ReactiveFormsModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './session-dialog.html',
  styleUrl: './therapy-dialog.scss',
})
export class SessionDialog {
  private readonly ref = inject(MatDialogRef<SessionDialog, boolean>);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly data = inject<SessionDialogData>(MAT_DIALOG_DATA);
  protected readonly methods = THERAPY_METHODS;
  protected readonly pending = signal(false);
  protected readonly failure = signal<DialogFailure | null>(null);

  protected readonly form = this.fb.group({
    date: [this.data.today, Validators.required],
    attendees: this.fb.array(this.data.plan.participants.map(() => this.fb.control(true))),
    otherAttendees: ['', Validators.maxLength(1000)],
    methods: this.fb.array(THERAPY_METHODS.map(() => this.fb.control(false))),
    summary: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(10000)]],
    nextSteps: this.fb.array([] as ReturnType<SessionDialog['step']>[]),
    nextSessionDate: [''],
  });

  protected get steps(): FormArray<ReturnType<SessionDialog['step']>> {
    return this.form.controls.nextSteps;
  }

  protected addStep(): void {
    this.steps.push(this.step());
  }

  protected removeStep(index: number): void {
    this.steps.removeAt(index);
  }

  protected submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host);
      return;
    }
    this.pending.set(true);
    this.failure.set(null);
    this.data.save(sessionInput(this.form.getRawValue(), this.data.plan, this.data.meId)).subscribe({
      next: () => this.ref.close(true),
      error: (err: unknown) => {
        this.pending.set(false);
        // Messages about a whole list (methods, steps) have no one field: they go above the form.
        const field = (path: string) => {
          const control = this.form.get(stepControlPath(path));
          return control instanceof FormControl ? control : null;
        };
        this.failure.set(applyServerErrors(err, field));
        focusFirstInvalid(this.host);
      },
    });
  }

  private step() {
    return this.fb.group({
      text: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(500)]],
      asTask: [false],
      childId: [this.data.plan.childIds[0] ?? ''],
      dueDate: [''],
    });
  }
}
