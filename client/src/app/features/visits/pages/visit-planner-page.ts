import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { combineLatest, switchMap } from 'rxjs';

import { describeHttpError, UserFacingError } from '../../../core/http/error-message';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { hasRole } from '../../auth/data/session.model';
import { selectSession } from '../../auth/state/auth.feature';
import { DueTable } from '../components/due-table';
import { PlanVisitForm } from '../components/plan-visit-form';
import { VisitDue, VisitPlanInput, VisitSummary } from '../data/visit.model';
import { VisitsApi } from '../data/visits-api';
import { addDays, helsinkiToday } from '../data/today';

/**
 * The visit planner: visits due per placement (overdue highlighted), planning a visit (children of one
 * unit, date, announced or not, inspector), and an inspector's calendar. An inspector sees their own
 * placements and calendar; the team sees their children's and picks whose calendar to show.
 */
@Component({
  selector: 'app-visit-planner-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatFormFieldModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    DueTable,
    PlanVisitForm,
  ],
  templateUrl: './visit-planner-page.html',
  styleUrl: './visit-planner-page.scss',
})
export class VisitPlannerPage {
  private readonly api = inject(VisitsApi);
  private readonly session = inject(Store).selectSignal(selectSession);
  protected readonly isInspector = hasRole(this.session(), 'placement_inspector');
  protected readonly today = helsinkiToday();
  private readonly reload = signal(0);
  /** Whose calendar: `me`, an inspector's id, or '' for every visit the caller may see. */
  protected readonly calendarOf = signal(this.isInspector ? 'me' : '');

  protected readonly due = toSignal(
    toObservable(this.reload).pipe(switchMap(() => this.api.due(this.isInspector ? 'me' : undefined))),
    { initialValue: [] as VisitDue[] },
  );
  private readonly calendar = toSignal(
    combineLatest([toObservable(this.reload), toObservable(this.calendarOf)]).pipe(
      switchMap(([, who]) =>
        this.api.calendar(addDays(this.today, -60), addDays(this.today, 90), who || undefined),
      ),
    ),
    { initialValue: [] as VisitSummary[] },
  );
  protected readonly inspectors = toSignal(this.api.inspectors(), { initialValue: [] });
  protected readonly overdue = computed(() => this.due().filter((d) => d.status === 'overdue').length);

  protected readonly planning = signal<VisitDue[] | null>(null);
  protected readonly busy = signal(false);
  protected readonly planError = signal<UserFacingError | null>(null);
  protected readonly plannedOn = signal<string | null>(null);
  protected readonly me = computed(() => this.session()?.user.id ?? null);

  /** Planned and draft visits by date, then the submitted ones. */
  protected readonly days = computed(() => {
    const byDate = new Map<string, VisitSummary[]>();
    for (const v of [...this.calendar()].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate)))
      byDate.set(v.plannedDate, [...(byDate.get(v.plannedDate) ?? []), v]);
    return [...byDate.entries()].map(([date, visits]) => ({ date, visits }));
  });

  /** The chosen placement first, then the unit's other placements that have no visit planned. */
  protected startPlanning(chosen: VisitDue): void {
    const others = this.due().filter(
      (d) =>
        d !== chosen && d.unit.id === chosen.unit.id && !d.nextPlannedVisit && d.status !== 'not_scheduled',
    );
    this.planError.set(null);
    this.plannedOn.set(null);
    this.planning.set([chosen, ...others]);
  }

  protected plan(input: VisitPlanInput): void {
    this.busy.set(true);
    this.api.plan(input).subscribe({
      next: (visit) => {
        this.busy.set(false);
        this.planning.set(null);
        this.plannedOn.set(visit.plannedDate);
        this.reload.update((n) => n + 1);
      },
      error: (err: HttpErrorResponse) => {
        this.busy.set(false);
        this.planError.set(describeHttpError(err));
      },
    });
  }

  protected childNames(v: VisitSummary): string {
    return v.children.map((c) => c.name).join(', ');
  }
}
