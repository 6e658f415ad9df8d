import { HttpClient, HttpContext, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { API_BASE_URL } from '../../../core/api-base';
import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import {
  AgendaUpdateInput,
  HypothesisEntry,
  Meeting,
  MeetingCreateInput,
  MeetingSummary,
  MeetingTeam,
  Minutes,
  MinutesVersionRow,
  UrgentEntry,
} from './meetings.model';

export type PdfLanguage = 'fi' | 'sv' | 'en';
export interface TeamChild {
  id: string;
  firstName: string;
  lastName: string;
}
export interface HypothesisHistoryRow {
  meetingId: string;
  date: string;
  hypotheses: HypothesisEntry[];
}
export interface PlanGoalOption {
  goalId: string;
  text: string;
}

/**
 * `/api/v1/meetings/...`: team meetings (the live notes go over socket.io: NotesProvider). Writes skip
 * the global error snackbar: the forms show the field errors themselves.
 */
@Injectable({ providedIn: 'root' })
export class MeetingsApi {
  private readonly http = inject(HttpClient);
  private readonly root = `${inject(API_BASE_URL)}/v1`;
  private readonly base = `${this.root}/meetings`;
  private readonly quiet = { context: new HttpContext().set(SKIP_ERROR_NOTIFICATION, true) };

  teams(): Observable<MeetingTeam[]> {
    return this.http.get<{ items: MeetingTeam[] }>(`${this.base}/teams`).pipe(map((r) => r.items));
  }

  list(teamId: string): Observable<MeetingSummary[]> {
    const params = new HttpParams().set('teamId', teamId);
    return this.http.get<{ items: MeetingSummary[] }>(this.base, { params }).pipe(map((r) => r.items));
  }

  get(id: string): Observable<Meeting> {
    return this.http.get<Meeting>(this.meeting(id), this.quiet);
  }

  create(input: MeetingCreateInput): Observable<Meeting> {
    return this.http.post<Meeting>(this.base, input, this.quiet);
  }

  updateAgenda(id: string, input: AgendaUpdateInput): Observable<Meeting> {
    return this.http.put<Meeting>(`${this.meeting(id)}/agenda`, input, this.quiet);
  }

  urgentRound(id: string): Observable<UrgentEntry[]> {
    return this.http
      .get<{ items: UrgentEntry[] }>(`${this.meeting(id)}/urgent-round`)
      .pipe(map((r) => r.items));
  }

  finalise(id: string): Observable<Minutes> {
    return this.http.post<Minutes>(`${this.meeting(id)}/finalise`, {}, this.quiet);
  }

  minutes(id: string, version?: number): Observable<Minutes> {
    const url = version ? `${this.meeting(id)}/versions/${version}` : `${this.meeting(id)}/minutes`;
    return this.http.get<Minutes>(url, this.quiet);
  }

  versions(id: string): Observable<MinutesVersionRow[]> {
    return this.http
      .get<{ items: MinutesVersionRow[] }>(`${this.meeting(id)}/versions`)
      .pipe(map((r) => r.items));
  }

  addendum(id: string, input: { itemId?: string; text: string }): Observable<Minutes> {
    return this.http.post<Minutes>(`${this.meeting(id)}/addenda`, input, this.quiet);
  }

  /** A link (the browser downloads it with the session cookie). */
  pdfUrl(id: string, lang: PdfLanguage, opts: { childId?: string; version?: number } = {}): string {
    let params = new HttpParams().set('lang', lang);
    if (opts.childId) params = params.set('childId', opts.childId);
    if (opts.version) params = params.set('version', opts.version);
    return `${this.meeting(id)}/minutes.pdf?${params.toString()}`;
  }

  /** The team's children for family items (the list endpoint, filtered by team). */
  teamChildren(teamId: string): Observable<TeamChild[]> {
    const params = new HttpParams().set('teamId', teamId).set('pageSize', 100);
    return this.http
      .get<{ items: TeamChild[] }>(`${this.root}/children`, { params })
      .pipe(map((r) => r.items.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }))));
  }

  /** The goals of a child's current client plan, for linking an action point. */
  planGoals(childId: string): Observable<PlanGoalOption[]> {
    return this.http
      .get<{
        plan: { goals: PlanGoalOption[] } | null;
      }>(`${this.root}/children/${encodeURIComponent(childId)}/picture`, this.quiet)
      .pipe(map((p) => (p.plan?.goals ?? []).map(({ goalId, text }) => ({ goalId, text }))));
  }

  /** The team's hypotheses about a child in earlier, finalised meetings, newest first. */
  hypothesisHistory(childId: string): Observable<HypothesisHistoryRow[]> {
    return this.http
      .get<{
        items: HypothesisHistoryRow[];
      }>(`${this.root}/children/${encodeURIComponent(childId)}/hypotheses`, this.quiet)
      .pipe(map((r) => r.items));
  }

  private meeting(id: string): string {
    return `${this.base}/${encodeURIComponent(id)}`;
  }
}
