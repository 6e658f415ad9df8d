import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { VisitDue } from '../data/visit.model';

/**
 * The visits due per placement (and so per child), overdue first as the server sorts them: the
 * interval and where it comes from, the last visit, the due date; a planned visit opens, else one is planned.
 */
@Component({
  selector: 'app-due-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe, LocalDatePipe],
  templateUrl: './due-table.html',
  styleUrl: './due-table.scss',
})
export class DueTable {
  readonly rows = input.required<VisitDue[]>();
  readonly plan = output<VisitDue>();
}
