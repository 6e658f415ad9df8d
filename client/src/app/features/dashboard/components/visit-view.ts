import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { DrillDownKind, DrillDownRequest, VisitDashboard } from '../data/dashboard.model';
import { DashboardChart } from './dashboard-chart';
import { DashboardTable } from './dashboard-table';
import { TableRow } from './dashboard.types';

const MEASURES: { key: keyof VisitDashboard['teams'][number]; kind: DrillDownKind; label: string }[] = [
  { key: 'withoutVisit', kind: 'without_visit', label: 'dashboard.visits.withoutVisit' },
  { key: 'visitsDueThisMonth', kind: 'visits_due_this_month', label: 'dashboard.visits.dueThisMonth' },
  {
    key: 'openFindingsPastDeadline',
    kind: 'findings_past_deadline',
    label: 'dashboard.visits.findingsPastDeadline',
  },
  { key: 'seriousNotNotified', kind: 'serious_not_notified', label: 'dashboard.visits.seriousNotNotified' },
];

/** Placed children and visits (LSL 29 §, 53 §), findings to follow up and notify (LSL 79 §), per team. */
@Component({
  selector: 'app-visit-view',
  imports: [DashboardChart, DashboardTable, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>{{ 'dashboard.visits.title' | translate }}</h2>
      <app-dashboard-chart
        [labels]="chart().labels"
        [series]="chart().series"
        [label]="'dashboard.visits.title' | translate"
      />
      <app-dashboard-table
        caption="dashboard.visits.title"
        [columns]="columns"
        [rows]="rows()"
        (drill)="drill.emit($event)"
      />
    </section>
  `,
  styleUrl: './dashboard-view.scss',
})
export class VisitView {
  readonly data = input.required<VisitDashboard>();
  readonly drill = output<DrillDownRequest>();

  private readonly translate = inject(TranslateService);
  private readonly language = inject(LanguageService).language;

  protected readonly columns = ['dashboard.team', ...MEASURES.map((m) => m.label)];
  protected readonly chart = computed(() => {
    this.language();
    return {
      labels: MEASURES.map((m) => this.translate.instant(m.label) as string),
      series: this.data().teams.map((t) => ({ label: t.name, data: MEASURES.map((m) => Number(t[m.key])) })),
    };
  });
  protected readonly rows = computed((): TableRow[] =>
    this.data().teams.map((t) => ({
      label: t.name,
      cells: MEASURES.map((m) => ({
        value: Number(t[m.key]),
        drill: { kind: m.kind, teamId: t.teamId },
        alert: m.kind !== 'visits_due_this_month' && Number(t[m.key]) > 0,
      })),
    })),
  );
}
