import { HttpContextToken, HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';

import { describeHttpError, isSessionEnded } from './error-message';
import { ErrorNotifier } from './error-notifier';

/** Set on requests whose caller shows the failure itself (e.g. the health card), to avoid a double report. */
export const SKIP_ERROR_NOTIFICATION = new HttpContextToken<boolean>(() => false);

/**
 * Reports failed requests to the user, then rethrows so callers can still react (failure actions).
 * An ended session is not reported here: the user is taken to the login page, which explains it.
 */
export const httpErrorInterceptor: HttpInterceptorFn = (req, next) => {
  const notifier = inject(ErrorNotifier);
  return next(req).pipe(
    catchError((err: unknown) => {
      if (
        err instanceof HttpErrorResponse &&
        !req.context.get(SKIP_ERROR_NOTIFICATION) &&
        !isSessionEnded(err)
      ) {
        void notifier.notify(describeHttpError(err));
      }
      return throwError(() => err);
    }),
  );
};
