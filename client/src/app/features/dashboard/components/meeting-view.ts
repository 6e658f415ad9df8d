import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { DrillDownRequest, MeetingDashboard } from '../data/dashboard.model';
import { DashboardChart } from './dashboard-chart';
import { DashboardTable } from './dashboard-table';
import { TableRow } from './dashboard.types';

/** Families discussed in the team meetings per month, and overdue action points. */
@Component({
  selector: 'app-meeting-view',
  imports: [DashboardChart, DashboardTable, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section>
      <h2>{{ 'dashboard.meetings.families' | translate }}</h2>
      <app-dashboard-chart
        type="line"
        [labels]="chart().labels"
        [series]="chart().series"
        [label]="'dashboard.meetings.families' | translate"
      />
      <app-dashboard-table
        caption="dashboard.meetings.families"
        [columns]="monthColumns()"
        [rows]="monthRows()"
      />
    </section>
    <section>
      <h2>{{ 'dashboard.meetings.actionPoints' | translate }}</h2>
      <app-dashboard-table
        caption="dashboard.meetings.byTeam"
        [columns]="['dashboard.team', 'dashboard.meetings.overdue']"
        [rows]="teamRows()"
        (drill)="drill.emit($event)"
      />
      <app-dashboard-table
        caption="dashboard.meetings.byOwner"
        [columns]="['dashboard.worker', 'dashboard.meetings.overdue']"
        [rows]="ownerRows()"
      />
    </section>
  `,
  styleUrl: './dashboard-view.scss',
})
export class MeetingView {
  readonly data = input.required<MeetingDashboard>();
  readonly drill = output<DrillDownRequest>();

  protected readonly chart = computed(() => ({
    labels: this.data().familiesDiscussed.map((m) => m.month),
    series: this.data().teams.map((t) => ({
      label: t.name,
      data: this.data().familiesDiscussed.map((m) => m.teams[t.teamId] ?? 0),
    })),
  }));
  protected readonly monthColumns = computed(() => [
    'dashboard.month',
    ...this.data().teams.map((t) => t.name),
  ]);
  protected readonly monthRows = computed((): TableRow[] =>
    this.data().familiesDiscussed.map((m) => ({
      label: m.month,
      cells: this.data().teams.map((t) => ({ value: m.teams[t.teamId] ?? 0 })),
    })),
  );
  protected readonly teamRows = computed((): TableRow[] =>
    this.data().teams.map((t) => ({
      label: t.name,
      cells: [
        {
          value: t.overdueActionPoints,
          drill: { kind: 'overdue_action_points', teamId: t.teamId },
          alert: t.overdueActionPoints > 0,
        },
      ],
    })),
  );
  protected readonly ownerRows = computed((): TableRow[] =>
    this.data().workers.map((w) => ({ label: w.name, cells: [{ value: w.overdueActionPoints }] })),
  );
}
