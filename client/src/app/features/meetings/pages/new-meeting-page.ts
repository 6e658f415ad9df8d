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

import { MeetingsApi, TeamChild } from '../data/meetings-api';
import { AgendaItemInput, MEETING_ROLES, Meeting, MeetingRole } from '../data/meetings.model';
import { MeetingRoomActions, NewMeetingActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';

interface FamilyDraft {
  key: number;
  /** An existing item keeps its id: the id names its sections in the shared notes. */
  id?: string;
  childIds: string[];
  presentingWorkerId: string;
  question: string;
}

/** The standard agenda parts, in agenda order around the families (domain.md §1). */
type StandardKind = 'urgent_round' | 'deadline_review' | 'allocation';
const STANDARD_IDS: Record<StandardKind, string> = {
  urgent_round: 'urgent',
  deadline_review: 'deadlines',
  allocation: 'allocation',
};

type ExistingIds = Partial<Record<StandardKind | 'other', string>>;

/**
 * The agenda a form describes: urgent round, the families, deadline/caseload review, allocation. Items
 * that exist keep their ids (`existing`, and each family's `id`); new families get `family-<n>`.
 */
export function buildAgenda(
  standard: Record<StandardKind, boolean>,
  families: readonly Omit<FamilyDraft, 'key'>[],
  other: string,
  existing: ExistingIds = {},
): AgendaItemInput[] {
  const id = (kind: StandardKind) => existing[kind] ?? STANDARD_IDS[kind];
  const used = new Set(families.map((f) => f.id).filter(Boolean));
  let n = 0;
  const fresh = () => {
    do n++;
    while (used.has(`family-${n}`));
    return `family-${n}`;
  };
  const agenda: AgendaItemInput[] = [];
  if (standard.urgent_round) agenda.push({ id: id('urgent_round'), kind: 'urgent_round' });
  for (const f of families)
    agenda.push({
      id: f.id ?? fresh(),
      kind: 'family',
      childIds: f.childIds,
      presentingWorkerId: f.presentingWorkerId,
      question: f.question.trim(),
    });
  if (standard.deadline_review) agenda.push({ id: id('deadline_review'), kind: 'deadline_review' });
  if (standard.allocation) agenda.push({ id: id('allocation'), kind: 'allocation' });
  if (other.trim()) agenda.push({ id: existing.other ?? 'other-1', kind: 'other', title: other.trim() });
  return agenda;
}

/**
 * Container: `/meetings/new`. Team, date, attendees and roles, and the agenda: the urgent round (the
 * server pulls new notifications and this week's deadlines into it), the families chosen for discussion
 * with the presenting worker and the question to the team, the deadline/caseload review, allocation.
 */
@Component({
  selector: 'app-new-meeting-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <h1>{{ (meetingId() ? 'meetings.new.editTitle' : 'meetings.new.title') | translate }}</h1>
    <form (submit)="submit($event)">
      <div class="row">
        @if (teams().length > 1) {
          <mat-form-field appearance="outline">
            <mat-label>{{ 'meetings.list.team' | translate }}</mat-label>
            <select matNativeControl [value]="teamId()" (change)="teamId.set(value($event))">
              @for (t of teams(); track t.teamId) {
                <option [value]="t.teamId">{{ t.teamName }}</option>
              }
            </select>
          </mat-form-field>
        }
        <mat-form-field appearance="outline">
          <mat-label>{{ 'meetings.new.date' | translate }}</mat-label>
          <input
            matInput
            type="date"
            required
            [readonly]="!!meetingId()"
            [value]="date()"
            (input)="date.set(value($event))"
          />
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'meetings.new.startTime' | translate }}</mat-label>
          <input
            matInput
            type="time"
            [readonly]="!!meetingId()"
            [value]="startTime()"
            (input)="startTime.set(value($event))"
          />
        </mat-form-field>
      </div>

      <fieldset>
        <legend>{{ 'meetings.new.attendees' | translate }}</legend>
        @for (m of members(); track m.id) {
          <div class="attendee">
            <mat-checkbox
              [checked]="roles()[m.id] !== undefined"
              (change)="toggleAttendee(m.id, $event.checked)"
            >
              {{ m.name }}
            </mat-checkbox>
            @if (roles()[m.id]; as role) {
              <select
                [attr.aria-label]="'meetings.new.roleOf' | translate: { name: m.name }"
                [value]="role"
                (change)="setRole(m.id, value($event))"
              >
                @for (r of meetingRoles; track r) {
                  <option [value]="r">{{ 'meetings.roles.' + r | translate }}</option>
                }
              </select>
            }
          </div>
        }
      </fieldset>

      <fieldset>
        <legend>{{ 'meetings.new.agenda' | translate }}</legend>
        <mat-checkbox
          [checked]="standard().urgent_round"
          (change)="setStandard('urgent_round', $event.checked)"
        >
          {{ 'meetings.kinds.urgent_round' | translate }}
        </mat-checkbox>
        <p class="hint">{{ 'meetings.new.urgentHint' | translate }}</p>

        @for (f of families(); track f.key; let i = $index) {
          <section class="family" [attr.aria-label]="'meetings.new.familyN' | translate: { n: i + 1 }">
            <h3>{{ 'meetings.new.familyN' | translate: { n: i + 1 } }}</h3>
            <label>
              {{ 'meetings.new.children' | translate }}
              <select multiple size="4" (change)="setChildren(f.key, $event)">
                @for (c of children(); track c.id) {
                  <option [value]="c.id" [selected]="f.childIds.includes(c.id)">
                    {{ c.firstName }} {{ c.lastName }}
                  </option>
                }
              </select>
            </label>
            <label>
              {{ 'meetings.new.presenter' | translate }}
              <select
                [value]="f.presentingWorkerId"
                (change)="patchFamily(f.key, { presentingWorkerId: value($event) })"
              >
                <option value="">{{ 'meetings.new.choose' | translate }}</option>
                @for (m of members(); track m.id) {
                  <option [value]="m.id">{{ m.name }}</option>
                }
              </select>
            </label>
            <mat-form-field appearance="outline" class="wide">
              <mat-label>{{ 'meetings.new.question' | translate }}</mat-label>
              <textarea
                matInput
                rows="2"
                [value]="f.question"
                (input)="patchFamily(f.key, { question: value($event) })"
              ></textarea>
            </mat-form-field>
            <button mat-button type="button" (click)="removeFamily(f.key)">
              <mat-icon aria-hidden="true">delete</mat-icon>{{ 'meetings.new.removeFamily' | translate }}
            </button>
          </section>
        }
        <button mat-stroked-button type="button" (click)="addFamily()">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'meetings.new.addFamily' | translate }}
        </button>

        <mat-checkbox
          [checked]="standard().deadline_review"
          (change)="setStandard('deadline_review', $event.checked)"
        >
          {{ 'meetings.kinds.deadline_review' | translate }}
        </mat-checkbox>
        <mat-checkbox [checked]="standard().allocation" (change)="setStandard('allocation', $event.checked)">
          {{ 'meetings.kinds.allocation' | translate }}
        </mat-checkbox>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'meetings.new.other' | translate }}</mat-label>
          <input matInput [value]="other()" (input)="other.set(value($event))" maxlength="200" />
        </mat-form-field>
      </fieldset>

      @if (problem(); as p) {
        <p role="alert" class="error">{{ p | translate }}</p>
      }
      @if (saveError(); as e) {
        <div role="alert" class="error">
          <p>{{ e | translate }}</p>
          @for (issue of issues(); track $index) {
            <p>{{ issue }}</p>
          }
        </div>
      }
      <div class="actions">
        <a mat-button routerLink="/meetings">{{ 'meetings.new.cancel' | translate }}</a>
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ (meetingId() ? 'meetings.new.saveAgenda' : 'meetings.new.create') | translate }}
        </button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      max-width: 900px;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    fieldset {
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 8px;
      margin: 0 0 16px;
      padding: 12px 16px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .attendee {
      display: flex;
      align-items: center;
      gap: 12px;
    }
    .family {
      border-left: 4px solid var(--mat-sys-primary);
      padding-left: 12px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .family label {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .wide {
      width: 100%;
    }
    .hint {
      margin: 0 0 8px 32px;
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
    }
    .actions {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class NewMeetingPage {
  private readonly store = inject(Store);
  private readonly api = inject(MeetingsApi);
  protected readonly meetingRoles = MEETING_ROLES;
  protected readonly teams = this.store.selectSignal(meetingsFeature.selectTeams);
  protected readonly saving = this.store.selectSignal(meetingsFeature.selectSaving);
  protected readonly saveError = this.store.selectSignal(meetingsFeature.selectSaveError);
  protected readonly issues = this.store.selectSignal(meetingsFeature.selectSaveIssues);

  protected readonly teamId = signal('');
  protected readonly date = signal('');
  protected readonly startTime = signal('09:00');
  /** userId -> role of the attendees. */
  protected readonly roles = signal<Record<string, MeetingRole>>({});
  protected readonly standard = signal<Record<StandardKind, boolean>>({
    urgent_round: true,
    deadline_review: true,
    allocation: true,
  });
  protected readonly families = signal<FamilyDraft[]>([]);
  protected readonly other = signal('');
  protected readonly children = signal<TeamChild[]>([]);
  protected readonly problem = signal<string | null>(null);
  protected readonly members = computed(
    () => this.teams().find((t) => t.teamId === this.teamId())?.members ?? [],
  );
  private nextKey = 1;
  private existing: ExistingIds = {};
  private prefilled = false;
  /** Route parameter when editing a draft meeting's agenda (`/meetings/:meetingId/agenda`). */
  readonly meetingId = input<string>();
  private readonly meeting = this.store.selectSignal(meetingsFeature.selectMeeting);

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
      untracked(() => this.prefill(m));
    });
    effect(() => {
      const first = this.teams()[0]?.teamId;
      if (first && !this.teams().some((t) => t.teamId === this.teamId())) this.teamId.set(first);
    });
    effect((onCleanup) => {
      const teamId = this.teamId();
      if (!teamId) return;
      const sub = this.api
        .teamChildren(teamId)
        .pipe(catchError(() => of([])))
        .subscribe((children) => this.children.set(children));
      onCleanup(() => sub.unsubscribe());
    });
  }

  /** The draft's current agenda and attendees into the form (items keep their ids). */
  private prefill(m: Meeting): void {
    this.teamId.set(m.teamId);
    this.date.set(m.date);
    this.startTime.set(m.startTime ?? '');
    this.roles.set(Object.fromEntries(m.attendees.map((a) => [a.userId, a.role])));
    const has = (kind: StandardKind) => m.agenda.find((i) => i.kind === kind);
    this.standard.set({
      urgent_round: !!has('urgent_round'),
      deadline_review: !!has('deadline_review'),
      allocation: !!has('allocation'),
    });
    this.existing = {
      urgent_round: has('urgent_round')?.id,
      deadline_review: has('deadline_review')?.id,
      allocation: has('allocation')?.id,
    };
    const families: FamilyDraft[] = [];
    for (const item of m.agenda) {
      if (item.kind === 'family')
        families.push({
          key: this.nextKey++,
          id: item.id,
          childIds: item.childIds,
          presentingWorkerId: item.presentingWorkerId,
          question: item.question,
        });
      if (item.kind === 'other') {
        this.existing.other = item.id;
        this.other.set(item.title);
      }
    }
    this.families.set(families);
  }

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected toggleAttendee(userId: string, on: boolean): void {
    this.roles.update(({ [userId]: _removed, ...rest }) =>
      on ? { ...rest, [userId]: 'participant' } : rest,
    );
  }

  protected setRole(userId: string, role: string): void {
    this.roles.update((all) => ({ ...all, [userId]: role as MeetingRole }));
  }

  protected setStandard(kind: StandardKind, on: boolean): void {
    this.standard.update((s) => ({ ...s, [kind]: on }));
  }

  protected addFamily(): void {
    this.families.update((all) => [
      ...all,
      { key: this.nextKey++, childIds: [], presentingWorkerId: '', question: '' },
    ]);
  }

  protected removeFamily(key: number): void {
    this.families.update((all) => all.filter((f) => f.key !== key));
  }

  protected patchFamily(key: number, patch: Partial<FamilyDraft>): void {
    this.families.update((all) => all.map((f) => (f.key === key ? { ...f, ...patch } : f)));
  }

  protected setChildren(key: number, event: Event): void {
    const select = event.target as HTMLSelectElement;
    this.patchFamily(key, { childIds: Array.from(select.selectedOptions, (o) => o.value) });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    const incomplete = this.families().some(
      (f) => !f.childIds.length || !f.presentingWorkerId || !f.question.trim(),
    );
    if (!this.teamId() || !this.date()) return this.problem.set('meetings.new.needDate');
    if (incomplete) return this.problem.set('meetings.new.familyIncomplete');
    this.problem.set(null);
    const attendees = Object.entries(this.roles()).map(([userId, role]) => ({ userId, role }));
    const agenda = buildAgenda(this.standard(), this.families(), this.other(), this.existing);
    const meetingId = this.meetingId();
    if (meetingId) {
      this.store.dispatch(NewMeetingActions.agendaSubmitted({ meetingId, input: { agenda, attendees } }));
      return;
    }
    this.store.dispatch(
      NewMeetingActions.submitted({
        input: {
          teamId: this.teamId(),
          date: this.date(),
          ...(this.startTime() ? { startTime: this.startTime() } : {}),
          attendees,
          agenda,
        },
      }),
    );
  }
}
