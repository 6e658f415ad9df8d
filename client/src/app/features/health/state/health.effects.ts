import { HttpErrorResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, map, of, switchMap } from 'rxjs';

import { HealthApi } from '../data/health-api';
import { HealthApiActions, HealthPageActions } from './health.actions';

/** switchMap: a newer check supersedes one still in flight. */
export const loadHealthStatus = createEffect(
  (actions$ = inject(Actions), api = inject(HealthApi)) =>
    actions$.pipe(
      ofType(HealthPageActions.opened, HealthPageActions.refreshClicked),
      switchMap(() =>
        api.getStatus().pipe(
          map((status) => HealthApiActions.statusLoaded({ status })),
          catchError((err: unknown) => of(HealthApiActions.statusLoadFailed({ error: errorKey(err) }))),
        ),
      ),
    ),
  { functional: true },
);

function errorKey(err: unknown): string {
  return err instanceof HttpErrorResponse && err.status === 0
    ? 'health.errors.unreachable'
    : 'health.errors.unexpected';
}
