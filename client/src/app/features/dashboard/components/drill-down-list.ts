import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { DrillDown } from '../data/dashboard.model';

/** The children behind one number; a name opens the child's situational picture (its own audited read). */
@Component({
  selector: 'app-drill-down-list',
  imports: [MatButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="drill" aria-labelledby="drill-heading">
      <div class="head">
        <h2 id="drill-heading" tabindex="-1">{{ 'dashboard.drill.' + drillDown().kind | translate }}</h2>
        <button mat-button type="button" (click)="closed.emit()">
          {{ 'dashboard.drill.close' | translate }}
        </button>
      </div>
      <table>
        <caption>
          {{
            'dashboard.drill.caption' | translate: { count: drillDown().items.length }
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'dashboard.drill.child' | translate }}</th>
            <th scope="col">{{ 'dashboard.worker' | translate }}</th>
            <th scope="col">{{ 'dashboard.drill.detail' | translate }}</th>
            <th scope="col">{{ 'dashboard.drill.dueDate' | translate }}</th>
          </tr>
        </thead>
        <tbody>
          @for (item of drillDown().items; track item.childId + item.detail + item.dueDate) {
            <tr>
              <th scope="row">
                <a [routerLink]="['/children', item.childId]">{{ item.name }}</a>
              </th>
              <td>{{ item.workerName }}</td>
              <td>{{ item.detail ? (ruleKey(item.detail) | translate) : '' }}</td>
              <td>{{ item.dueDate ?? '' }}</td>
            </tr>
          }
        </tbody>
      </table>
      @if (drillDown().truncated) {
        <p>{{ 'dashboard.drill.truncated' | translate }}</p>
      }
    </section>
  `,
  styles: `
    .head {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: left;
      padding-bottom: 4px;
    }
    th,
    td {
      padding: 4px 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
    }
  `,
})
export class DrillDownList {
  readonly drillDown = input.required<DrillDown>();
  readonly closed = output<void>();

  /** Rule ids are worded; units and action points are shown as they are. */
  protected ruleKey(detail: string): string {
    return /^[a-z0-9-]+$/.test(detail) && detail.includes('-') ? `dashboard.rules.${detail}` : detail;
  }
}
