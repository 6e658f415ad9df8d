import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, forkJoin, map, of, tap } from 'rxjs';

import { describeHttpError } from '../../../core/http/error-message';
import { TherapyApi } from '../data/therapy-api';
import {
  Score15Series,
  TherapyComment,
  TherapyPlan,
  TherapyPlanStatus,
  TherapyReminderRow,
  TherapySession,
} from '../data/therapy.model';

/** A translation key for a failed request. */
export const errorKey = (err: unknown): string =>
  err instanceof HttpErrorResponse ? describeHttpError(err).key : 'errors.unexpected';

/**
 * The open plan and its records, in signals (provided by the plan page). The page is the only reader,
 * so a route-level NgRx feature would add actions without adding a second consumer; each write
 * returns its request for the dialog to show field errors, and re-reads what it changed.
 */
@Injectable()
export class PlanStore {
  private readonly api = inject(TherapyApi);
  private planId = '';

  readonly plan = signal<TherapyPlan | null>(null);
  readonly loading = signal(false);
  /** Translation key when the plan cannot be opened (no access, not found). */
  readonly error = signal<string | null>(null);
  readonly comments = signal<TherapyComment[]>([]);
  readonly sessions = signal<TherapySession[]>([]);
  readonly series = signal<Score15Series | null>(null);
  readonly reminders = signal<TherapyReminderRow[]>([]);
  /** Loaded when the versions list is opened. */
  readonly versions = signal<TherapyPlan[] | null>(null);
  readonly closed = computed(() => this.plan()?.status === 'closed');

  open(planId: string): void {
    this.planId = planId;
    this.loading.set(true);
    this.error.set(null);
    this.versions.set(null);
    this.api.plan(planId).subscribe({
      next: (plan) => {
        this.plan.set(plan);
        this.loading.set(false);
        this.loadRecords(plan);
      },
      error: (err: unknown) => {
        this.plan.set(null);
        this.loading.set(false);
        this.error.set(errorKey(err));
      },
    });
  }

  loadVersions(): void {
    this.api.versions(this.planId).subscribe((items) => this.versions.set(items));
  }

  transition(to: TherapyPlanStatus, note?: string): Observable<TherapyPlan> {
    const plan = this.plan()!;
    return this.api.transition(plan.id, plan.version, to, note).pipe(tap((next) => this.replaced(next)));
  }

  addComment(text: string): Observable<unknown> {
    return this.api
      .addComment(this.planId, text)
      .pipe(tap((comment) => this.comments.update((items) => [...items, comment])));
  }

  /** After a session or a measurement: the log, the charts and the reminders change. */
  refreshRecords(): void {
    const plan = this.plan();
    if (plan) this.loadRecords(plan);
  }

  private replaced(plan: TherapyPlan): void {
    this.plan.set(plan);
    this.versions.set(null);
    this.loadRecords(plan);
  }

  private loadRecords(plan: TherapyPlan): void {
    const quietly = <T>(request: Observable<T>, fallback: T) => request.pipe(catchError(() => of(fallback)));
    const reminders = plan.childIds[0]
      ? this.api
          .childReminders(plan.childIds[0])
          .pipe(map((rows) => rows.filter((r) => r.planId === plan.id)))
      : of([]);
    forkJoin({
      comments: quietly(this.api.comments(plan.id), [] as TherapyComment[]),
      sessions: quietly(this.api.sessions(plan.id), [] as TherapySession[]),
      series: quietly(this.api.series(plan.id), null),
      reminders: quietly(reminders, [] as TherapyReminderRow[]),
    }).subscribe(({ comments, sessions, series, reminders }) => {
      this.comments.set(comments);
      this.sessions.set(sessions);
      this.series.set(series);
      this.reminders.set(reminders);
    });
  }
}
