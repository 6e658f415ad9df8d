import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTabsModule } from '@angular/material/tabs';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { CaseloadView } from '../components/caseload-view';
import { DeadlineView } from '../components/deadline-view';
import { DrillDownList } from '../components/drill-down-list';
import { FilterBar } from '../components/filter-bar';
import { MeetingView } from '../components/meeting-view';
import { VisitView } from '../components/visit-view';
import { DashboardApi } from '../data/dashboard-api';
import { DashboardSocket } from '../data/dashboard-socket';
import { DASHBOARD_VIEWS, DashboardFilters, DashboardView, DrillDownRequest } from '../data/dashboard.model';
import { DashboardLiveActions, DashboardPageActions } from '../state/dashboard.actions';
import { dashboardFeature } from '../state/dashboard.feature';

/**
 * The supervisors' dashboards (issue 9): four views as tabs, each a chart with its data table; counts
 * until a number is opened (drill-down: the children's names, audited), CSV/PDF of each view, and a
 * refetch whenever the server says data behind them changed.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    CaseloadView,
    DeadlineView,
    DrillDownList,
    FilterBar,
    MatProgressBarModule,
    MatTabsModule,
    MeetingView,
    TranslatePipe,
    VisitView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
})
export class DashboardPage {
  private readonly store = inject(Store);
  private readonly api = inject(DashboardApi);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService).language;

  protected readonly views = DASHBOARD_VIEWS;
  protected readonly view = this.store.selectSignal(dashboardFeature.selectView);
  protected readonly filters = this.store.selectSignal(dashboardFeature.selectFilters);
  protected readonly data = this.store.selectSignal(dashboardFeature.selectData);
  protected readonly options = this.store.selectSignal(dashboardFeature.selectOptions);
  protected readonly loading = this.store.selectSignal(dashboardFeature.selectLoading);
  protected readonly error = this.store.selectSignal(dashboardFeature.selectError);
  protected readonly drillDown = this.store.selectSignal(dashboardFeature.selectDrillDown);
  protected readonly drillLoading = this.store.selectSignal(dashboardFeature.selectDrillLoading);

  constructor() {
    const tab = inject(ActivatedRoute).snapshot.queryParamMap.get('view') as DashboardView | null;
    this.store.dispatch(
      DashboardPageActions.opened({ view: tab && DASHBOARD_VIEWS.includes(tab) ? tab : 'caseload' }),
    );
    const live = inject(DashboardSocket)
      .changes()
      .subscribe(() => this.store.dispatch(DashboardLiveActions.pushed()));
    inject(DestroyRef).onDestroy(() => live.unsubscribe());
  }

  protected selectTab(index: number): void {
    const view = DASHBOARD_VIEWS[index]!;
    void this.router.navigate([], { queryParams: { view }, replaceUrl: true });
    this.store.dispatch(DashboardPageActions.viewSelected({ view }));
  }

  protected filter(filters: DashboardFilters): void {
    this.store.dispatch(DashboardPageActions.filtersChanged({ filters }));
  }

  protected drill(request: DrillDownRequest): void {
    const { teamId, workerId } = this.filters();
    const scope = { ...(teamId ? { teamId } : {}), ...(workerId ? { workerId } : {}) };
    this.store.dispatch(DashboardPageActions.drillDownOpened({ request: { ...scope, ...request } }));
  }

  protected closeDrill(): void {
    this.store.dispatch(DashboardPageActions.drillDownClosed());
  }

  protected exportUrl(format: 'csv' | 'pdf'): string {
    return this.api.exportUrl(this.view(), this.filters(), format, this.language());
  }
}
