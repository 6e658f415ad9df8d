import { Routes } from '@angular/router';

import { MyWorkPage } from './pages/my-work-page';

export const MY_WORK_ROUTES: Routes = [{ path: '', component: MyWorkPage, title: 'myWork.title' }];
