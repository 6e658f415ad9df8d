import {
  HttpErrorResponse,
  HttpEvent,
  HttpInterceptorFn,
  HttpRequest,
  HttpResponse,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, switchMap, tap, throwError } from 'rxjs';

import { API_BASE_URL } from '../api-base';
import { isApiErrorBody } from './error-message';
import { CSRF_HEADER, CsrfToken } from './csrf-token';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Requests after which the server session (and so its token) is a different one. */
const SESSION_CHANGING = /\/v1\/auth\/(login|logout|logout-all|password)$/;

/**
 * Sends the CSRF token on state-changing API requests. When the server answers 403 `csrf_failed`
 * (the token went stale, e.g. the session was renewed elsewhere), fetches a new token and retries once.
 */
export const csrfInterceptor: HttpInterceptorFn = (req, next) => {
  const base = inject(API_BASE_URL);
  const csrf = inject(CsrfToken);
  if (!STATE_CHANGING.has(req.method) || !isApiRequest(req, base)) return next(req);

  const send = (retriesLeft: number): Observable<HttpEvent<unknown>> =>
    csrf.get().pipe(
      switchMap((token) => next(req.clone({ setHeaders: { [CSRF_HEADER]: token } }))),
      catchError((err: unknown) => {
        if (retriesLeft > 0 && isCsrfFailure(err)) {
          csrf.reset();
          return send(retriesLeft - 1);
        }
        return throwError(() => err);
      }),
    );

  return send(1).pipe(
    tap((event) => {
      if (event instanceof HttpResponse && SESSION_CHANGING.test(urlPath(req.url))) csrf.reset();
    }),
  );
};

export function isApiRequest(req: HttpRequest<unknown>, base: string): boolean {
  const path = urlPath(req.url);
  return path === base || path.startsWith(`${base}/`);
}

function urlPath(url: string): string {
  return url.split(/[?#]/, 1)[0];
}

function isCsrfFailure(err: unknown): boolean {
  return (
    err instanceof HttpErrorResponse &&
    err.status === 403 &&
    isApiErrorBody(err.error) &&
    err.error.error.code === 'csrf_failed'
  );
}
