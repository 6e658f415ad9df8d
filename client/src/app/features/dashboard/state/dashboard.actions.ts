import { createActionGroup, emptyProps, props } from '@ngrx/store';

import {
  DashboardData,
  DashboardFilters,
  DashboardView,
  DrillDown,
  DrillDownRequest,
} from '../data/dashboard.model';

export const DashboardPageActions = createActionGroup({
  source: 'Dashboard Page',
  events: {
    Opened: props<{ view: DashboardView }>(),
    'View Selected': props<{ view: DashboardView }>(),
    'Filters Changed': props<{ filters: DashboardFilters }>(),
    'Drill Down Opened': props<{ request: DrillDownRequest }>(),
    'Drill Down Closed': emptyProps(),
  },
});

/** Server pushes: data behind the dashboards changed; a burst becomes one `Refresh Due` (effects). */
export const DashboardLiveActions = createActionGroup({
  source: 'Dashboard Live',
  events: {
    Pushed: emptyProps(),
    'Refresh Due': emptyProps(),
  },
});

export const DashboardApiActions = createActionGroup({
  source: 'Dashboard API',
  events: {
    'View Loaded': props<{ view: DashboardView; data: NonNullable<DashboardData[DashboardView]> }>(),
    /** `error` is a translation key. */
    'View Load Failed': props<{ view: DashboardView; error: string }>(),
    'Drill Down Loaded': props<{ drillDown: DrillDown }>(),
    'Drill Down Load Failed': props<{ error: string }>(),
  },
});
