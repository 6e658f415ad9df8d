import { Routes } from '@angular/router';

import { SecurityPage } from './pages/security-page';

export const ACCOUNT_ROUTES: Routes = [
  { path: 'security', component: SecurityPage, title: 'account.title' },
  { path: '', pathMatch: 'full', redirectTo: 'security' },
];
