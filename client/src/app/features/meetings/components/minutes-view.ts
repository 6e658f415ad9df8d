import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { Minutes, MinutesItem, TEXT_SECTIONS } from '../data/meetings.model';

/** Presentational: one version of the minutes, read-only, with its addenda (author and time). */
@Component({
  selector: 'app-minutes-view',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDatePipe, LocalDateTimePipe, TranslatePipe],
  template: `
    @let m = minutes();
    <p class="meta">
      {{ 'meetings.minutes.versionBy' | translate: { version: m.version, name: m.createdByName } }}
      {{ m.createdAt | localDateTime }}
    </p>
    <p>
      <strong>{{ 'meetings.new.attendees' | translate }}:</strong>
      @for (a of m.attendees; track $index; let last = $last) {
        {{ a.name }} ({{ 'meetings.roles.' + a.role | translate }}){{ last ? '' : ', ' }}
      }
    </p>
    @for (entry of m.items; track entry.item.id) {
      <section [attr.aria-label]="titleOf(entry)">
        <h2>{{ titleOf(entry) }}</h2>
        @if (entry.item.kind === 'family') {
          <p>
            <strong>{{ 'meetings.room.question' | translate }}:</strong> {{ entry.item.question }}
          </p>
        }
        @for (s of sections; track s) {
          @if (entry.sections[s]; as text) {
            <h3>{{ 'meetings.sections.' + s | translate }}</h3>
            <p class="text">{{ text }}</p>
          }
        }
        @if (entry.hypotheses.length) {
          <h3>{{ 'meetings.sections.hypotheses' | translate }}</h3>
          <ul>
            @for (h of entry.hypotheses; track h.id) {
              <li>
                {{ h.text }} ({{ h.authorName }},
                {{ 'meetings.hypotheses.statuses.' + h.status | translate }})
              </li>
            }
          </ul>
        }
        @if (entry.safetyScales.length) {
          <h3>{{ 'meetings.sections.safety_scales' | translate }}</h3>
          <ul>
            @for (s of entry.safetyScales; track s.id) {
              <li>
                {{ s.participantName }}: {{ s.score }}/10 (0 = {{ s.anchorZero }}, 10 = {{ s.anchorTen }})
              </li>
            }
          </ul>
        }
        @if (entry.actionPoints.length) {
          <h3>{{ 'meetings.sections.action_points' | translate }}</h3>
          <ul>
            @for (a of entry.actionPoints; track a.id) {
              <li>{{ a.text }} · {{ 'meetings.actions.due' | translate }} {{ a.dueDate | localDate }}</li>
            }
          </ul>
        }
        @for (add of addendaOf(entry.item.id); track add.id) {
          <aside class="addendum">
            <strong>{{ 'meetings.minutes.addendumBy' | translate: { name: add.authorName } }}</strong>
            {{ add.at | localDateTime }}
            <p class="text">{{ add.text }}</p>
          </aside>
        }
      </section>
    }
    @for (add of addendaOf(undefined); track add.id) {
      <aside class="addendum">
        <strong>{{ 'meetings.minutes.addendumBy' | translate: { name: add.authorName } }}</strong>
        {{ add.at | localDateTime }}
        <p class="text">{{ add.text }}</p>
      </aside>
    }
  `,
  styles: `
    .text {
      white-space: pre-line;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
    .addendum {
      border-left: 4px solid var(--mat-sys-tertiary);
      padding-left: 8px;
      margin: 8px 0;
    }
    h2 {
      font-size: 1.2rem;
    }
    h3 {
      font-size: 1rem;
      margin-bottom: 4px;
    }
  `,
})
export class MinutesView {
  readonly minutes = input.required<Minutes>();
  /** Words the non-family items (urgent round...). */
  readonly kindTitle = input.required<(kind: string) => string>();
  protected readonly sections = TEXT_SECTIONS;

  protected titleOf(entry: MinutesItem): string {
    const item = entry.item;
    if (item.kind === 'family') return item.children.map((c) => c.name).join(', ');
    if (item.kind === 'other') return item.title;
    return this.kindTitle()(item.kind);
  }

  protected addendaOf(itemId: string | undefined) {
    return this.minutes().addenda.filter((a) => a.itemId === itemId);
  }
}
