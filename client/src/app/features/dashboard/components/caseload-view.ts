import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { CaseloadDashboard, DrillDownRequest } from '../data/dashboard.model';
import { DashboardChart } from './dashboard-chart';
import { DashboardTable } from './dashboard-table';
import { TableRow } from './dashboard.types';

/** Children aged 0-17 per worker against the cap (LSL 13 b §), the monthly trend, THL's snapshots. */
@Component({
  selector: 'app-caseload-view',
  imports: [DashboardChart, DashboardTable, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './caseload-view.html',
  styleUrl: './dashboard-view.scss',
})
export class CaseloadView {
  readonly data = input.required<CaseloadDashboard>();
  readonly drill = output<DrillDownRequest>();

  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;
  private readonly t = (key: string) => (this.language(), this.translate.instant(key) as string);

  protected readonly atCap = computed(() => this.data().workers.filter((w) => w.atOrOverCap));
  protected readonly workerChart = computed(() => ({
    labels: this.data().workers.map((w) => w.name),
    series: [
      { label: this.t('dashboard.caseload.children'), data: this.data().workers.map((w) => w.children) },
      {
        label: this.t('dashboard.caseload.cap'),
        data: this.data().workers.map(() => this.data().cap),
        line: true,
      },
    ],
  }));
  protected readonly trendChart = computed(() => ({
    labels: this.data().trend.map((p) => p.month),
    series: this.data().teams.map((t) => ({
      label: t.name,
      data: this.data().trend.map((p) => p.teams[t.teamId] ?? 0),
    })),
  }));
  protected readonly workerRows = computed((): TableRow[] =>
    this.data().workers.map((w) => ({
      label: w.name,
      alert: w.atOrOverCap,
      cells: [
        { value: w.children, drill: { kind: 'caseload', workerId: w.workerId }, alert: w.atOrOverCap },
        { value: this.data().cap ?? '' },
      ],
    })),
  );
  protected readonly teamRows = computed((): TableRow[] =>
    this.data().teams.map((t) => ({
      label: t.name,
      cells: [
        { value: t.children, drill: { kind: 'caseload', teamId: t.teamId } },
        { value: t.workersAtOrOverCap },
      ],
    })),
  );
  protected readonly trendRows = computed((): TableRow[] =>
    this.data().trend.map((p) => ({
      label: p.date,
      cells: [...this.data().teams.map((t) => ({ value: p.teams[t.teamId] ?? 0 })), { value: p.cap ?? '' }],
    })),
  );
  protected readonly trendColumns = computed(() => [
    'dashboard.date',
    ...this.data().teams.map((t) => t.name),
    'dashboard.caseload.cap',
  ]);
  protected readonly snapshotRows = (
    workers: CaseloadDashboard['thlSnapshots'][number]['workers'],
  ): TableRow[] =>
    workers.map((w) => ({
      label: w.name,
      alert: w.overCap,
      cells: [{ value: w.children, alert: w.overCap }],
    }));
}
