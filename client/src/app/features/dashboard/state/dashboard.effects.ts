import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, debounceTime, filter, map, of, switchMap, withLatestFrom } from 'rxjs';

import { DashboardApi } from '../data/dashboard-api';
import { LIVE_DEBOUNCE_MS } from '../data/dashboard.model';
import { DashboardApiActions, DashboardLiveActions, DashboardPageActions } from './dashboard.actions';
import { dashboardFeature } from './dashboard.feature';

const errorKey = (err: unknown): string =>
  (err as { status?: number }).status === 403 ? 'dashboard.errors.forbidden' : 'dashboard.errors.load';

/** switchMap: newer filters or another tab supersede a load still in flight. */
export const loadView = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(DashboardApi)) =>
    actions$.pipe(
      ofType(
        DashboardPageActions.opened,
        DashboardPageActions.viewSelected,
        DashboardPageActions.filtersChanged,
        DashboardLiveActions.refreshDue,
      ),
      withLatestFrom(store.select(dashboardFeature.selectView), store.select(dashboardFeature.selectFilters)),
      switchMap(([, view, filters]) =>
        api.view(view, filters).pipe(
          map((data) => DashboardApiActions.viewLoaded({ view, data })),
          catchError((err: unknown) =>
            of(DashboardApiActions.viewLoadFailed({ view, error: errorKey(err) })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** The caseload also fills the team and worker choices when another tab is opened first. */
export const loadFilterOptions = createEffect(
  (actions$ = inject(Actions), api = inject(DashboardApi)) =>
    actions$.pipe(
      ofType(DashboardPageActions.opened),
      filter(({ view }) => view !== 'caseload'),
      switchMap(() =>
        api.view('caseload', { teamId: null, workerId: null, from: null, to: null }).pipe(
          map((data) => DashboardApiActions.viewLoaded({ view: 'caseload', data })),
          catchError(() =>
            of(DashboardApiActions.viewLoadFailed({ view: 'caseload', error: 'dashboard.errors.load' })),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** A burst of server pushes becomes one refetch of what is on screen. */
export const debounceLivePushes = createEffect(
  (actions$ = inject(Actions)) =>
    actions$.pipe(
      ofType(DashboardLiveActions.pushed),
      debounceTime(LIVE_DEBOUNCE_MS),
      map(() => DashboardLiveActions.refreshDue()),
    ),
  { functional: true },
);

/** The open drill-down follows live changes too. */
export const loadDrillDown = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(DashboardApi)) =>
    actions$.pipe(
      ofType(DashboardPageActions.drillDownOpened, DashboardLiveActions.refreshDue),
      withLatestFrom(store.select(dashboardFeature.selectDrillRequest)),
      filter(([, request]) => request !== null),
      switchMap(([, request]) =>
        api.children(request!).pipe(
          map((drillDown) => DashboardApiActions.drillDownLoaded({ drillDown })),
          catchError((err: unknown) => of(DashboardApiActions.drillDownLoadFailed({ error: errorKey(err) }))),
        ),
      ),
    ),
  { functional: true },
);
