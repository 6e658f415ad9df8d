import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { DeadlineStatus } from '../../children/components/deadline-status';
import { TherapyReminderRow } from '../data/therapy.model';

/**
 * Presentational: a therapy plan's review dates and SCORE-15 points as deadlines (status, what, due
 * or met date); with the family and a link to the plan where the list spans plans.
 */
@Component({
  selector: 'app-reminder-list',
  imports: [DeadlineStatus, LocalDatePipe, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="reminders">
      @for (r of reminders(); track r.planId + r.kind + (r.point ?? r.goalId ?? '') + r.dueDate) {
        <li>
          <app-deadline-status [status]="r.status" />
          <span class="what">
            @if (r.kind === 'measurement') {
              {{
                'therapy.reminders.measurement'
                  | translate: { point: ('therapy.points.' + r.point | translate) }
              }}
            } @else {
              {{ 'therapy.reminders.goalReview' | translate: { goal: r.goalText ?? '' } }}
            }
            @if (showPlan()) {
              <a [routerLink]="['/therapy/plans', r.planId]">{{ r.familyName }}</a>
            }
          </span>
          <span class="when">
            @if (r.status === 'met' && r.metOn) {
              {{ 'therapy.reminders.metOn' | translate: { date: (r.metOn | localDate) } }}
            } @else {
              {{ 'therapy.reminders.due' | translate: { date: (r.dueDate | localDate) } }}
            }
          </span>
        </li>
      } @empty {
        <li class="empty">{{ 'therapy.reminders.none' | translate }}</li>
      }
    </ul>
  `,
  styles: `
    .reminders {
      display: grid;
      gap: 8px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    li {
      display: grid;
      grid-template-columns: auto 1fr auto;
      align-items: center;
      gap: 8px 12px;
    }
    .what a {
      margin-left: 8px;
    }
  `,
})
export class ReminderList {
  readonly reminders = input<TherapyReminderRow[]>([]);
  /** Name the family and link to the plan (a list across plans). */
  readonly showPlan = input(false);
}
