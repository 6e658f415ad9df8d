import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { ChecklistTemplate, Finding, Visit, VisitDraft, VisitDue, VisitSummary } from './visit.model';

type Items<T> = { items: T[] };
/** The offline form and the sync explain failures themselves (status line, field errors, conflicts). */
const quiet = () => ({ context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) });

/** `/api/v1/visits`, `/api/v1/checklist-templates`, `/api/v1/findings`. */
@Injectable({ providedIn: 'root' })
export class VisitsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/v1`;

  due(): Observable<VisitDue[]> {
    const params = new HttpParams().set('inspectorId', 'me');
    return this.http.get<Items<VisitDue>>(`${this.base}/visits/due`, { params }).pipe(map((r) => r.items));
  }

  calendar(from: string, to: string): Observable<VisitSummary[]> {
    const params = new HttpParams().set('inspectorId', 'me').set('from', from).set('to', to);
    return this.http.get<Items<VisitSummary>>(`${this.base}/visits`, { params }).pipe(map((r) => r.items));
  }

  get(id: string): Observable<Visit> {
    return this.http.get<Visit>(`${this.base}/visits/${id}`, quiet());
  }

  template(id: string): Observable<ChecklistTemplate> {
    return this.http.get<ChecklistTemplate>(`${this.base}/checklist-templates/${id}`, quiet());
  }

  saveDraft(id: string, clientMutationId: string, baseRevision: number, draft: VisitDraft): Observable<Visit> {
    const body = { clientMutationId, baseRevision, draft };
    return this.http.put<Visit>(`${this.base}/visits/${id}/draft`, body, quiet());
  }

  submit(id: string, clientMutationId: string, baseRevision: number, draft: VisitDraft): Observable<Visit> {
    const body = { clientMutationId, baseRevision, draft };
    return this.http.post<Visit>(`${this.base}/visits/${id}/submit`, body, quiet());
  }

  /** Idempotent by the client's attachment id: a retry is answered 200 with the stored photo. */
  uploadPhoto(id: string, attachmentId: string, fileName: string, blob: Blob): Observable<unknown> {
    const params = new HttpParams().set('attachmentId', attachmentId).set('fileName', fileName);
    const headers = { 'Content-Type': blob.type || 'application/octet-stream' };
    return this.http.post(`${this.base}/visits/${id}/attachments`, blob, { params, headers, ...quiet() });
  }

  openSeriousFindings(): Observable<Finding[]> {
    const params = new HttpParams().set('severity', 'serious').set('open', 'true');
    return this.http.get<Items<Finding>>(`${this.base}/findings`, { params }).pipe(map((r) => r.items));
  }
}
