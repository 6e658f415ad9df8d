import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { SafetyScore } from '../data/children.model';

/**
 * Presentational: each participant's latest safety scale (0-10), as a number and a bar between the
 * anchor words (0 = not safe at home now, 10 = safe enough to close the case). The bar is decoration;
 * the number says it.
 */
@Component({
  selector: 'app-safety-scales',
  imports: [TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './safety-scales.html',
  styleUrl: './safety-scales.scss',
})
export class SafetyScales {
  readonly scores = input<SafetyScore[]>([]);
}
