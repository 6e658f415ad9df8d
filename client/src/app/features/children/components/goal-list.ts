import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ClientPlan } from '../data/children.model';

/** Presentational: the current client plan's goals (LSL 30 §) with owner, target date and status. */
@Component({
  selector: 'app-goal-list',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (plan(); as plan) {
      <p class="meta">
        {{
          'children.goals.planMeta'
            | translate
              : {
                  version: plan.version,
                  date: (plan.date | localDate),
                  review: (plan.reviewDate | localDate),
                }
        }}
      </p>
      <ul>
        @for (goal of plan.goals; track goal.id) {
          <li>
            <span class="text">{{ goal.text }}</span>
            <span class="meta">
              {{ 'children.goalStatus.' + goal.status | translate }} · {{ goal.owner }} ·
              {{ 'children.goals.target' | translate: { date: (goal.targetDate | localDate) } }}
            </span>
          </li>
        }
      </ul>
    } @else {
      <p class="meta">{{ 'children.goals.noPlan' | translate }}</p>
    }
  `,
  styles: `
    ul {
      margin: 0;
      padding-left: 20px;
      display: grid;
      gap: 8px;
    }
    .text {
      display: block;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
      margin: 0 0 8px;
    }
  `,
})
export class GoalList {
  readonly plan = input<ClientPlan | null>(null);
}
