import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { TherapyPlan } from '../data/therapy.model';

/** Presentational: every field of one version of a plan (the current one, or an earlier version). */
@Component({
  selector: 'app-plan-details',
  imports: [LocalDatePipe, LocalDateTimePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-details.html',
  styleUrl: './plan-details.scss',
})
export class PlanDetails {
  readonly plan = input.required<TherapyPlan>();
  /** Texts of the linked client-plan goals, by `childId:goalId` (absent until loaded). */
  readonly clientGoalTexts = input<Partial<Record<string, string>>>({});

  protected readonly childName = computed(() => {
    const names = new Map(this.plan().children.map((c) => [c.id, c.name]));
    return (id: string) => names.get(id) ?? '';
  });
}
