import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';

/** Shapes of shared/src/auth/auth-api.ts (MfaEnrolment, MfaRecoveryCodes, ChangePasswordRequest). */
export interface MfaEnrolment {
  otpauthUri: string;
  qrCodeDataUrl: string;
  /** Base32, for typing into an app by hand. */
  secret: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface MfaDisableRequest {
  password: string;
  totp?: string;
  recoveryCode?: string;
}

/** `/api/v1/auth/password` and `/api/v1/auth/mfa/...`; the forms show the failures by field. */
@Injectable({ providedIn: 'root' })
export class AccountApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/v1/auth`;
  private readonly quiet = { context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) };

  /** 400 `validation_failed` with `details` per field (wrong current password, too short, too common). */
  changePassword(request: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(`${this.url}/password`, request, this.quiet);
  }

  startMfaEnrolment(): Observable<MfaEnrolment> {
    return this.http.post<MfaEnrolment>(`${this.url}/mfa/enrol`, {});
  }

  /** Answers the recovery codes, shown once. 400 when the code is not valid. */
  confirmMfa(code: string): Observable<string[]> {
    return this.http
      .post<{ recoveryCodes: string[] }>(`${this.url}/mfa/confirm`, { code }, this.quiet)
      .pipe(map((body) => body.recoveryCodes));
  }

  disableMfa(request: MfaDisableRequest): Observable<void> {
    return this.http.post<void>(`${this.url}/mfa/disable`, request, this.quiet);
  }
}
