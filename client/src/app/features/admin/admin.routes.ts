import { Routes } from '@angular/router';

import { TeamsPage } from './pages/teams-page';
import { UsersPage } from './pages/users-page';

export const ADMIN_ROUTES: Routes = [
  { path: 'users', component: UsersPage, title: 'admin.users.title' },
  { path: 'teams', component: TeamsPage, title: 'admin.teams.title' },
  { path: '', pathMatch: 'full', redirectTo: 'users' },
];
