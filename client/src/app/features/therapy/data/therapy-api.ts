import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { Language } from '../../../core/i18n/languages';
import {
  Score15Measurement,
  Score15MeasurementInput,
  Score15Series,
  TherapyComment,
  TherapyExportKind,
  TherapyPlan,
  TherapyPlanCreateInput,
  TherapyPlanStatus,
  TherapyPlanUpdateInput,
  TherapyReminderRow,
  TherapySession,
  TherapySessionInput,
} from './therapy.model';

type Items<T> = { items: T[] };

/**
 * `/api/v1/therapy-plans/...` and `/api/v1/me/therapy-...`. Reads whose failures the page explains
 * itself (a plan the caller may not open) and every write (the forms put field errors beside their
 * fields) skip the global error snackbar.
 */
@Injectable({ providedIn: 'root' })
export class TherapyApi {
  private readonly http = inject(HttpClient);
  private readonly base = `${inject(API_BASE_URL)}/v1`;
  private readonly quiet = { context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) };

  /** The current plans of the caller's teams (the therapist's own among them). */
  myPlans(): Observable<TherapyPlan[]> {
    return this.items<TherapyPlan>(`${this.base}/me/therapy-plans`);
  }

  /** The therapist's open reminders, overdue first. */
  myReminders(): Observable<TherapyReminderRow[]> {
    return this.items<TherapyReminderRow>(`${this.base}/me/therapy-reminders`);
  }

  childPlans(childId: string): Observable<TherapyPlan[]> {
    return this.items<TherapyPlan>(this.plansUrl(), new HttpParams().set('childId', childId), true);
  }

  childReminders(childId: string): Observable<TherapyReminderRow[]> {
    const params = new HttpParams().set('childId', childId);
    return this.items<TherapyReminderRow>(`${this.plansUrl()}/reminders`, params, true);
  }

  plan(planId: string): Observable<TherapyPlan> {
    return this.http.get<TherapyPlan>(this.planUrl(planId), this.quiet);
  }

  versions(planId: string): Observable<TherapyPlan[]> {
    return this.items<TherapyPlan>(`${this.planUrl(planId)}/versions`);
  }

  create(input: TherapyPlanCreateInput): Observable<TherapyPlan> {
    return this.http.post<TherapyPlan>(this.plansUrl(), input, this.quiet);
  }

  update(planId: string, input: TherapyPlanUpdateInput): Observable<TherapyPlan> {
    return this.http.put<TherapyPlan>(this.planUrl(planId), input, this.quiet);
  }

  transition(planId: string, baseVersion: number, to: TherapyPlanStatus, note?: string): Observable<TherapyPlan> {
    const body = note?.trim() ? { baseVersion, to, note: note.trim() } : { baseVersion, to };
    return this.http.post<TherapyPlan>(`${this.planUrl(planId)}/status`, body, this.quiet);
  }

  comments(planId: string): Observable<TherapyComment[]> {
    return this.items<TherapyComment>(`${this.planUrl(planId)}/comments`);
  }

  addComment(planId: string, text: string): Observable<TherapyComment> {
    return this.http.post<TherapyComment>(`${this.planUrl(planId)}/comments`, { text }, this.quiet);
  }

  sessions(planId: string): Observable<TherapySession[]> {
    return this.items<TherapySession>(`${this.planUrl(planId)}/sessions`);
  }

  addSession(planId: string, input: TherapySessionInput): Observable<TherapySession> {
    return this.http.post<TherapySession>(`${this.planUrl(planId)}/sessions`, input, this.quiet);
  }

  measurements(planId: string): Observable<Score15Measurement[]> {
    return this.items<Score15Measurement>(`${this.planUrl(planId)}/measurements`);
  }

  addMeasurement(planId: string, input: Score15MeasurementInput): Observable<Score15Measurement> {
    return this.http.post<Score15Measurement>(`${this.planUrl(planId)}/measurements`, input, this.quiet);
  }

  /** One line per respondent, never a family average. */
  series(planId: string): Observable<Score15Series> {
    return this.http.get<Score15Series>(`${this.planUrl(planId)}/measurements/series`);
  }

  /** Where the browser downloads the plan or the progress report as a PDF in the given language. */
  exportUrl(planId: string, kind: TherapyExportKind, lang: Language): string {
    return `${this.planUrl(planId)}/export?${new HttpParams().set('kind', kind).set('lang', lang).toString()}`;
  }

  private plansUrl(): string {
    return `${this.base}/therapy-plans`;
  }

  private planUrl(planId: string): string {
    return `${this.plansUrl()}/${encodeURIComponent(planId)}`;
  }

  private items<T>(url: string, params?: HttpParams, quiet = false): Observable<T[]> {
    const options = quiet ? { ...this.quiet, params } : { params };
    return this.http.get<Items<T>>(url, options).pipe(map((body) => body.items));
  }
}
