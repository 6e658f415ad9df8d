import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { inject } from '@angular/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { Score15ChartValue } from '../data/therapy.model';
import { ChartLine, baselineAndLatest } from './chart-data';
import { ScoreNumberPipe } from './score-number.pipe';
import { Score15Chart } from './score15-chart';
import { Score15Table } from './score15-table';

let nextId = 0;

/**
 * One measure over time: the chart, its data table (toggle; always printed) and a text summary per
 * family member (first and latest value). The SCORE scales run 1-5, the ratings 1-10.
 */
@Component({
  selector: 'app-score15-figure',
  imports: [LocalDatePipe, MatButtonModule, Score15Chart, Score15Table, ScoreNumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './score15-figure.html',
  styleUrl: './score15-figure.scss',
})
export class Score15Figure {
  private readonly translate = inject(TranslateService);
  readonly value = input.required<Score15ChartValue>();
  readonly lines = input.required<ChartLine[]>();

  protected readonly tableId = `score15-table-${++nextId}`;
  protected readonly showTable = signal(false);
  protected readonly rating = computed(
    () => !['total', 'strengths', 'overwhelmed', 'communication'].includes(this.value()),
  );
  protected readonly title = computed(
    () => this.translate.instant(`therapy.charts.values.${this.value()}`) as string,
  );
  protected readonly chartLabel = computed(
    () =>
      this.translate.instant('therapy.charts.chartLabel', {
        title: this.title(),
        count: this.lines().length,
      }) as string,
  );
  protected readonly summaries = computed(() =>
    this.lines().flatMap((line) => {
      const ends = baselineAndLatest(line);
      return ends ? [{ name: line.name, single: line.points.length === 1, ...ends }] : [];
    }),
  );
}
