import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import { Observable, Subject, of, throwError } from 'rxjs';

import { DashboardApi } from '../data/dashboard-api';
import { LIVE_DEBOUNCE_MS } from '../data/dashboard.model';
import { caseloadFixture, drillDownFixture } from '../testing/dashboard-fixture';
import { DashboardApiActions, DashboardLiveActions, DashboardPageActions } from './dashboard.actions';
import { debounceLivePushes, loadDrillDown, loadView } from './dashboard.effects';
import { dashboardFeature } from './dashboard.feature';

describe('dashboard effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<DashboardApi>;
  let store: MockStore;
  const filters = { teamId: 't2', workerId: null, from: '2026-01', to: '2026-11' };

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<DashboardApi>('DashboardApi', ['view', 'children']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        provideMockStore(),
        { provide: DashboardApi, useValue: api },
      ],
    });
    store = TestBed.inject(MockStore);
    store.overrideSelector(dashboardFeature.selectView, 'caseload');
    store.overrideSelector(dashboardFeature.selectFilters, filters);
    store.overrideSelector(dashboardFeature.selectDrillRequest, null);
  });

  // Overridden memoized selectors stay overridden for the next spec file otherwise.
  afterEach(() => store.resetSelectors());

  function run(effect: () => Observable<Action>): Action[] {
    const emitted: Action[] = [];
    TestBed.runInInjectionContext(effect).subscribe((a) => emitted.push(a));
    return emitted;
  }

  it('loads the view on screen with the filters, again after a live refresh', () => {
    api.view.and.returnValue(of(caseloadFixture()) as never);
    const emitted = run(loadView);
    actions$.next(DashboardPageActions.filtersChanged({ filters }));
    actions$.next(DashboardLiveActions.refreshDue());
    expect(api.view).toHaveBeenCalledWith('caseload', filters);
    expect(emitted).toEqual([
      DashboardApiActions.viewLoaded({ view: 'caseload', data: caseloadFixture() }),
      DashboardApiActions.viewLoaded({ view: 'caseload', data: caseloadFixture() }),
    ]);
  });

  it('words a refusal as forbidden', () => {
    api.view.and.returnValue(throwError(() => new HttpErrorResponse({ status: 403 })));
    const emitted = run(loadView);
    actions$.next(DashboardPageActions.opened({ view: 'caseload' }));
    expect(emitted).toEqual([
      DashboardApiActions.viewLoadFailed({ view: 'caseload', error: 'dashboard.errors.forbidden' }),
    ]);
  });

  it('turns a burst of server pushes into one refresh', () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-23T10:00:00Z'));
    try {
      const emitted = run(debounceLivePushes);
      actions$.next(DashboardLiveActions.pushed());
      jasmine.clock().tick(LIVE_DEBOUNCE_MS - 100);
      actions$.next(DashboardLiveActions.pushed());
      jasmine.clock().tick(LIVE_DEBOUNCE_MS - 100);
      expect(emitted).toEqual([]);
      jasmine.clock().tick(100);
      expect(emitted).toEqual([DashboardLiveActions.refreshDue()]);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('reloads an open drill-down on a live refresh, and nothing when none is open', () => {
    api.children.and.returnValue(of(drillDownFixture()));
    const emitted = run(loadDrillDown);
    actions$.next(DashboardLiveActions.refreshDue());
    expect(api.children).not.toHaveBeenCalled();
    store.overrideSelector(dashboardFeature.selectDrillRequest, { kind: 'overdue', teamId: 't1' });
    store.refreshState();
    actions$.next(DashboardLiveActions.refreshDue());
    expect(api.children).toHaveBeenCalledOnceWith({ kind: 'overdue', teamId: 't1' });
    expect(emitted).toEqual([DashboardApiActions.drillDownLoaded({ drillDown: drillDownFixture() })]);
  });
});
