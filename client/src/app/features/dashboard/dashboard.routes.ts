import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { DashboardPage } from './pages/dashboard-page';
import * as dashboardEffects from './state/dashboard.effects';
import { dashboardFeature } from './state/dashboard.feature';

export const DASHBOARD_ROUTES: Routes = [
  {
    path: '',
    component: DashboardPage,
    title: 'dashboard.title',
    providers: [provideState(dashboardFeature), provideEffects(dashboardEffects)],
  },
];
