import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';
import { switchMap } from 'rxjs';

import { describeHttpError, UserFacingError } from '../../../core/http/error-message';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { FindingCloseForm } from '../components/finding-close-form';
import { Finding, FindingClosure } from '../data/visit.model';
import { VisitsApi } from '../data/visits-api';
import { addDays, helsinkiToday } from '../data/today';

/** Days before its deadline that a finding counts as due soon (FINDING_REMINDER_DAYS in shared). */
const DUE_SOON_DAYS = 14;

/**
 * Follow-up of open findings: what was found, where, the required actions and the next deadline
 * (overdue highlighted, soonest first), and closing a finding with evidence. Supervisors see every
 * finding; workers and inspectors their children's.
 */
@Component({
  selector: 'app-findings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCheckboxModule, TranslatePipe, LocalDatePipe, FindingCloseForm],
  templateUrl: './findings-page.html',
  styleUrl: './findings-page.scss',
})
export class FindingsPage {
  private readonly api = inject(VisitsApi);
  protected readonly today = helsinkiToday();
  private readonly reload = signal(0);
  private readonly all = toSignal(toObservable(this.reload).pipe(switchMap(() => this.api.openFindings())));
  protected readonly seriousOnly = signal(false);
  protected readonly findings = computed(() => {
    const all = this.all();
    if (!all) return undefined;
    return all
      .filter((f) => !this.seriousOnly() || f.severity === 'serious')
      .sort(
        (a, b) =>
          (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999') || b.date.localeCompare(a.date),
      );
  });
  protected readonly closing = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<UserFacingError | null>(null);
  protected readonly closedNote = signal(false);

  protected deadlineState(f: Finding): 'overdue' | 'due_soon' | null {
    if (!f.nextDeadline) return null;
    if (f.nextDeadline < this.today) return 'overdue';
    return f.nextDeadline <= addDays(this.today, DUE_SOON_DAYS) ? 'due_soon' : null;
  }

  protected open(id: string): void {
    this.error.set(null);
    this.closedNote.set(false);
    this.closing.set(id);
  }

  protected close(f: Finding, closure: FindingClosure): void {
    this.busy.set(true);
    this.api.closeFinding(f.id, closure).subscribe({
      next: () => {
        this.busy.set(false);
        this.closing.set(null);
        this.closedNote.set(true);
        this.reload.update((n) => n + 1);
      },
      error: (err: HttpErrorResponse) => {
        this.busy.set(false);
        this.error.set(describeHttpError(err));
      },
    });
  }
}
