import { HttpClient, HttpContext, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, of, throwError } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { HealthStatus, isHealthStatus } from './health.model';

@Injectable({ providedIn: 'root' })
export class HealthApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  /** Resolves with the status for both 200 (ok) and 503 (degraded); errors only when there is no status. */
  getStatus(): Observable<HealthStatus> {
    // The health card reports failures itself, so the global snackbar stays quiet.
    const context = new HttpContext().set(SKIP_ERROR_NOTIFICATION, true);
    return this.http.get<HealthStatus>(`${this.baseUrl}/health`, { context }).pipe(
      catchError((err: unknown) =>
        err instanceof HttpErrorResponse && err.status === 503 && isHealthStatus(err.error)
          ? of(err.error)
          : throwError(() => err),
      ),
    );
  }
}
