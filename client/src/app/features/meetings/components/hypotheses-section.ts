import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { HypothesisHistoryRow } from '../data/meetings-api';
import { HYPOTHESIS_STATUSES, HypothesisEntry } from '../data/meetings.model';
import { EntryJson } from '../realtime/structured-entries';
import { ChangedBy } from './changed-by';
import { LiveField } from './live-field';
import { StructuredSection } from './structured-section';

/**
 * Hypotheses of a family item (author, text, status open/supported/discarded), shared live; the ones
 * carried over from earlier meetings are marked, and the earlier meetings' hypotheses are listed.
 */
@Component({
  selector: 'app-hypotheses-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChangedBy, LiveField, LocalDatePipe, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <h4>{{ 'meetings.sections.hypotheses' | translate }}</h4>
    <ul class="entries">
      @for (h of entries(); track h.id) {
        <li>
          <textarea
            rows="2"
            [attr.aria-label]="'meetings.hypotheses.text' | translate"
            [appLiveField]="h.text"
            [readOnly]="readOnly()"
            (focus)="focus()"
            (liveChange)="set(h.id, 'text', $event)"
          ></textarea>
          <div class="meta">
            <span>{{ 'meetings.hypotheses.author' | translate: { name: h.authorName } }}</span>
            <select
              [attr.aria-label]="'meetings.hypotheses.status' | translate"
              [value]="h.status"
              [disabled]="readOnly()"
              (change)="set(h.id, 'status', value($event))"
            >
              @for (s of statuses; track s) {
                <option [value]="s" [selected]="s === h.status">
                  {{ 'meetings.hypotheses.statuses.' + s | translate }}
                </option>
              }
            </select>
            @if (h.carriedFromMeetingId) {
              <span class="carried">{{ 'meetings.hypotheses.carried' | translate }}</span>
            }
            <app-changed-by [entry]="h" />
          </div>
        </li>
      }
    </ul>
    @if (!readOnly()) {
      <div class="add">
        <textarea
          rows="2"
          [attr.aria-label]="'meetings.hypotheses.new' | translate"
          [value]="draft()"
          (focus)="focus()"
          (input)="draft.set(value($event))"
        ></textarea>
        <button mat-stroked-button type="button" [disabled]="!draft().trim()" (click)="addHypothesis()">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'meetings.hypotheses.add' | translate }}
        </button>
      </div>
    }
    @if (history().length) {
      <details>
        <summary>{{ 'meetings.hypotheses.history' | translate }}</summary>
        @for (row of history(); track row.meetingId) {
          <p class="history-date">{{ row.date | localDate }}</p>
          <ul>
            @for (h of row.hypotheses; track h.id) {
              <li>
                {{ h.text }} ({{ h.authorName }},
                {{ 'meetings.hypotheses.statuses.' + h.status | translate }})
              </li>
            }
          </ul>
        }
      </details>
    }
  `,
  styleUrl: './structured-section.scss',
})
export class HypothesesSection extends StructuredSection<EntryJson & HypothesisEntry> {
  protected readonly section = 'hypotheses' as const;
  protected readonly statuses = HYPOTHESIS_STATUSES;
  /** The team's hypotheses about these children in earlier, finalised meetings (newest first). */
  readonly history = input<HypothesisHistoryRow[]>([]);
  protected readonly draft = signal('');

  protected addHypothesis(): void {
    const text = this.draft().trim();
    if (!text) return;
    const me = this.editor();
    this.add({ authorId: me.id, authorName: me.name, text, status: 'open' });
    this.draft.set('');
  }
}
