import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { AuthOptions, LoginRequest, SessionInfo } from './session.model';

/** `/api/v1/auth/...`: sessions. The CSRF header is added by the CSRF interceptor. */
@Injectable({ providedIn: 'root' })
export class AuthApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/v1/auth`;
  /** The login page and the start-up check explain failures themselves. */
  private readonly quiet = { context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) };

  /** 401 when signed out. */
  me(): Observable<SessionInfo> {
    return this.http.get<SessionInfo>(`${this.url}/me`, this.quiet);
  }

  /** 401 `unauthenticated` for wrong credentials, 401 `mfa_required` for the second step, 423 `account_locked`. */
  login(request: LoginRequest): Observable<SessionInfo> {
    return this.http.post<SessionInfo>(`${this.url}/login`, request, this.quiet);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${this.url}/logout`, {});
  }

  /** Ends every session of the user, on every device. */
  logoutEverywhere(): Observable<void> {
    return this.http.post<void>(`${this.url}/logout-all`, {});
  }

  /** Public: whether single sign-on is configured, and where it starts (a full-page navigation). */
  options(): Observable<AuthOptions> {
    return this.http.get<AuthOptions>(`${this.url}/options`, this.quiet);
  }
}
