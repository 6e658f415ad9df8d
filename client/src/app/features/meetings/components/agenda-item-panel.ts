import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { Language } from '../../../core/i18n/languages';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { HypothesisHistoryRow, PlanGoalOption } from '../data/meetings-api';
import { AgendaItem, Attendee, TEXT_SECTIONS, UrgentEntry, sharedTypeName } from '../data/meetings.model';
import { NotesProvider, NotesUser } from '../realtime/notes-provider';
import { ActionPointsSection, NamedId } from './action-points-section';
import { HypothesesSection } from './hypotheses-section';
import { NotesEditor } from './notes-editor';
import { SafetyScalesSection } from './safety-scales-section';

type Block = { kind: 'text'; section: string } | { kind: 'hypotheses' | 'safety_scales' | 'action_points' };

/** A family item's sections in the order the team works through them. */
const FAMILY_BLOCKS: Block[] = [
  { kind: 'text', section: 'notes' },
  { kind: 'text', section: 'child_view' },
  { kind: 'hypotheses' },
  { kind: 'text', section: 'reflections' },
  { kind: 'text', section: 'worries' },
  { kind: 'text', section: 'working_well' },
  { kind: 'text', section: 'needs_to_happen' },
  { kind: 'safety_scales' },
  { kind: 'text', section: 'decisions' },
  { kind: 'text', section: 'dissent' },
  { kind: 'action_points' },
];

/**
 * One agenda item of the meeting room: its heading (the family's question and presenter, or the
 * urgent round's entries), the rich-text sections as collaborative editors and, for a family, the
 * structured sections, all bound to the one shared document.
 */
@Component({
  selector: 'app-agenda-item-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ActionPointsSection,
    HypothesesSection,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    NotesEditor,
    SafetyScalesSection,
    TranslatePipe,
  ],
  template: `
    @let it = item();
    <h2>{{ title() }}</h2>
    @if (it.kind === 'family') {
      <p class="question">
        <strong>{{ 'meetings.room.question' | translate }}:</strong> {{ it.question }}
      </p>
      <p>{{ 'meetings.room.presenter' | translate: { name: it.presentingWorkerName } }}</p>
    }
    @if (it.kind === 'urgent_round') {
      @let entries = urgentNow() ?? it.entries;
      @if (entries.length === 0) {
        <p>{{ 'meetings.urgent.none' | translate }}</p>
      } @else {
        <ul class="urgent" [attr.aria-label]="'meetings.kinds.urgent_round' | translate">
          @for (e of entries; track $index) {
            <li [class.overdue]="e.overdue">
              <strong>{{ e.childName }}</strong>
              {{ 'meetings.urgent.' + e.type | translate }} {{ e.date | localDate }}: {{ e.text }}
              @if (e.legalReference) {
                ({{ e.legalReference }})
              }
              @if (e.overdue) {
                <span>{{ 'meetings.urgent.overdue' | translate }}</span>
              }
            </li>
          }
        </ul>
      }
      @if (!readOnly()) {
        <button mat-stroked-button type="button" (click)="refreshUrgent.emit()">
          <mat-icon aria-hidden="true">refresh</mat-icon>{{ 'meetings.urgent.refresh' | translate }}
        </button>
      }
    }
    @for (block of blocks(); track $index) {
      @switch (block.kind) {
        @case ('text') {
          <app-notes-editor
            [provider]="provider()"
            [field]="field(block)"
            [label]="'meetings.sections.' + sectionOf(block)"
            [user]="user()"
            [readOnly]="readOnly()"
          />
        }
        @case ('hypotheses') {
          <app-hypotheses-section
            [provider]="provider()"
            [itemId]="it.id"
            [editor]="user()"
            [readOnly]="readOnly()"
            [history]="history()"
          />
        }
        @case ('safety_scales') {
          <app-safety-scales-section
            [provider]="provider()"
            [itemId]="it.id"
            [editor]="user()"
            [readOnly]="readOnly()"
            [participants]="attendees()"
            [language]="language()"
          />
        }
        @case ('action_points') {
          <app-action-points-section
            [provider]="provider()"
            [itemId]="it.id"
            [editor]="user()"
            [readOnly]="readOnly()"
            [children]="children()"
            [members]="members()"
            [goals]="goals()"
          />
        }
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .question {
      font-size: 1.05rem;
    }
    .urgent .overdue {
      color: var(--mat-sys-error);
    }
  `,
})
export class AgendaItemPanel {
  readonly item = input.required<AgendaItem>();
  /** The item's title, already worded by the room. */
  readonly title = input.required<string>();
  readonly provider = input.required<NotesProvider>();
  readonly user = input.required<NotesUser>();
  readonly readOnly = input(false);
  readonly attendees = input<Attendee[]>([]);
  readonly members = input<NamedId[]>([]);
  readonly language = input<Language>('fi');
  readonly goals = input<Record<string, PlanGoalOption[]>>({});
  readonly history = input<HypothesisHistoryRow[]>([]);
  /** The urgent round as the case records stand now (after a refresh), else the saved one. */
  readonly urgentNow = input<UrgentEntry[] | null>(null);
  readonly refreshUrgent = output<void>();

  protected readonly blocks = computed<Block[]>(() =>
    this.item().kind === 'family' ? FAMILY_BLOCKS : [{ kind: 'text', section: 'notes' }],
  );
  protected readonly children = computed<NamedId[]>(() => {
    const it = this.item();
    return it.kind === 'family' ? it.children.map((c) => ({ id: c.id, name: c.name })) : [];
  });

  protected sectionOf(block: Block): string {
    return block.kind === 'text' ? block.section : block.kind;
  }

  protected field(block: Block): string {
    const section = this.sectionOf(block) as (typeof TEXT_SECTIONS)[number];
    return sharedTypeName(section, this.item().id);
  }
}
