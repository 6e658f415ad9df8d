import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import { ChildPage } from './pages/child-page';
import { ChildrenListPage } from './pages/children-list-page';
import * as childPageEffects from './state/child-page.effects';
import { childPageFeature } from './state/child-page.feature';
import * as saveEffects from './state/save.effects';

export const CHILDREN_ROUTES: Routes = [
  { path: '', component: ChildrenListPage, title: 'children.list.title' },
  {
    path: ':childId',
    component: ChildPage,
    title: 'children.child.title',
    providers: [provideState(childPageFeature), provideEffects(childPageEffects, saveEffects)],
  },
];
