import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { DeadlineStatus } from '../components/deadline-status';
import { TaskList } from '../components/task-list';
import { ChildrenApi } from '../data/children-api';
import { MyWork } from '../data/children.model';
import { byUrgency, deadlineKey } from '../data/wording';

/** Container: `/my-work`, the signed-in worker's children, tasks and deadlines, most urgent first. */
@Component({
  selector: 'app-my-work-page',
  imports: [MatProgressBarModule, RouterLink, TranslatePipe, LocalDatePipe, DeadlineStatus, TaskList],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-work-page.html',
  styleUrl: './my-work-page.scss',
})
export class MyWorkPage implements OnInit {
  private readonly api = inject(ChildrenApi);
  private readonly destroyRef = inject(DestroyRef);

  private readonly work = signal<MyWork | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly key = deadlineKey;

  protected readonly deadlines = computed(() => [...(this.work()?.deadlines ?? [])].sort(byUrgency));
  protected readonly tasks = computed(() =>
    [...(this.work()?.tasks ?? [])].sort((a, b) => a.dueDate.localeCompare(b.dueDate)),
  );
  /** Visit findings due for follow-up, overdue first (as the server sorts them). */
  protected readonly findings = computed(() => this.work()?.findings ?? []);
  /** Children with an overdue deadline first, then by their next due date; none last, by name. */
  protected readonly children = computed(() =>
    [...(this.work()?.children ?? [])].sort((a, b) => {
      if (a.nextDeadline && b.nextDeadline) return byUrgency(a.nextDeadline, b.nextDeadline);
      if (a.nextDeadline || b.nextDeadline) return a.nextDeadline ? -1 : 1;
      return `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'fi');
    }),
  );

  ngOnInit(): void {
    this.api
      .myWork()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (work) => {
          this.work.set(work);
          this.loading.set(false);
        },
        error: () => {
          this.loading.set(false);
          this.failed.set(true);
        },
      });
  }
}
