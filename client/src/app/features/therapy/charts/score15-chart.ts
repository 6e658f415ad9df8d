import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';

import { LanguageService } from '../../../core/i18n/language.service';
import { Chart } from './chart-setup';
import { ChartLine, datasetsFor } from './chart-data';

const LOCALES = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' } as const;

/**
 * One line chart (Chart.js on a canvas): a line per respondent over time. The canvas is an image with
 * a name; the numbers are in the data table beside it. Resized for print (beforeprint/afterprint).
 */
@Component({
  selector: 'app-score15-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="frame"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `
    .frame {
      position: relative;
      height: 260px;
    }
    @media print {
      .frame {
        height: 220px;
        break-inside: avoid;
      }
    }
  `,
})
export class Score15Chart {
  readonly lines = input.required<ChartLine[]>();
  /** The accessible name of the chart image. */
  readonly label = input.required<string>();
  readonly min = input(1);
  readonly max = input(5);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private readonly language = inject(LanguageService).language;
  private chart: Chart<'line', { x: number; y: number }[]> | null = null;

  constructor() {
    afterRenderEffect(() => this.draw());
    const view = inject(DOCUMENT).defaultView;
    const beforePrint = () => this.chart?.resize(640, 220);
    const afterPrint = () => this.chart?.resize();
    view?.addEventListener('beforeprint', beforePrint);
    view?.addEventListener('afterprint', afterPrint);
    inject(DestroyRef).onDestroy(() => {
      view?.removeEventListener('beforeprint', beforePrint);
      view?.removeEventListener('afterprint', afterPrint);
      this.chart?.destroy();
    });
  }

  private draw(): void {
    const datasets = datasetsFor(this.lines());
    const format = new Intl.DateTimeFormat(LOCALES[this.language()], { dateStyle: 'short', timeZone: 'UTC' });
    this.chart?.destroy();
    this.chart = new Chart(this.canvas().nativeElement, {
      type: 'line',
      data: { datasets },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: {
            type: 'linear',
            ticks: { callback: (value) => format.format(Number(value) * 86_400_000), maxTicksLimit: 6 },
          },
          y: { min: this.min(), max: this.max(), ticks: { stepSize: 1 } },
        },
        plugins: {
          legend: { position: 'bottom', labels: { usePointStyle: true } },
          tooltip: {
            callbacks: { title: (items) => format.format((items[0]?.parsed.x ?? 0) * 86_400_000) },
          },
        },
      },
    });
  }
}
