import { HttpBackend, HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { Observable, switchMap, tap } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { CSRF_HEADER, CsrfToken } from '../../../core/http/csrf-token';
import { LoginRequest, SessionInfo } from '../../auth/data/session.model';
import { AuthApiActions } from '../../auth/state/auth.actions';

/**
 * Unlocks the device after a SCORE-15 handover by signing the therapist in again (`POST /auth/login`
 * with their own username; there is no separate password-check endpoint). The request skips the
 * interceptors on purpose: a wrong password answers 401, which the session interceptor would take for
 * an ended session and sign the therapist out, and the lock screen reports the failure itself. The
 * CSRF header is added here instead; a successful sign-in renews the session (new id, same token).
 */
@Injectable({ providedIn: 'root' })
export class TherapistUnlock {
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly url = `${inject(API_BASE_URL)}/v1/auth/login`;
  private readonly csrf = inject(CsrfToken);
  private readonly store = inject(Store);

  confirm(request: LoginRequest): Observable<SessionInfo> {
    return this.csrf.get().pipe(
      switchMap((token) =>
        this.http.post<SessionInfo>(this.url, request, { headers: { [CSRF_HEADER]: token } }),
      ),
      tap((session) => {
        this.csrf.reset();
        this.store.dispatch(AuthApiActions.sessionRefreshed({ session }));
      }),
    );
  }
}
