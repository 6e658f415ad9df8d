import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { DeadlineDashboard, DrillDownRequest } from '../data/dashboard.model';
import { DashboardChart } from './dashboard-chart';
import { DashboardTable } from './dashboard-table';
import { TableRow } from './dashboard.types';

type Buckets = { overdue: number; dueThisWeek: number; upcoming: number };
const COLUMNS = [
  'dashboard.deadlines.overdue',
  'dashboard.deadlines.dueThisWeek',
  'dashboard.deadlines.upcoming',
];

/** Open statutory deadlines by rule, team and worker; assessments completed within 3 months (LSL 26 §). */
@Component({
  selector: 'app-deadline-view',
  imports: [DashboardChart, DashboardTable, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deadline-view.html',
  styleUrl: './dashboard-view.scss',
})
export class DeadlineView {
  readonly data = input.required<DeadlineDashboard>();
  readonly drill = output<DrillDownRequest>();

  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;
  private readonly t = (key: string) => (this.language(), this.translate.instant(key) as string);

  protected readonly columns = COLUMNS;
  protected readonly overdue = computed(() => this.data().byRule.reduce((n, r) => n + r.overdue, 0));
  protected readonly ruleChart = computed(() => ({
    labels: this.data().byRule.map((r) => this.t(`dashboard.rules.${r.ruleId}`)),
    series: (['overdue', 'dueThisWeek', 'upcoming'] as const).map((bucket, i) => ({
      label: this.t(COLUMNS[i]!),
      data: this.data().byRule.map((r) => r[bucket]),
      stack: 'open',
    })),
  }));
  protected readonly shareChart = computed(() => ({
    labels: this.data().assessments.map((a) => a.month),
    series: [
      { label: this.t('dashboard.deadlines.share'), data: this.data().assessments.map((a) => a.share) },
    ],
  }));

  private cells(b: Buckets, scope: Omit<DrillDownRequest, 'kind'>) {
    return [
      { value: b.overdue, drill: { ...scope, kind: 'overdue' as const }, alert: b.overdue > 0 },
      { value: b.dueThisWeek, drill: { ...scope, kind: 'due_this_week' as const } },
      { value: b.upcoming, drill: { ...scope, kind: 'upcoming' as const } },
    ];
  }

  protected readonly ruleRows = computed((): TableRow[] =>
    this.data().byRule.map((r) => ({
      label: `dashboard.rules.${r.ruleId}`,
      translate: true,
      cells: this.cells(r, { ruleId: r.ruleId }),
    })),
  );
  protected readonly teamRows = computed((): TableRow[] =>
    this.data().byTeam.map((r) => ({ label: r.name, cells: this.cells(r, { teamId: r.teamId }) })),
  );
  protected readonly workerRows = computed((): TableRow[] =>
    this.data().byWorker.map((r) => ({ label: r.name, cells: this.cells(r, { workerId: r.workerId }) })),
  );
  protected readonly assessmentRows = computed((): TableRow[] =>
    this.data().assessments.map((a) => ({
      label: a.month,
      cells: [
        { value: a.completed },
        { value: a.withinDeadline },
        { value: a.share === null ? '' : `${Math.round(a.share * 100)} %` },
      ],
    })),
  );
}
