import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import {
  ChecklistTemplate,
  Finding,
  FindingClosure,
  PlacementInspector,
  Visit,
  VisitDraft,
  VisitDue,
  VisitPlanInput,
  VisitSummary,
} from './visit.model';

type Items<T> = { items: T[] };
/** The offline form and the sync explain failures themselves (status line, field errors, conflicts). */
const quiet = () => ({ context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) });

/** `/api/v1/visits`, `/api/v1/checklist-templates`, `/api/v1/findings`. */
@Injectable({ providedIn: 'root' })
export class VisitsApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/v1`;

  /** When each placement's next visit is due: the inspector's own (`me`), else every child the caller may see. */
  due(inspectorId?: 'me'): Observable<VisitDue[]> {
    const params = inspectorId ? new HttpParams().set('inspectorId', inspectorId) : new HttpParams();
    return this.http.get<Items<VisitDue>>(`${this.base}/visits/due`, { params }).pipe(map((r) => r.items));
  }

  /** Visits by planned date; an inspector's calendar with `inspectorId` (a user id or `me`). */
  calendar(from: string, to: string, inspectorId?: string): Observable<VisitSummary[]> {
    let params = new HttpParams().set('from', from).set('to', to);
    if (inspectorId) params = params.set('inspectorId', inspectorId);
    return this.http.get<Items<VisitSummary>>(`${this.base}/visits`, { params }).pipe(map((r) => r.items));
  }

  inspectors(): Observable<PlacementInspector[]> {
    return this.http
      .get<Items<PlacementInspector>>(`${this.base}/placement-inspectors`)
      .pipe(map((r) => r.items));
  }

  /** The planner shows a refusal beside the form (field errors, capacity, access). */
  plan(input: VisitPlanInput): Observable<Visit> {
    return this.http.post<Visit>(`${this.base}/visits`, input, quiet());
  }

  /** The visit minutes as a PDF (PHL 22 §): a plain link, the session cookie authorises it. */
  reportUrl(id: string, lang: string): string {
    return `${this.base}/visits/${id}/report?lang=${lang}`;
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

  /** Every open finding the caller may see (their children's; every one for supervisors). */
  openFindings(): Observable<Finding[]> {
    const params = new HttpParams().set('open', 'true');
    return this.http.get<Items<Finding>>(`${this.base}/findings`, { params }).pipe(map((r) => r.items));
  }

  closeFinding(id: string, closure: FindingClosure): Observable<Finding> {
    return this.http.post<Finding>(`${this.base}/findings/${id}/close`, closure, quiet());
  }
}
