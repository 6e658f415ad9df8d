import { HttpBackend, HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map, shareReplay } from 'rxjs';

import { API_BASE_URL } from '../api-base';

/** The header the server checks on state-changing requests (shared/src/auth/auth-api.ts: CSRF_HEADER). */
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Holds the CSRF token of the current session, fetched once from `GET /api/v1/auth/csrf` and shared by
 * concurrent requests. The fetch skips the interceptors: it needs no token and reports no error itself
 * (the request that needed it fails and is reported).
 */
@Injectable({ providedIn: 'root' })
export class CsrfToken {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly url = `${inject(API_BASE_URL)}/v1/auth/csrf`;
  private token$: Observable<string> | null = null;

  get(): Observable<string> {
    if (!this.token$) {
      const token$ = this.http.get<{ token: string }>(this.url).pipe(
        map((body) => body.token),
        shareReplay({ bufferSize: 1, refCount: false }),
      );
      this.token$ = token$;
      // A failed fetch is not remembered: the next request tries again.
      token$.subscribe({ error: () => this.token$ === token$ && this.reset() });
    }
    return this.token$;
  }

  /** The session changed (login, logout) or the server refused the token: fetch a new one next time. */
  reset(): void {
    this.token$ = null;
  }
}
