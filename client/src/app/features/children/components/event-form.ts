import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, of, startWith, switchMap } from 'rxjs';

import {
  CASE_EVENT_TYPES,
  CaseEvent,
  CaseEventType,
  DECISIONS_NEEDING_APPROVER,
  DecisionMaker,
  DecisionType,
  REPORTER_TYPES,
  URGENCY_LEVELS,
} from '../data/children.model';
import { today } from '../data/wording';
import { buildEventInput, EventFormValue, requiredFor } from './event-input';
import { RecordDialogData, serverError, trackSave } from './record-dialog';
import { DialogActions } from '../../../core/forms/dialog-actions';

export interface EventFormData extends RecordDialogData<EventFormValue> {
  /** Who may make a decision that needs an approver (a supervisor other than the preparer). */
  decisionMakers: (type: DecisionType) => Observable<DecisionMaker[]>;
  /** Present: correct this event (a new version with a reason); absent: record a new one. */
  event?: CaseEvent;
}

const needsApprover = (type: CaseEventType | ''): type is DecisionType =>
  (DECISIONS_NEEDING_APPROVER as readonly string[]).includes(type);

/** Dialog: record a case event (LSL 25-38 §) with the facts its type needs, or correct one. */
@Component({
  selector: 'app-event-form',
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
  templateUrl: './event-form.html',
  styleUrl: './record-dialog.scss',
})
export class EventForm {
  protected readonly data = inject<EventFormData>(MAT_DIALOG_DATA);
  protected readonly types = CASE_EVENT_TYPES;
  protected readonly reporters = REPORTER_TYPES;
  protected readonly urgencies = URGENCY_LEVELS;
  protected readonly correcting = !!this.data.event;
  private readonly details = this.data.event?.details ?? {};

  protected readonly form = inject(NonNullableFormBuilder).group({
    type: [this.data.event?.type ?? ('' as CaseEventType | ''), Validators.required],
    date: [this.data.event?.date ?? today(), Validators.required],
    details: inject(NonNullableFormBuilder).group({
      reporterType: [this.details.reporterType ?? ''],
      content: [this.details.content ?? ''],
      urgency: [this.details.urgency ?? ''],
      extensionDays: [
        this.details.extensionDays ?? (null as number | null),
        [Validators.min(1), Validators.max(30)],
      ],
      decidedById: [this.details.decidedById ?? ''],
      summary: [this.details.summary ?? ''],
    }),
    reason: ['', this.correcting ? [Validators.required, Validators.minLength(3)] : []],
  });
  protected readonly type = toSignal(this.form.controls.type.valueChanges, {
    initialValue: this.form.controls.type.value,
  });
  /** The supervisors who may decide the chosen type for this child (empty for other types). */
  protected readonly deciders = toSignal(
    this.form.controls.type.valueChanges.pipe(
      startWith(this.form.controls.type.value),
      switchMap((type) => (needsApprover(type) ? this.data.decisionMakers(type) : of([]))),
    ),
    { initialValue: [] as DecisionMaker[] },
  );
  protected readonly needsApprover = needsApprover;
  protected readonly saving = trackSave(this.form, this.data, (path) => path.replace(/^event\./, ''));
  protected readonly serverError = serverError;

  constructor() {
    this.form.controls.type.valueChanges.subscribe((type) => requiredFor(this.form.controls.details, type));
    requiredFor(this.form.controls.details, this.form.controls.type.value);
  }

  protected submit(): void {
    this.saving.submit(buildEventInput(this.form.getRawValue()));
  }
}
