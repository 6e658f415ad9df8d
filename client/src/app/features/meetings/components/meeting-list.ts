import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { MeetingSummary } from '../data/meetings.model';

/** Presentational: a list of meetings, each a link to its room (draft) or its minutes (finalised). */
@Component({
  selector: 'app-meeting-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, MatIconModule, RouterLink, TranslatePipe],
  template: `
    @if (meetings().length === 0) {
      <p class="empty">{{ empty() | translate }}</p>
    } @else {
      <ul [attr.aria-label]="label() | translate">
        @for (m of meetings(); track m.id) {
          <li>
            <a [routerLink]="m.status === 'draft' ? ['/meetings', m.id] : ['/meetings', m.id, 'minutes']">
              <mat-icon aria-hidden="true">{{ m.status === 'draft' ? 'groups' : 'description' }}</mat-icon>
              <span class="date">{{ m.date | localDate }}{{ m.startTime ? ' ' + m.startTime : '' }}</span>
              <span>{{ m.teamName }}</span>
              <span class="status">{{ 'meetings.status.' + m.status | translate }}</span>
              @if (m.minutesVersion > 1) {
                <span>{{ 'meetings.list.version' | translate: { version: m.minutesVersion } }}</span>
              }
            </a>
          </li>
        }
      </ul>
    }
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li a {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 10px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      color: inherit;
      text-decoration: none;
    }
    li a:hover,
    li a:focus-visible {
      background: var(--mat-sys-surface-container);
    }
    .date {
      font-weight: 500;
      min-width: 9em;
    }
    .status {
      margin-left: auto;
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class MeetingList {
  readonly meetings = input.required<MeetingSummary[]>();
  /** Translation keys. */
  readonly label = input.required<string>();
  readonly empty = input.required<string>();
}
