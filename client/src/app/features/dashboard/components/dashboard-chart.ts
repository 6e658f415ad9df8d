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

import { Chart } from './chart-setup';
import { ChartSeries } from './dashboard.types';

const COLOURS = ['#1565c0', '#c62828', '#ef6c00', '#2e7d32', '#6a1b9a', '#00838f', '#4e342e', '#ad1457'];

/**
 * A bar or line chart (Chart.js on a canvas) with an accessible name; the numbers are always in the
 * data table beside it, which is what a screen reader reads.
 */
@Component({
  selector: 'app-dashboard-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<div class="frame"><canvas #canvas role="img" [attr.aria-label]="label()"></canvas></div>`,
  styles: `
    .frame {
      position: relative;
      height: 240px;
    }
  `,
})
export class DashboardChart {
  readonly type = input<'bar' | 'line'>('bar');
  readonly labels = input.required<string[]>();
  readonly series = input.required<ChartSeries[]>();
  readonly label = input.required<string>();
  readonly percent = input(false);

  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart | null = null;

  constructor() {
    afterRenderEffect(() => this.draw());
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private draw(): void {
    this.chart?.destroy();
    const stacked = this.series().some((s) => s.stack);
    this.chart = new Chart(this.canvas().nativeElement, {
      type: this.type(),
      data: {
        labels: this.labels(),
        datasets: this.series().map((s, i) => ({
          type: s.line ? ('line' as const) : this.type(),
          label: s.label,
          data: s.data,
          stack: s.stack,
          borderColor: COLOURS[i % COLOURS.length],
          backgroundColor: COLOURS[i % COLOURS.length],
          borderDash: s.line && this.type() === 'bar' ? [6, 4] : undefined,
          pointRadius: s.line && this.type() === 'bar' ? 0 : 3,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked },
          y: {
            stacked,
            beginAtZero: true,
            ...(this.percent()
              ? { max: 1, ticks: { callback: (v) => `${Math.round(Number(v) * 100)} %` } }
              : {}),
          },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }
}
