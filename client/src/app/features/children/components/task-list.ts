import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { Task } from '../data/children.model';
import { today } from '../data/wording';

/** Presentational: tasks with owner and due date; an overdue one says so in words, not only in colour. */
@Component({
  selector: 'app-task-list',
  imports: [MatIconModule, RouterLink, TranslatePipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul>
      @for (t of tasks(); track t.id) {
        <li [class.overdue]="t.dueDate < today">
          <span class="title">
            @if (showChild() && t.childName) {
              <a [routerLink]="['/children', t.childId]">{{ t.childName }}</a>:
            }
            {{ t.title }}
          </span>
          <span class="meta">
            {{ t.ownerName }} · {{ 'children.tasks.due' | translate: { date: (t.dueDate | localDate) } }}
            @if (t.dueDate < today) {
              <strong class="late"
                ><mat-icon aria-hidden="true">error</mat-icon
                >{{ 'children.tasks.overdue' | translate }}</strong
              >
            }
          </span>
        </li>
      } @empty {
        <li class="meta">{{ 'children.tasks.none' | translate }}</li>
      }
    </ul>
  `,
  styles: `
    ul {
      margin: 0;
      padding-left: 20px;
      display: grid;
      gap: 8px;
    }
    .title {
      display: block;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.875rem;
    }
    .late {
      color: #93000a;
      display: inline-flex;
      align-items: center;
      gap: 2px;
      margin-left: 4px;
    }
    .late mat-icon {
      font-size: 16px;
      width: 16px;
      height: 16px;
    }
  `,
})
export class TaskList {
  readonly tasks = input<Task[]>([]);
  /** On "My work" each task names its child, as a link. */
  readonly showChild = input(false);
  protected readonly today = today();
}
