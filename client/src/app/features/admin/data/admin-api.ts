import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { AdminTeam, AdminUser, CreateUserRequest, UpdateUserRequest } from './admin.model';

/** `/api/v1/admin/...` (administrators only; never client data). */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);
  private readonly url = `${inject(API_BASE_URL)}/v1/admin`;
  /** Forms show validation failures by field themselves. */
  private readonly quiet = { context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) };

  listUsers(): Observable<AdminUser[]> {
    return this.http.get<{ items: AdminUser[] }>(`${this.url}/users`).pipe(map((body) => body.items));
  }

  createUser(request: CreateUserRequest): Observable<AdminUser> {
    return this.http.post<AdminUser>(`${this.url}/users`, request, this.quiet);
  }

  updateUser(id: string, patch: UpdateUserRequest): Observable<AdminUser> {
    return this.http.patch<AdminUser>(`${this.userUrl(id)}`, patch, this.quiet);
  }

  unlockUser(id: string): Observable<void> {
    return this.http.post<void>(`${this.userUrl(id)}/unlock`, {});
  }

  /** MFA off for re-enrolment; the user's sessions end. */
  resetMfa(id: string): Observable<void> {
    return this.http.post<void>(`${this.userUrl(id)}/mfa-reset`, {});
  }

  listTeams(): Observable<AdminTeam[]> {
    return this.http.get<{ items: AdminTeam[] }>(`${this.url}/teams`).pipe(map((body) => body.items));
  }

  createTeam(team: { code: string; name: string }): Observable<AdminTeam> {
    return this.http.post<AdminTeam>(`${this.url}/teams`, team, this.quiet);
  }

  renameTeam(id: string, name: string): Observable<AdminTeam> {
    return this.http.patch<AdminTeam>(`${this.url}/teams/${encodeURIComponent(id)}`, { name }, this.quiet);
  }

  private userUrl(id: string): string {
    return `${this.url}/users/${encodeURIComponent(id)}`;
  }
}
