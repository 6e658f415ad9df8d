import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { DrillDownRequest } from '../data/dashboard.model';
import { TableRow } from './dashboard.types';

/** The numbers of a chart as a table; a number with children behind it opens them (drill-down). */
@Component({
  selector: 'app-dashboard-table',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-table.html',
  styleUrl: './dashboard-table.scss',
})
export class DashboardTable {
  /** Translation key. */
  readonly caption = input.required<string>();
  /** Column header keys, the first one over the row headers. */
  readonly columns = input.required<string[]>();
  readonly rows = input.required<TableRow[]>();
  readonly drill = output<DrillDownRequest>();
}
