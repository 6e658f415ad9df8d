import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { TherapySession } from '../data/therapy.model';

/** Presentational: the session log, newest first, each with its number from the first session. */
@Component({
  selector: 'app-session-log',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="sessions" reversed>
      @for (s of newestFirst(); track s.id) {
        <li>
          <h3>{{ 'therapy.session.heading' | translate: { n: s.number, date: (s.date | localDate) } }}</h3>
          <p class="meta">
            {{ 'therapy.session.attendedBy' | translate }}
            @for (a of s.attendees; track $index) {
              <span class="item">{{ a.name }}</span>
            }
            @if (s.methods.length) {
              ·
              @for (m of s.methods; track m) {
                <span class="item">{{ 'therapy.method.' + m | translate }}</span>
              }
            }
          </p>
          <p class="summary">{{ s.summary }}</p>
          @if (s.nextSteps.length) {
            <p class="label">{{ 'therapy.session.nextSteps' | translate }}</p>
            <ul>
              @for (step of s.nextSteps; track $index) {
                <li>
                  {{ step.text }}
                  @if (step.taskId) {
                    <span class="task">({{ 'therapy.session.taskCreated' | translate }})</span>
                  }
                </li>
              }
            </ul>
          }
          @if (s.nextSessionDate) {
            <p class="meta">
              {{ 'therapy.session.nextOn' | translate: { date: (s.nextSessionDate | localDate) } }}
            </p>
          }
        </li>
      } @empty {
        <li class="empty">{{ 'therapy.session.none' | translate }}</li>
      }
    </ol>
  `,
  styles: `
    .sessions {
      display: grid;
      gap: 12px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .sessions > li {
      padding: 8px 12px;
      border-left: 3px solid var(--mat-sys-outline-variant);
    }
    h3 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-small);
    }
    p {
      margin: 0 0 4px;
    }
    .meta,
    .task {
      color: var(--mat-sys-on-surface-variant);
    }
    .summary {
      white-space: pre-line;
    }
    .label {
      font-weight: 600;
    }
    .item:not(:last-child)::after {
      content: ', ';
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
  `,
})
export class SessionLog {
  readonly sessions = input<TherapySession[]>([]);
  protected readonly newestFirst = computed(() => [...this.sessions()].sort((a, b) => b.number - a.number));
}
