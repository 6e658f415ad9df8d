import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { THERAPY_PLAN_TRANSITIONS, TherapyPlan, TherapyPlanStatus } from '../data/therapy.model';
import { PlanStatusChip } from './plan-status-chip';

export interface TransitionRequest {
  to: TherapyPlanStatus;
  note?: string;
}

/** A translation key with parameters, or a server message to show as it is. */
export interface StatusFailure {
  key: string;
  messages: string[];
}

/**
 * Presentational: the workflow status, every change with who and when, and for the therapist the
 * moves the workflow allows from here (draft -> active -> under review -> closed, or back to active).
 */
@Component({
  selector: 'app-plan-status',
  imports: [
    LocalDateTimePipe,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PlanStatusChip,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-status.html',
  styleUrl: './plan-status.scss',
})
export class PlanStatus {
  readonly plan = input.required<TherapyPlan>();
  /** The family therapist may move the plan on. */
  readonly canTransition = input(false);
  readonly pending = input(false);
  readonly failure = input<StatusFailure | null>(null);
  readonly transition = output<TransitionRequest>();

  protected readonly note = signal('');
  protected readonly moves = computed(() =>
    this.canTransition() ? THERAPY_PLAN_TRANSITIONS[this.plan().status] : [],
  );
  protected readonly history = computed(() => [...this.plan().statusHistory].reverse());
  protected readonly latest = computed(() => this.history()[0] ?? null);

  protected move(to: TherapyPlanStatus): void {
    const note = this.note().trim();
    this.transition.emit(note ? { to, note } : { to });
  }
}
