import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { selectSession } from '../../auth/state/auth.feature';
import { AgendaItemPanel } from '../components/agenda-item-panel';
import { AgendaNav } from '../components/agenda-nav';
import { ConnectionStatusBadge } from '../components/connection-status';
import { FinalisePanel } from '../components/finalise-panel';
import { PresenceList } from '../components/presence-list';
import { MeetingsApi } from '../data/meetings-api';
import { AgendaItem, FINALISING_ROLES, UrgentEntry } from '../data/meetings.model';
import { watchAgendaRevision } from '../realtime/agenda-revision';
import { NotesProvider, NotesUser } from '../realtime/notes-provider';
import { userColor } from '../realtime/structured-entries';
import { MeetingRoomActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';
import { RoomChildData } from './room-child-data';

/**
 * Container: `/meetings/:meetingId`, the meeting room. The agenda on the side (fetched again when
 * someone saves the draft's agenda), the chosen item's notes (shared live through NotesProvider), who
 * is here and where they type, the connection state, and finalising for the coordinator or the team
 * lead (the server decides).
 */
@Component({
  selector: 'app-meeting-room-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [NotesProvider, RoomChildData],
  imports: [
    AgendaItemPanel,
    AgendaNav,
    ConnectionStatusBadge,
    FinalisePanel,
    LocalDatePipe,
    MatProgressBarModule,
    PresenceList,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './meeting-room-page.html',
  styleUrl: './meeting-room-page.scss',
})
export class MeetingRoomPage {
  /** Route parameter. */
  readonly meetingId = input.required<string>();

  private readonly store = inject(Store);
  private readonly api = inject(MeetingsApi);
  private readonly translate = inject(TranslateService);
  protected readonly notes = inject(NotesProvider);
  protected readonly childData = inject(RoomChildData);
  protected readonly language = inject(LanguageService).language;
  private readonly session = this.store.selectSignal(selectSession);
  protected readonly meeting = this.store.selectSignal(meetingsFeature.selectMeeting);
  protected readonly meetingError = this.store.selectSignal(meetingsFeature.selectMeetingError);
  protected readonly saving = this.store.selectSignal(meetingsFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(meetingsFeature.selectSaveError);
  protected readonly saveIssues = this.store.selectSignal(meetingsFeature.selectSaveIssues);
  private readonly teams = this.store.selectSignal(meetingsFeature.selectTeams);

  protected readonly selected = signal<string | null>(null);
  protected readonly urgentNow = signal<UrgentEntry[] | null>(null);
  private connected = false;

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
  protected readonly titleOf = (item: AgendaItem): string => {
    if (item.kind === 'family') return item.children.map((c) => c.name).join(', ');
    if (item.kind === 'other') return item.title;
    return this.translate.instant(`meetings.kinds.${item.kind}`) as string;
  };
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
      if (m?.id === this.meetingId()) this.childData.load(m.agenda);
    });
    effect(() => {
      const m = this.meeting();
      if (this.notes.finalised() && m?.status === 'draft')
        this.store.dispatch(MeetingRoomActions.finalisedElsewhere({ meetingId: m.id }));
    });
    const stopWatching = watchAgendaRevision(this.notes.doc, () =>
      this.store.dispatch(MeetingRoomActions.agendaChangedElsewhere({ meetingId: this.meetingId() })),
    );
    inject(DestroyRef).onDestroy(stopWatching);
  }

  /** The urgent round pulled again from the case records (new notifications, this week's deadlines). */
  protected refreshUrgent(meetingId: string): void {
    this.api.urgentRound(meetingId).subscribe({ next: (entries) => this.urgentNow.set(entries) });
  }

  protected finalise(meetingId: string): void {
    this.store.dispatch(MeetingRoomActions.finaliseClicked({ meetingId }));
  }
}
