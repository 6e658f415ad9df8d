import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { VisitsApi } from '../data/visits-api';
import { VisitSummary } from '../data/visit.model';

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The inspector's planner: placements due or overdue for a visit, and the calendar by date. */
@Component({
  selector: 'app-visit-planner-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatIconModule, RouterLink, TranslatePipe, LocalDatePipe],
  templateUrl: './visit-planner-page.html',
  styleUrl: './visit-planner-page.scss',
})
export class VisitPlannerPage {
  private readonly api = inject(VisitsApi);
  protected readonly due = toSignal(this.api.due(), { initialValue: [] });
  private readonly calendar = toSignal(
    this.api.calendar(isoDay(Date.now() - 60 * DAY), isoDay(Date.now() + 90 * DAY)),
    {
      initialValue: [] as VisitSummary[],
    },
  );
  protected readonly attention = computed(() =>
    this.due().filter((d) => d.status === 'overdue' || d.status === 'due_soon'),
  );
  /** Planned and draft visits by date, then the submitted ones. */
  protected readonly days = computed(() => {
    const byDate = new Map<string, VisitSummary[]>();
    for (const v of [...this.calendar()].sort((a, b) => a.plannedDate.localeCompare(b.plannedDate)))
      byDate.set(v.plannedDate, [...(byDate.get(v.plannedDate) ?? []), v]);
    return [...byDate.entries()].map(([date, visits]) => ({ date, visits }));
  });
  protected readonly today = isoDay(Date.now());

  protected childNames(v: VisitSummary): string {
    return v.children.map((c) => c.name).join(', ');
  }
}
