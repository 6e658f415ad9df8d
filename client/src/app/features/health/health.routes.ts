import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { HealthPage } from './pages/health-page';
import * as healthEffects from './state/health.effects';
import { healthFeature } from './state/health.feature';

export const HEALTH_ROUTES: Routes = [
  {
    path: '',
    component: HealthPage,
    title: 'health.title',
    providers: [provideState(healthFeature), provideEffects(healthEffects)],
  },
];
