import { HttpClient, HttpContext } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { NetworkMember, NetworkMemberInput, NetworkResponse } from './network.model';

/** `/api/v1/children/:id/network`: the child's network map (verkostokartta). */
@Injectable({ providedIn: 'root' })
export class NetworkApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  members(childId: string): Observable<NetworkMember[]> {
    return this.http.get<NetworkResponse>(this.url(childId)).pipe(map((body) => body.members));
  }

  add(childId: string, member: NetworkMemberInput): Observable<NetworkMember> {
    return this.http.post<NetworkMember>(this.url(childId), member, quiet());
  }

  /** Replaces the member's fields (PUT: the whole input). */
  update(childId: string, memberId: string, member: NetworkMemberInput): Observable<NetworkMember> {
    return this.http.put<NetworkMember>(`${this.url(childId)}/${encodeURIComponent(memberId)}`, member, quiet());
  }

  remove(childId: string, memberId: string): Observable<void> {
    return this.http.delete<void>(`${this.url(childId)}/${encodeURIComponent(memberId)}`, quiet());
  }

  private url(childId: string): string {
    return `${this.base}/v1/children/${encodeURIComponent(childId)}/network`;
  }
}

/** Every write comes from a dialog or panel that shows its own failure (field errors in place). */
const quiet = () => ({ context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) });
