import { Routes } from '@angular/router';

import { ReviewsPage } from './pages/reviews-page';

export const REVIEWS_ROUTES: Routes = [{ path: '', component: ReviewsPage, title: 'access.reviews.title' }];
