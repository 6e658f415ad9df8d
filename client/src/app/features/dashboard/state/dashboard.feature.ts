import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { CallState, getCallStateError } from '../../../core/state/call-state';
import {
  CaseloadDashboard,
  DashboardData,
  DashboardFilters,
  DashboardView,
  DrillDown,
  DrillDownRequest,
  FilterOptions,
  NO_FILTERS,
} from '../data/dashboard.model';
import { DashboardApiActions, DashboardPageActions } from './dashboard.actions';

export interface DashboardState {
  view: DashboardView;
  filters: DashboardFilters;
  data: DashboardData;
  callState: CallState;
  options: FilterOptions | null;
  drillRequest: DrillDownRequest | null;
  drillDown: DrillDown | null;
  drillCallState: CallState;
}

export const initialDashboardState: DashboardState = {
  view: 'caseload',
  filters: NO_FILTERS,
  data: { caseload: null, deadlines: null, visits: null, meetings: null },
  callState: 'init',
  options: null,
  drillRequest: null,
  drillDown: null,
  drillCallState: 'init',
};

function optionsOf(data: CaseloadDashboard): FilterOptions {
  return {
    teams: data.teams.map((t) => ({ teamId: t.teamId, name: t.name })),
    workers: data.workers.map((w) => ({ workerId: w.workerId, name: w.name, teamIds: w.teamIds })),
  };
}

export const dashboardFeature = createFeature({
  name: 'dashboard',
  reducer: createReducer(
    initialDashboardState,
    on(DashboardPageActions.opened, DashboardPageActions.viewSelected, (state, { view }): DashboardState => ({
      ...state,
      view,
      callState: 'loading',
    })),
    // New filters: the other views' numbers no longer match, so they are fetched again when shown.
    on(DashboardPageActions.filtersChanged, (state, { filters }): DashboardState => ({
      ...state,
      filters,
      data: { ...initialDashboardState.data, [state.view]: state.data[state.view] },
      callState: 'loading',
    })),
    on(DashboardApiActions.viewLoaded, (state, { view, data }): DashboardState => ({
      ...state,
      data: { ...state.data, [view]: data },
      callState: view === state.view ? 'loaded' : state.callState,
      options:
        view === 'caseload' && !state.filters.teamId && !state.filters.workerId && !state.options
          ? optionsOf(data as CaseloadDashboard)
          : state.options,
    })),
    on(DashboardApiActions.viewLoadFailed, (state, { error }): DashboardState => ({
      ...state,
      callState: { error },
    })),
    on(DashboardPageActions.drillDownOpened, (state, { request }): DashboardState => ({
      ...state,
      drillRequest: request,
      drillDown: null,
      drillCallState: 'loading',
    })),
    on(DashboardApiActions.drillDownLoaded, (state, { drillDown }): DashboardState => ({
      ...state,
      drillDown,
      drillCallState: 'loaded',
    })),
    on(DashboardApiActions.drillDownLoadFailed, (state, { error }): DashboardState => ({
      ...state,
      drillCallState: { error },
    })),
    on(DashboardPageActions.drillDownClosed, (state): DashboardState => ({
      ...state,
      drillRequest: null,
      drillDown: null,
      drillCallState: 'init',
    })),
  ),
  extraSelectors: ({ selectCallState, selectDrillCallState, selectData, selectView }) => ({
    selectLoading: createSelector(selectCallState, (s) => s === 'loading'),
    selectError: createSelector(selectCallState, getCallStateError),
    selectDrillLoading: createSelector(selectDrillCallState, (s) => s === 'loading'),
    selectCurrent: createSelector(selectData, selectView, (data, view) => data[view]),
  }),
});
