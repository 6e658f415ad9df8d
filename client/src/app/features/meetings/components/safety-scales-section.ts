import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { Language } from '../../../core/i18n/languages';
import { Attendee, SAFETY_SCALE_ANCHORS, SafetyScaleEntry } from '../data/meetings.model';
import { EntryJson } from '../realtime/structured-entries';
import { ChangedBy } from './changed-by';
import { StructuredSection } from './structured-section';

/**
 * The safety scale of a family item: 0-10 per participant, with the anchor wording recorded with each
 * score (0 = not safe at home now, 10 = safe enough to close the case), shared live.
 */
@Component({
  selector: 'app-safety-scales-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChangedBy, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <h4>{{ 'meetings.sections.safety_scales' | translate }}</h4>
    <div class="anchors" aria-hidden="true">
      <span>0 = {{ anchors().zero }}</span>
      <span>10 = {{ anchors().ten }}</span>
    </div>
    <ul class="entries">
      @for (s of entries(); track s.id) {
        <li>
          <div class="fields">
            <span>{{ s.participantName }}</span>
            <label>
              {{ 'meetings.safety.score' | translate: { name: s.participantName } }}
              <select
                [value]="'' + s.score"
                [disabled]="readOnly()"
                (focus)="focus()"
                (change)="setScore(s.id, $event)"
              >
                @for (n of scores; track n) {
                  <option [value]="'' + n" [selected]="n === s.score">{{ n }}</option>
                }
              </select>
            </label>
            @if (!readOnly()) {
              <button
                mat-icon-button
                type="button"
                (click)="remove(s.id)"
                [attr.aria-label]="'meetings.safety.remove' | translate: { name: s.participantName }"
              >
                <mat-icon>delete</mat-icon>
              </button>
            }
          </div>
          <small>0 = {{ s.anchorZero }} · 10 = {{ s.anchorTen }}</small>
          <app-changed-by [entry]="s" />
        </li>
      }
    </ul>
    @if (!readOnly() && missing().length) {
      <div class="add">
        <label>
          {{ 'meetings.safety.participant' | translate }}
          <select #who>
            @for (a of missing(); track a.userId) {
              <option [value]="a.userId">{{ a.name }}</option>
            }
          </select>
        </label>
        <button mat-stroked-button type="button" (click)="addScore(who.value)">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'meetings.safety.add' | translate }}
        </button>
      </div>
    }
  `,
  styleUrl: './structured-section.scss',
})
export class SafetyScalesSection extends StructuredSection<EntryJson & SafetyScaleEntry> {
  protected readonly section = 'safety_scales' as const;
  protected readonly scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  /** The meeting's participants (the caller is offered too, if not an attendee). */
  readonly participants = input<Pick<Attendee, 'userId' | 'name'>[]>([]);
  readonly language = input<Language>('fi');
  protected readonly anchors = computed(() => SAFETY_SCALE_ANCHORS[this.language()]);
  protected readonly missing = computed(() => {
    const scored = new Set(this.entries().map((e) => e.participantId));
    const me = this.editor();
    const all = [...this.participants()];
    if (!all.some((p) => p.userId === me.id)) all.unshift({ userId: me.id, name: me.name });
    return all.filter((p) => !scored.has(p.userId));
  });

  protected setScore(id: string, event: Event): void {
    this.set(id, 'score', Number(this.value(event)));
  }

  protected addScore(userId: string): void {
    const who = this.missing().find((p) => p.userId === userId);
    if (!who) return;
    const { zero, ten } = this.anchors();
    this.add({
      participantId: who.userId,
      participantName: who.name,
      score: 5,
      anchorZero: zero,
      anchorTen: ten,
    });
  }
}
