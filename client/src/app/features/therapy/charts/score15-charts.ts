import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { SCORE15_RATINGS, SCORE15_SCALES, Score15ChartValue, Score15Series } from '../data/therapy.model';
import { ChartLine, baselineAndLatest, linesFor } from './chart-data';
import { ScoreNumberPipe } from './score-number.pipe';
import { Score15Figure } from './score15-figure';

/**
 * SCORE-15 results of a plan (loaded with Chart.js only when shown): baseline against latest per family
 * member, then the total, the three subscales and the three ratings over time, one line per member.
 */
@Component({
  selector: 'app-score15-charts',
  imports: [LocalDatePipe, Score15Figure, ScoreNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './score15-charts.html',
  styleUrl: './score15-charts.scss',
})
export class Score15Charts {
  readonly series = input.required<Score15Series | null>();

  protected readonly scales = SCORE15_SCALES;
  protected readonly values: readonly Score15ChartValue[] = [...SCORE15_SCALES, ...SCORE15_RATINGS];
  protected readonly lines = computed(() => {
    const series = this.series();
    return Object.fromEntries(this.values.map((value) => [value, linesFor(series, value)])) as Record<
      Score15ChartValue,
      ChartLine[]
    >;
  });
  /** Per respondent and scale: first and latest scored value. */
  protected readonly comparison = computed(() =>
    (this.series()?.respondents ?? []).map((respondent) => ({
      personId: respondent.personId,
      name: respondent.name,
      scales: SCORE15_SCALES.map((scale) => {
        const line = this.lines()[scale].find((l) => l.personId === respondent.personId);
        return { scale, ends: line ? baselineAndLatest(line) : null };
      }),
    })),
  );
}
