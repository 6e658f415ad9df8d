import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, forkJoin, map, of, switchMap } from 'rxjs';

import { hasRole } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { TherapyApi } from '../data/therapy-api';
import { TherapyPlan, TherapyReminderRow } from '../data/therapy.model';
import { PlanStatusChip } from './plan-status-chip';
import { ReminderList } from './reminder-list';

interface ChildTherapy {
  plans: TherapyPlan[];
  reminders: TherapyReminderRow[];
}

/**
 * The child page's therapy section: the child's family-therapy plans and their review dates and
 * SCORE-15 points as deadlines. Quietly absent for roles that may not read therapy records.
 */
@Component({
  selector: 'app-child-therapy-section',
  imports: [MatButtonModule, MatIconModule, PlanStatusChip, ReminderList, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './child-therapy-section.html',
  styleUrl: './child-therapy-section.scss',
})
export class ChildTherapySection {
  private readonly api = inject(TherapyApi);
  private readonly session = inject(Store).selectSignal(selectSession);
  readonly childId = input.required<string>();
  /** Writing is allowed on this child (not under reasoned read-only access). */
  readonly canWrite = input(false);

  /** undefined while loading, null when therapy records are not available to this user. */
  protected readonly therapy = signal<ChildTherapy | null | undefined>(undefined);
  protected readonly therapist = computed(
    () => this.canWrite() && hasRole(this.session(), 'family_therapist'),
  );

  constructor() {
    toObservable(this.childId)
      .pipe(
        switchMap((id) =>
          forkJoin({ plans: this.api.childPlans(id), reminders: this.api.childReminders(id) }).pipe(
            map((therapy): ChildTherapy | null => therapy),
            catchError(() => of(null)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((therapy) => this.therapy.set(therapy));
  }
}
