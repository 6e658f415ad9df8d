import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, of } from 'rxjs';

import { AttendeePicker } from '../components/attendee-picker';
import { FamilyItemFields } from '../components/family-item-fields';
import {
  AgendaFormValue,
  FamilyDraft,
  StandardKind,
  buildAgenda,
  familyKeysOf,
  formErrors,
  formFromMeeting,
  formProblem,
} from '../data/agenda-form';
import { MeetingsApi, TeamChild } from '../data/meetings-api';
import { MeetingRoomActions, NewMeetingActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';

/**
 * Container: `/meetings/new`, and `/meetings/:meetingId/agenda` for a draft. Team, date, attendees and
 * roles, and the agenda: the urgent round (the server pulls new notifications and this week's
 * deadlines into it), the families chosen for discussion with the presenting worker and the question
 * to the team, the deadline/caseload review, allocation. A refusal leaves the input as it was and
 * shows the server's issues at their fields.
 */
@Component({
  selector: 'app-new-meeting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    AttendeePicker,
    FamilyItemFields,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
  ],
  templateUrl: './new-meeting-page.html',
  styleUrl: './new-meeting-page.scss',
})
export class NewMeetingPage {
  private readonly store = inject(Store);
  private readonly api = inject(MeetingsApi);
  protected readonly teams = this.store.selectSignal(meetingsFeature.selectTeams);
  protected readonly saving = this.store.selectSignal(meetingsFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(meetingsFeature.selectSaveError);
  private readonly issues = this.store.selectSignal(meetingsFeature.selectSaveIssues);
  private readonly meeting = this.store.selectSignal(meetingsFeature.selectMeeting);
  /** Route parameter when editing a draft meeting's agenda (`/meetings/:meetingId/agenda`). */
  readonly meetingId = input<string>();

  protected readonly form = signal<AgendaFormValue>({
    teamId: '',
    date: '',
    startTime: '09:00',
    roles: {},
    standard: { urgent_round: true, deadline_review: true, allocation: true },
    families: [],
    other: '',
    existing: {},
  });
  protected readonly children = signal<TeamChild[]>([]);
  protected readonly problem = signal<string | null>(null);
  protected readonly members = computed(
    () => this.teams().find((t) => t.teamId === this.form().teamId)?.members ?? [],
  );
  /** Which family row each item of the last sent agenda came from (to place the server's issues). */
  private readonly sentFamilyKeys = signal<(number | null)[]>([]);
  protected readonly errors = computed(() => formErrors(this.issues(), this.sentFamilyKeys()));
  private nextKey = 1;
  private prefilled = false;

  constructor() {
    effect(() => {
      const id = this.meetingId();
      untracked(() =>
        this.store.dispatch(id ? MeetingRoomActions.opened({ meetingId: id }) : NewMeetingActions.opened()),
      );
    });
    effect(() => {
      const m = this.meeting();
      if (!m || m.id !== this.meetingId() || this.prefilled) return;
      this.prefilled = true;
      untracked(() => this.form.set(formFromMeeting(m, () => this.nextKey++)));
    });
    effect(() => {
      const first = this.teams()[0]?.teamId;
      const teamId = untracked(() => this.form().teamId);
      if (first && !this.teams().some((t) => t.teamId === teamId)) this.patch({ teamId: first });
    });
    effect((onCleanup) => {
      const teamId = this.form().teamId;
      if (!teamId) return;
      const sub = this.api
        .teamChildren(teamId)
        .pipe(catchError(() => of([])))
        .subscribe((children) => this.children.set(children));
      onCleanup(() => sub.unsubscribe());
    });
  }

  protected patch(patch: Partial<AgendaFormValue>): void {
    this.form.update((f) => ({ ...f, ...patch }));
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected setStandard(kind: StandardKind, on: boolean): void {
    this.patch({ standard: { ...this.form().standard, [kind]: on } });
  }

  protected addFamily(): void {
    const family: FamilyDraft = { key: this.nextKey++, childIds: [], presentingWorkerId: '', question: '' };
    this.patch({ families: [...this.form().families, family] });
  }

  protected removeFamily(key: number): void {
    this.patch({ families: this.form().families.filter((f) => f.key !== key) });
  }

  protected patchFamily(key: number, patch: Partial<FamilyDraft>): void {
    this.patch({ families: this.form().families.map((f) => (f.key === key ? { ...f, ...patch } : f)) });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const form = this.form();
    const problem = formProblem(form);
    this.problem.set(problem);
    if (problem) return;
    const attendees = Object.entries(form.roles).map(([userId, role]) => ({ userId, role }));
    const agenda = buildAgenda(form.standard, form.families, form.other, form.existing);
    this.sentFamilyKeys.set(familyKeysOf(form.standard, form.families));
    const meetingId = this.meetingId();
    if (meetingId) {
      this.store.dispatch(NewMeetingActions.agendaSubmitted({ meetingId, input: { agenda, attendees } }));
      return;
    }
    this.store.dispatch(
      NewMeetingActions.submitted({
        input: {
          teamId: form.teamId,
          date: form.date,
          ...(form.startTime ? { startTime: form.startTime } : {}),
          attendees,
          agenda,
        },
      }),
    );
  }
}
