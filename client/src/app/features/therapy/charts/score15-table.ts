import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ChartLine } from './chart-data';
import { ScoreNumberPipe } from './score-number.pipe';

/** The chart's data as a table (the accessible alternative, also printed): a row per measurement. */
@Component({
  selector: 'app-score15-table',
  imports: [LocalDatePipe, ScoreNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table>
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'therapy.charts.respondent' | translate }}</th>
          <th scope="col">{{ 'therapy.charts.date' | translate }}</th>
          <th scope="col">{{ 'therapy.charts.point' | translate }}</th>
          <th scope="col">{{ 'therapy.charts.value' | translate }}</th>
        </tr>
      </thead>
      <tbody>
        @for (line of lines(); track line.personId) {
          @for (p of line.points; track p.date; let first = $first) {
            <tr>
              @if (first) {
                <th scope="rowgroup" [attr.rowspan]="line.points.length">{{ line.name }}</th>
              }
              <td>{{ p.date | localDate }}</td>
              <td>{{ 'therapy.points.' + p.point | translate }}</td>
              <td class="number">{{ p.value | scoreNumber: decimals() }}</td>
            </tr>
          }
        }
      </tbody>
    </table>
  `,
  styles: `
    table {
      border-collapse: collapse;
      min-width: 20rem;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding-bottom: 4px;
    }
    th,
    td {
      padding: 4px 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      text-align: left;
      vertical-align: top;
    }
    .number {
      text-align: right;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class Score15Table {
  readonly lines = input.required<ChartLine[]>();
  readonly caption = input.required<string>();
  readonly decimals = input(2);
}
