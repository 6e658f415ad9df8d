import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import {
  CaseEvent,
  CaseEventCorrection,
  CaseEventInput,
  ChildListFilter,
  ChildListResponse,
  ChildView,
  ChildViewInput,
  ClientPlan,
  Deadline,
  DecisionMaker,
  DecisionType,
  MyWork,
  SafetyScore,
  SafetyScoreInput,
  SituationalPicture,
  Task,
  TaskInput,
  TimelinePageRequest,
  TimelineResponse,
} from './children.model';

type Items<T> = { items: T[] };

/**
 * `/api/v1/children/...` (the case record) and `/api/v1/me/work`. Calls whose failures the page shows
 * itself (the picture with its break-the-glass question, the forms with their field errors) skip the
 * global error snackbar.
 */
@Injectable({ providedIn: 'root' })
export class ChildrenApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);
  private readonly quiet = { context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) };

  list({ q, status, page, pageSize }: ChildListFilter): Observable<ChildListResponse> {
    let params = new HttpParams().set('page', page).set('pageSize', pageSize);
    const query = q?.trim() ?? '';
    if (query.length >= 2) params = params.set('q', query);
    if (status) params = params.set('status', status);
    return this.http.get<ChildListResponse>(`${this.base}/v1/children`, { params });
  }

  picture(childId: string): Observable<SituationalPicture> {
    return this.http.get<SituationalPicture>(`${this.child(childId)}/picture`, this.quiet);
  }

  timeline(childId: string, { kinds, before, limit }: TimelinePageRequest): Observable<TimelineResponse> {
    let params = new HttpParams().set('kinds', kinds.join(','));
    if (before) params = params.set('before', before);
    if (limit) params = params.set('limit', limit);
    return this.http.get<TimelineResponse>(`${this.child(childId)}/timeline`, { ...this.quiet, params });
  }

  events(childId: string): Observable<CaseEvent[]> {
    return this.items<CaseEvent>(`${this.child(childId)}/events`);
  }

  createEvent(childId: string, input: CaseEventInput): Observable<CaseEvent> {
    return this.http.post<CaseEvent>(`${this.child(childId)}/events`, input, this.quiet);
  }

  /** A new version of the event; the earlier one stays readable. */
  correctEvent(childId: string, eventId: string, correction: CaseEventCorrection): Observable<CaseEvent> {
    const url = `${this.child(childId)}/events/${encodeURIComponent(eventId)}/corrections`;
    return this.http.post<CaseEvent>(url, correction, this.quiet);
  }

  /** Who may make a decision that separation of duties covers (LSL 13 §) for this child. */
  decisionMakers(childId: string, type: DecisionType): Observable<DecisionMaker[]> {
    return this.items<DecisionMaker>(`${this.child(childId)}/decision-makers`, new HttpParams().set('type', type));
  }

  eventVersions(childId: string, eventId: string): Observable<CaseEvent[]> {
    return this.items<CaseEvent>(`${this.child(childId)}/events/${encodeURIComponent(eventId)}/versions`);
  }

  deadlines(childId: string): Observable<Deadline[]> {
    return this.items<Deadline>(`${this.child(childId)}/deadlines`);
  }

  plans(childId: string): Observable<ClientPlan[]> {
    return this.items<ClientPlan>(`${this.child(childId)}/plans`);
  }

  childViews(childId: string): Observable<ChildView[]> {
    return this.items<ChildView>(`${this.child(childId)}/child-views`);
  }

  createChildView(childId: string, input: ChildViewInput): Observable<ChildView> {
    return this.http.post<ChildView>(`${this.child(childId)}/child-views`, input, this.quiet);
  }

  safetyScores(childId: string): Observable<SafetyScore[]> {
    return this.items<SafetyScore>(`${this.child(childId)}/safety-scores`);
  }

  createSafetyScore(childId: string, input: SafetyScoreInput): Observable<SafetyScore> {
    return this.http.post<SafetyScore>(`${this.child(childId)}/safety-scores`, input, this.quiet);
  }

  tasks(childId: string): Observable<Task[]> {
    return this.items<Task>(`${this.child(childId)}/tasks`);
  }

  createTask(childId: string, input: TaskInput): Observable<Task> {
    return this.http.post<Task>(`${this.child(childId)}/tasks`, input, this.quiet);
  }

  updateTask(taskId: string, patch: Partial<Pick<Task, 'status' | 'dueDate' | 'ownerId'>>): Observable<Task> {
    return this.http.patch<Task>(`${this.base}/v1/tasks/${encodeURIComponent(taskId)}`, patch);
  }

  myWork(): Observable<MyWork> {
    return this.http.get<MyWork>(`${this.base}/v1/me/work`);
  }

  private items<T>(url: string, params?: HttpParams): Observable<T[]> {
    return this.http.get<Items<T>>(url, { params }).pipe(map((body) => body.items));
  }

  private child(childId: string): string {
    return `${this.base}/v1/children/${encodeURIComponent(childId)}`;
  }
}
