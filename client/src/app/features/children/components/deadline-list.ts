import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { Deadline } from '../data/children.model';
import { deadlineKey } from '../data/wording';
import { DeadlineStatus } from './deadline-status';

/** Presentational: statutory deadlines with status, legal reference and due date (or when met). */
@Component({
  selector: 'app-deadline-list',
  imports: [TranslatePipe, LocalDatePipe, DeadlineStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deadline-list.html',
  styleUrl: './deadline-list.scss',
})
export class DeadlineList {
  readonly deadlines = input<Deadline[]>([]);
  /** Compact: the header's one-line form. */
  readonly compact = input(false);
  protected readonly key = deadlineKey;
}
