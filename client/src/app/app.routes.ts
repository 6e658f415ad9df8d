import { Routes } from '@angular/router';

import { authGuard, roleGuard, signedOutGuard } from './features/auth/auth.guards';
import {
  CLIENT_DATA_ROLES,
  MEETING_ROLES,
  MY_WORK_ROLES,
  THERAPY_ROLES,
  VISIT_ROLES,
  FINDING_ROLES,
} from './layout/nav-items';

/**
 * The landing page (welcome and server status) stays public: it tells a user who cannot sign in whether
 * the server is reachable. Everything with personal data is behind `authGuard`; role areas are not even
 * loaded for other roles.
 */
export const routes: Routes = [
  {
    path: '',
    pathMatch: 'full',
    loadChildren: () => import('./features/health/health.routes').then((m) => m.HEALTH_ROUTES),
  },
  {
    path: 'login',
    canActivate: [signedOutGuard],
    loadChildren: () => import('./features/auth/auth.routes').then((m) => m.AUTH_ROUTES),
  },
  {
    path: '',
    canActivateChild: [authGuard],
    children: [
      {
        path: 'account',
        loadChildren: () => import('./features/account/account.routes').then((m) => m.ACCOUNT_ROUTES),
      },
      {
        path: 'admin',
        canMatch: [roleGuard('administrator')],
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
      },
      {
        path: 'reviews',
        canMatch: [roleGuard('supervisor')],
        loadChildren: () => import('./features/access/reviews.routes').then((m) => m.REVIEWS_ROUTES),
      },
      // Before `children`: the access log is its own feature under a child's address.
      {
        path: 'children/:childId/access-log',
        loadChildren: () => import('./features/access/access-log.routes').then((m) => m.ACCESS_LOG_ROUTES),
      },
      {
        path: 'children',
        canMatch: [roleGuard(...CLIENT_DATA_ROLES)],
        loadChildren: () => import('./features/children/children.routes').then((m) => m.CHILDREN_ROUTES),
      },
      {
        path: 'my-work',
        canMatch: [roleGuard(...MY_WORK_ROLES)],
        loadChildren: () => import('./features/children/my-work.routes').then((m) => m.MY_WORK_ROUTES),
      },
      {
        path: 'therapy',
        canMatch: [roleGuard(...THERAPY_ROLES)],
        loadChildren: () => import('./features/therapy/therapy.routes').then((m) => m.THERAPY_ROUTES),
      },
      {
        path: 'meetings',
        canMatch: [roleGuard(...MEETING_ROLES)],
        loadChildren: () => import('./features/meetings/meetings.routes').then((m) => m.MEETINGS_ROUTES),
      },
      {
        path: 'visits',
        canMatch: [roleGuard(...VISIT_ROLES)],
        loadChildren: () => import('./features/visits/visits.routes').then((m) => m.VISITS_ROUTES),
      },
      {
        path: 'findings',
        canMatch: [roleGuard(...FINDING_ROLES)],
        loadChildren: () => import('./features/visits/visits.routes').then((m) => m.FINDINGS_ROUTES),
      },
      {
        path: 'dashboard',
        canMatch: [roleGuard('supervisor')],
        loadChildren: () => import('./features/dashboard/dashboard.routes').then((m) => m.DASHBOARD_ROUTES),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
