import type { Connection } from 'mongoose';
import type { DashboardQuery, DashboardView, DrillDown, DrillDownQuery, Language } from '@keha/shared';
import type { AuditWriter } from '../../platform/audit/audit-writer.js';
import type { Caller } from '../../platform/access/caller.js';
import { helsinkiToday } from '../case/dates.js';
import { caseloadDashboard } from './caseload-dashboard.js';
import { deadlineDashboard } from './deadline-dashboard.js';
import { drillDown } from './drill-down.js';
import { dashboardCsv, dashboardPdf } from './export-files.js';
import type { DashboardData } from './export-tables.js';
import { meetingDashboard } from './meeting-dashboard.js';
import { dashboardScope, type DashboardScope } from './scope.js';
import { DashboardViewCache } from './view-cache.js';
import { visitDashboard } from './visit-dashboard.js';

/** The supervisors' dashboards (issue 9): aggregates by default, children only in audited drill-downs. */
export class DashboardService {
  private readonly cache: DashboardViewCache;

  constructor(
    private readonly connection: Connection,
    private readonly audit: AuditWriter,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.cache = new DashboardViewCache(connection);
  }

  async view(caller: Caller, view: DashboardView, query: DashboardQuery): Promise<DashboardData['data']> {
    const scope = await this.scope(caller, query, `dashboard.${view}`);
    return (await this.compute(view, scope)).data;
  }

  async children(caller: Caller, query: DrillDownQuery): Promise<DrillDown> {
    const { kind: _kind, ruleId: _rule, ...filters } = query;
    const scope = await this.scope(caller, filters, 'dashboard.children');
    return drillDown(this.connection, this.audit, caller, scope, query);
  }

  async export(
    caller: Caller,
    view: DashboardView,
    query: DashboardQuery & { format: 'csv' | 'pdf'; lang: Language },
  ): Promise<{ body: string | Buffer; type: string; fileName: string }> {
    const { format, lang, ...filters } = query;
    const scope = await this.scope(caller, filters, 'dashboard.export');
    const data = await this.compute(view, scope);
    const fileName = `dashboard-${view}-${scope.period.from}-${scope.period.to}.${format}`;
    if (format === 'csv')
      return { body: dashboardCsv(data, lang), type: 'text/csv; charset=utf-8', fileName };
    const period = `${scope.period.from} - ${scope.period.to}`;
    return { body: await dashboardPdf(data, lang, period), type: 'application/pdf', fileName };
  }

  private scope(
    caller: Caller,
    query: DashboardQuery,
    view: `dashboard.${DashboardView}` | 'dashboard.children' | 'dashboard.export',
  ): Promise<DashboardScope> {
    return dashboardScope(this.connection, this.audit, caller, query, view, helsinkiToday(this.clock()));
  }

  /** The view's numbers for this scope and day, from the cache until a write touches its teams. */
  private compute(view: DashboardView, scope: DashboardScope): Promise<DashboardData> {
    const teamIds = scope.teamIds.map(String);
    const key = JSON.stringify([view, teamIds, String(scope.workerId), scope.period]);
    return this.cache.get(key, teamIds, () => this.computeFresh(view, scope));
  }

  private async computeFresh(view: DashboardView, scope: DashboardScope): Promise<DashboardData> {
    switch (view) {
      case 'caseload':
        return { view, data: await caseloadDashboard(this.connection, scope) };
      case 'deadlines':
        return { view, data: await deadlineDashboard(this.connection, scope) };
      case 'visits':
        return { view, data: await visitDashboard(this.connection, scope) };
      case 'meetings':
        return { view, data: await meetingDashboard(this.connection, scope) };
    }
  }
}
