import { Routes } from '@angular/router';

import { roleGuard } from '../auth/auth.guards';
import { tabletExitGuard } from './tablet/tablet-exit.guard';

/**
 * `/therapy`: family-therapy plans. Each page is its own chunk: the charts (Chart.js) load with the
 * plan page's measurements only, the tablet form without them. Writing is the family therapist's.
 */
export const THERAPY_ROUTES: Routes = [
  {
    path: '',
    title: 'therapy.list.title',
    loadComponent: () => import('./pages/therapy-page').then((m) => m.TherapyPage),
  },
  {
    path: 'plans/new',
    title: 'therapy.form.newTitle',
    canMatch: [roleGuard('family_therapist')],
    loadComponent: () => import('./plan-form/plan-form-page').then((m) => m.PlanFormPage),
  },
  {
    path: 'plans/:planId/edit',
    title: 'therapy.form.editTitle',
    canMatch: [roleGuard('family_therapist')],
    loadComponent: () => import('./plan-form/plan-form-page').then((m) => m.PlanFormPage),
  },
  {
    // Shown alone (no toolbar, no navigation); left only after the therapist's password.
    path: 'plans/:planId/score15/:respondentPersonId',
    title: 'therapy.tablet.pageTitle',
    data: { bare: true },
    canDeactivate: [tabletExitGuard],
    loadComponent: () => import('./tablet/score15-tablet-page').then((m) => m.Score15TabletPage),
  },
  {
    path: 'plans/:planId',
    title: 'therapy.plan.title',
    loadComponent: () => import('./pages/plan-page').then((m) => m.PlanPage),
  },
];
