import { Routes } from '@angular/router';

/** `/visits`: the inspector's planner and the offline visit form (each its own chunk, prefetched by the service worker). */
export const VISITS_ROUTES: Routes = [
  {
    path: '',
    title: 'visits.planner.title',
    loadComponent: () => import('./pages/visit-planner-page').then((m) => m.VisitPlannerPage),
  },
  {
    path: ':visitId',
    title: 'visits.form.title',
    // Also started early by offline/preload-visit-form.ts on a (re)load of the form.
    loadComponent: () => import('./pages/visit-form-page').then((m) => m.VisitFormPage),
  },
];

/** `/findings`: open serious findings, for supervisors. */
export const FINDINGS_ROUTES: Routes = [
  {
    path: '',
    title: 'visits.findings.title',
    loadComponent: () => import('./pages/findings-page').then((m) => m.FindingsPage),
  },
];
