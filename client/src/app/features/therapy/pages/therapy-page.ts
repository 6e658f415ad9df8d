import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, of } from 'rxjs';

import { hasRole } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { ChildPicker } from '../components/child-picker';
import { PlanTable } from '../components/plan-table';
import { ReminderList } from '../components/reminder-list';
import { TherapyApi } from '../data/therapy-api';
import { TherapyPlan, TherapyReminderRow } from '../data/therapy.model';

/**
 * Container: `/therapy`. A family therapist sees their own plans and open reminders (their work list)
 * and can start a plan; every team member sees the plans of their teams' families.
 */
@Component({
  selector: 'app-therapy-page',
  imports: [
    ChildPicker,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PlanTable,
    ReminderList,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './therapy-page.html',
  styleUrl: './therapy-page.scss',
})
export class TherapyPage {
  private readonly api = inject(TherapyApi);
  private readonly session = inject(Store).selectSignal(selectSession);

  protected readonly therapist = computed(() => hasRole(this.session(), 'family_therapist'));
  protected readonly plans = signal<TherapyPlan[] | null>(null);
  protected readonly reminders = signal<TherapyReminderRow[]>([]);
  protected readonly picking = signal(false);
  protected readonly mine = computed(() =>
    (this.plans() ?? []).filter((plan) => plan.therapistId === this.session()?.user.id),
  );
  protected readonly others = computed(() =>
    (this.plans() ?? []).filter((plan) => plan.therapistId !== this.session()?.user.id),
  );

  constructor() {
    this.api
      .myPlans()
      .pipe(catchError(() => of([])))
      .subscribe((plans) => this.plans.set(plans));
    if (this.therapist())
      this.api
        .myReminders()
        .pipe(catchError(() => of([])))
        .subscribe((rows) => this.reminders.set(rows));
  }
}
