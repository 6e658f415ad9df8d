import { HttpErrorResponse, HttpInterceptorFn, HttpResponse } from '@angular/common/http';
import { inject } from '@angular/core';
import { tap } from 'rxjs';

import { API_BASE_URL } from '../api-base';
import { IdleTimeout } from '../session/idle-timeout';
import { SessionEvents } from '../session/session-events';
import { isApiRequest } from './csrf.interceptor';
import { isSessionEnded } from './error-message';

/**
 * Keeps the client's idea of the session in step with the server's: every answered API request moves
 * the server's rolling idle window on; a 401 while signed in means the session is gone.
 */
export const sessionInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req, inject(API_BASE_URL))) return next(req);
  const idle = inject(IdleTimeout);
  const events = inject(SessionEvents);
  return next(req).pipe(
    tap({
      next: (event) => {
        if (!(event instanceof HttpResponse)) return;
        const date = event.headers.get('date');
        if (date) idle.observeServerTime(Date.parse(date));
        idle.touch();
      },
      error: (err: unknown) => {
        if (!(err instanceof HttpErrorResponse) || err.status === 0) return;
        if (isSessionEnded(err) && idle.active) events.expired();
        else idle.touch();
      },
    }),
  );
};
