import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, forkJoin, of } from 'rxjs';

import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { selectSession } from '../../auth/state/auth.feature';
import { AgendaItemPanel } from '../components/agenda-item-panel';
import { ConnectionStatusBadge } from '../components/connection-status';
import { PresenceList } from '../components/presence-list';
import { HypothesisHistoryRow, MeetingsApi, PlanGoalOption } from '../data/meetings-api';
import { AgendaItem, FINALISING_ROLES, UrgentEntry } from '../data/meetings.model';
import { NotesProvider, NotesUser } from '../realtime/notes-provider';
import { userColor } from '../realtime/structured-entries';
import { MeetingRoomActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';

/**
 * Container: `/meetings/:meetingId`, the meeting room. The agenda on the side, the chosen item's notes
 * (shared live through NotesProvider), who is here and where they type, the connection state, and
 * finalising for the coordinator or the team lead (the server decides).
 */
@Component({
  selector: 'app-meeting-room-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [NotesProvider],
  imports: [
    AgendaItemPanel,
    ConnectionStatusBadge,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    PresenceList,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    @if (realtimeError(); as e) {
      <p role="alert" class="error">{{ 'meetings.realtime.' + e | translate }}</p>
    } @else if (meetingError(); as e) {
      <p role="alert">{{ e | translate }}</p>
    }
    @if (meeting(); as m) {
      <header>
        <div>
          <h1>{{ 'meetings.room.title' | translate: { date: (m.date | localDate) } }}</h1>
          <p class="sub">{{ m.teamName }}{{ m.startTime ? ' · ' + m.startTime : '' }}</p>
        </div>
        <app-connection-status [status]="notes.status()" [pending]="notes.pendingCount()" />
      </header>
      @if (readOnly()) {
        <p role="status" class="banner">
          {{ 'meetings.room.readOnly' | translate }}
          <a routerLink="minutes">{{ 'meetings.room.openMinutes' | translate }}</a>
        </p>
      }
      <div class="layout">
        <nav [attr.aria-label]="'meetings.room.agenda' | translate">
          <h2>{{ 'meetings.room.agenda' | translate }}</h2>
          <ol>
            @for (item of m.agenda; track item.id) {
              <li>
                <button
                  type="button"
                  [class.current]="item.id === current()?.id"
                  [attr.aria-current]="item.id === current()?.id ? 'true' : null"
                  (click)="selected.set(item.id)"
                >
                  {{ titleOf(item) }}
                </button>
              </li>
            }
          </ol>
          @if (m.status === 'draft') {
            <a mat-button routerLink="agenda">
              <mat-icon aria-hidden="true">edit</mat-icon>{{ 'meetings.room.editAgenda' | translate }}
            </a>
          }
          <app-presence-list
            [participants]="notes.participants()"
            [peers]="notes.peers()"
            [sectionName]="sectionName"
          />
          @if (mayFinalise() && m.status === 'draft') {
            <div class="finalise">
              @if (!confirming()) {
                <button mat-flat-button type="button" (click)="confirming.set(true)">
                  {{ 'meetings.room.finalise' | translate }}
                </button>
              } @else {
                <p>{{ 'meetings.room.finaliseConfirm' | translate }}</p>
                <button mat-flat-button type="button" [disabled]="saving()" (click)="finalise(m.id)">
                  {{ 'meetings.room.finaliseNow' | translate }}
                </button>
                <button mat-button type="button" (click)="confirming.set(false)">
                  {{ 'meetings.new.cancel' | translate }}
                </button>
              }
              @if (saveError(); as e) {
                <div role="alert" class="error">
                  <p>{{ e | translate }}</p>
                  @for (issue of saveIssues(); track $index) {
                    <p>{{ issue }}</p>
                  }
                </div>
              }
            </div>
          }
        </nav>
        <main>
          @if (!notes.loaded()) {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'meetings.room.loading' | translate" />
          }
          @if (current(); as item) {
            @if (user(); as u) {
              @let edited = item;
              <app-agenda-item-panel
                [item]="edited"
                [title]="titleOf(edited)"
                [provider]="notes"
                [user]="u"
                [readOnly]="readOnly()"
                [attendees]="m.attendees"
                [members]="members()"
                [language]="language()"
                [goals]="goals()"
                [history]="historyOf(edited)"
                [urgentNow]="urgentNow()"
                (refreshUrgent)="refreshUrgent(m.id)"
              />
            }
          }
        </main>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 12px;
    }
    h1 {
      margin: 0;
    }
    .sub {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(200px, 260px) 1fr;
      gap: 24px;
      margin-top: 16px;
    }
    @media (max-width: 800px) {
      .layout {
        grid-template-columns: 1fr;
      }
    }
    nav ol {
      padding-left: 1.2em;
    }
    nav button {
      background: none;
      border: 0;
      padding: 6px 4px;
      font: inherit;
      text-align: left;
      cursor: pointer;
      color: inherit;
    }
    nav button.current {
      font-weight: 600;
      text-decoration: underline;
    }
    nav h2 {
      font-size: 1rem;
    }
    .finalise {
      margin-top: 16px;
    }
    .banner {
      background: var(--mat-sys-secondary-container);
      padding: 8px 12px;
      border-radius: 6px;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class MeetingRoomPage {
  /** Route parameter. */
  readonly meetingId = input.required<string>();

  private readonly store = inject(Store);
  private readonly api = inject(MeetingsApi);
  private readonly translate = inject(TranslateService);
  protected readonly notes = inject(NotesProvider);
  protected readonly language = inject(LanguageService).language;
  private readonly session = this.store.selectSignal(selectSession);
  protected readonly meeting = this.store.selectSignal(meetingsFeature.selectMeeting);
  protected readonly meetingError = this.store.selectSignal(meetingsFeature.selectMeetingError);
  protected readonly saving = this.store.selectSignal(meetingsFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(meetingsFeature.selectSaveError);
  protected readonly saveIssues = this.store.selectSignal(meetingsFeature.selectSaveIssues);
  private readonly teams = this.store.selectSignal(meetingsFeature.selectTeams);

  protected readonly selected = signal<string | null>(null);
  protected readonly confirming = signal(false);
  protected readonly urgentNow = signal<UrgentEntry[] | null>(null);
  protected readonly goals = signal<Record<string, PlanGoalOption[]>>({});
  private readonly history = signal<Record<string, HypothesisHistoryRow[]>>({});
  private connected = false;
  private childDataFor: string | null = null;

  protected readonly user = computed<NotesUser | null>(() => {
    const u = this.session()?.user;
    return u ? { id: u.id, name: u.displayName, color: userColor(u.id) } : null;
  });
  protected readonly mayFinalise = computed(() =>
    FINALISING_ROLES.some((r) => this.session()?.user.roles.includes(r)),
  );
  protected readonly readOnly = computed(
    () => this.notes.readOnly() || this.meeting()?.status === 'finalised' || this.notes.status() === 'closed',
  );
  protected readonly realtimeError = computed(() => this.notes.error());
  protected readonly current = computed<AgendaItem | null>(() => {
    const agenda = this.meeting()?.agenda ?? [];
    return (
      agenda.find((i) => i.id === this.selected()) ??
      agenda.find((i) => i.kind === 'family') ??
      agenda[0] ??
      null
    );
  });
  /** The team's members (owners of action points); the attendees when the team list is not loaded. */
  protected readonly members = computed(() => {
    const m = this.meeting();
    const team = this.teams().find((t) => t.teamId === m?.teamId);
    return team?.members ?? (m?.attendees ?? []).map((a) => ({ id: a.userId, name: a.name }));
  });
  protected readonly sectionName = (key: string): string => {
    const [section, itemId] = key.split(':');
    const item = this.meeting()?.agenda.find((i) => i.id === itemId);
    const name = this.translate.instant(`meetings.sections.${section}`) as string;
    return item ? `${name} (${this.titleOf(item)})` : name;
  };

  constructor() {
    effect(() => {
      const id = this.meetingId();
      this.store.dispatch(MeetingRoomActions.opened({ meetingId: id }));
    });
    // The socket joins at once: the server decides who may join (another team's member is refused).
    effect(() => {
      const user = this.user();
      if (!user || this.connected) return;
      this.connected = true;
      void this.notes.connect(this.meetingId(), user);
    });
    effect(() => {
      const m = this.meeting();
      if (m?.id === this.meetingId() && !this.childDataFor) {
        this.childDataFor = m.id;
        this.loadChildData(m.agenda);
      }
    });
    effect(() => {
      const m = this.meeting();
      if (this.notes.finalised() && m?.status === 'draft')
        this.store.dispatch(MeetingRoomActions.finalisedElsewhere({ meetingId: m.id }));
    });
  }

  protected titleOf(item: AgendaItem): string {
    if (item.kind === 'family') return item.children.map((c) => c.name).join(', ');
    if (item.kind === 'other') return item.title;
    return this.translate.instant(`meetings.kinds.${item.kind}`) as string;
  }

  protected historyOf(item: AgendaItem): HypothesisHistoryRow[] {
    if (item.kind !== 'family') return [];
    const all = this.history();
    return item.childIds.flatMap((id) => all[id] ?? []).filter((row) => row.meetingId !== this.meetingId());
  }

  /** The urgent round pulled again from the case records (new notifications, this week's deadlines). */
  protected refreshUrgent(meetingId: string): void {
    this.api.urgentRound(meetingId).subscribe({ next: (entries) => this.urgentNow.set(entries) });
  }

  protected finalise(meetingId: string): void {
    this.store.dispatch(MeetingRoomActions.finaliseClicked({ meetingId }));
  }

  /** The plan goals (for linking action points) and the earlier hypotheses of the agenda's children. */
  private loadChildData(agenda: AgendaItem[]): void {
    const childIds = [...new Set(agenda.flatMap((i) => (i.kind === 'family' ? i.childIds : [])))];
    if (!childIds.length) return;
    forkJoin(childIds.map((id) => this.api.planGoals(id).pipe(catchError(() => of([]))))).subscribe((all) =>
      this.goals.set(Object.fromEntries(childIds.map((id, i) => [id, all[i]]))),
    );
    forkJoin(childIds.map((id) => this.api.hypothesisHistory(id).pipe(catchError(() => of([]))))).subscribe(
      (all) => this.history.set(Object.fromEntries(childIds.map((id, i) => [id, all[i]]))),
    );
  }
}
