import { Routes } from '@angular/router';

import { AccessLogPage } from './pages/access-log-page';

export const ACCESS_LOG_ROUTES: Routes = [{ path: '', component: AccessLogPage, title: 'access.log.title' }];
