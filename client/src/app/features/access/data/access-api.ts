import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import {
  AccessGrant,
  AccessLogPeriod,
  AccessLogReport,
  AccessRequest,
  AccessReview,
  AccessReviewDecision,
  ChildResponse,
} from './access.model';

/** `/api/v1/children/...` (as far as access goes) and `/api/v1/access-reviews`. */
@Injectable({ providedIn: 'root' })
export class AccessApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** 403 `break_glass_required` when a reason would open it; ChildAccess.open asks and reports. */
  getChild(childId: string): Observable<ChildResponse> {
    const context = new HttpContext().set(SKIP_ERROR_NOTIFICATION, true);
    return this.http.get<ChildResponse>(this.childUrl(childId), { context });
  }

  /** A read-only grant for 8 hours, flagged for a supervisor's review. */
  requestAccess(childId: string, request: AccessRequest): Observable<AccessGrant> {
    return this.http.post<AccessGrant>(`${this.childUrl(childId)}/access`, request);
  }

  accessLog(childId: string, period: AccessLogPeriod): Observable<AccessLogReport> {
    return this.http.get<AccessLogReport>(`${this.childUrl(childId)}/access-log`, {
      params: periodParams(period),
    });
  }

  /** A plain link: the browser downloads the file with the session cookie (the export is audited). */
  accessLogFileUrl(childId: string, period: AccessLogPeriod, format: 'csv' | 'pdf', lang: string): string {
    const params = periodParams(period).set('format', format).set('lang', lang);
    return `${this.childUrl(childId)}/access-log?${params.toString()}`;
  }

  pendingReviews(): Observable<AccessReview[]> {
    return this.http
      .get<{ items: AccessReview[] }>(`${this.base}/v1/access-reviews`)
      .pipe(map((body) => body.items));
  }

  decideReview(reviewId: string, decision: AccessReviewDecision): Observable<void> {
    return this.http.post<void>(`${this.base}/v1/access-reviews/${encodeURIComponent(reviewId)}`, decision);
  }

  private childUrl(childId: string): string {
    return `${this.base}/v1/children/${encodeURIComponent(childId)}`;
  }
}

function periodParams({ from, to }: AccessLogPeriod): HttpParams {
  let params = new HttpParams();
  if (from) params = params.set('from', from);
  if (to) params = params.set('to', to);
  return params;
}
