import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { TherapyPlan } from '../data/therapy.model';
import { PlanStatusChip } from './plan-status-chip';

/** Presentational: therapy plans as a table (family, children, status, start, therapist). */
@Component({
  selector: 'app-plan-table',
  imports: [LocalDatePipe, PlanStatusChip, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (plans().length) {
      <table class="plans">
        <caption class="visually-hidden">
          {{
            caption() | translate
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'therapy.list.family' | translate }}</th>
            <th scope="col">{{ 'therapy.list.children' | translate }}</th>
            <th scope="col">{{ 'therapy.list.status' | translate }}</th>
            <th scope="col">{{ 'therapy.list.start' | translate }}</th>
            <th scope="col">{{ 'therapy.list.therapist' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (plan of plans(); track plan.id) {
            <tr>
              <th scope="row">
                <a [routerLink]="['/therapy/plans', plan.id]">{{ plan.familyName }}</a>
              </th>
              <td>
                @for (child of plan.children; track child.id) {
                  <span class="child">{{ child.name }}</span>
                }
              </td>
              <td><app-plan-status-chip [status]="plan.status" /></td>
              <td>{{ plan.startDate | localDate }}</td>
              <td>{{ plan.therapistName }}</td>
            </tr>
          }
        </tbody>
      </table>
    } @else {
      <p class="empty">{{ 'therapy.list.none' | translate }}</p>
    }
  `,
  styles: `
    .plans {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }
    tbody th {
      font-weight: 500;
    }
    .child:not(:last-child)::after {
      content: ', ';
    }
  `,
})
export class PlanTable {
  readonly plans = input<TherapyPlan[]>([]);
  /** Translation key naming the table. */
  readonly caption = input.required<string>();
}
