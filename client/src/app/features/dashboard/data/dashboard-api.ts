import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { DashboardData, DashboardFilters, DashboardView, DrillDown, DrillDownRequest } from './dashboard.model';

function params(values: object): HttpParams {
  let out = new HttpParams();
  for (const [key, value] of Object.entries(values))
    if (value !== null && value !== undefined && value !== '') out = out.set(key, String(value));
  return out;
}

/** `/api/v1/dashboard/...` (docs: OpenAPI, tag `dashboard`). */
@Injectable({ providedIn: 'root' })
export class DashboardApi {
  private readonly http = inject(HttpClient);
  private readonly baseUrl = inject(API_BASE_URL);

  view<V extends DashboardView>(view: V, filters: DashboardFilters): Observable<NonNullable<DashboardData[V]>> {
    return this.http.get<NonNullable<DashboardData[V]>>(`${this.baseUrl}/v1/dashboard/${view}`, {
      params: params(filters),
    });
  }

  children(request: DrillDownRequest): Observable<DrillDown> {
    return this.http.get<DrillDown>(`${this.baseUrl}/v1/dashboard/children`, { params: params(request) });
  }

  /** A link the browser downloads with the session cookie (counts only, no child). */
  exportUrl(view: DashboardView, filters: DashboardFilters, format: 'csv' | 'pdf', lang: string): string {
    return `${this.baseUrl}/v1/dashboard/${view}/export?${params({ ...filters, format, lang }).toString()}`;
  }
}
