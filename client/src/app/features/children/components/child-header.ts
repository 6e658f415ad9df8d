import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Deadline, SituationalPicture } from '../data/children.model';
import { DeadlineList } from './deadline-list';

/** Presentational: who the child is, who works with them, and the three next deadlines. */
@Component({
  selector: 'app-child-header',
  imports: [TranslatePipe, DeadlineList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './child-header.html',
  styleUrl: './child-header.scss',
})
export class ChildHeader {
  readonly picture = input.required<SituationalPicture>();
  readonly nextDeadlines = input<Deadline[]>([]);
}
