import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { MeetingList } from '../components/meeting-list';
import { MeetingsPageActions } from '../state/meetings.actions';
import { meetingsFeature } from '../state/meetings.feature';

/** Container: `/meetings`, the team's upcoming and past weekly meetings. */
@Component({
  selector: 'app-meetings-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MeetingList,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <header>
      <h1>{{ 'meetings.list.title' | translate }}</h1>
      <a mat-flat-button routerLink="/meetings/new">
        <mat-icon aria-hidden="true">add</mat-icon>{{ 'meetings.list.new' | translate }}
      </a>
    </header>
    @if (teams().length > 1) {
      <mat-form-field appearance="outline">
        <mat-label>{{ 'meetings.list.team' | translate }}</mat-label>
        <select matNativeControl [value]="teamId()" (change)="selectTeam($event)">
          @for (t of teams(); track t.teamId) {
            <option [value]="t.teamId">{{ t.teamName }}</option>
          }
        </select>
      </mat-form-field>
    }
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'meetings.list.loading' | translate" />
    }
    @if (error(); as e) {
      <p role="alert">{{ e | translate }}</p>
    }
    <h2>{{ 'meetings.list.upcoming' | translate }}</h2>
    <app-meeting-list
      [meetings]="upcoming()"
      label="meetings.list.upcoming"
      empty="meetings.list.noUpcoming"
    />
    <h2>{{ 'meetings.list.past' | translate }}</h2>
    <app-meeting-list [meetings]="past()" label="meetings.list.past" empty="meetings.list.noPast" />
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      max-width: 960px;
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 16px;
    }
  `,
})
export class MeetingsPage {
  private readonly store = inject(Store);
  protected readonly teams = this.store.selectSignal(meetingsFeature.selectTeams);
  protected readonly teamId = this.store.selectSignal(meetingsFeature.selectTeamId);
  protected readonly upcoming = this.store.selectSignal(meetingsFeature.selectUpcoming);
  protected readonly past = this.store.selectSignal(meetingsFeature.selectPast);
  protected readonly loading = this.store.selectSignal(meetingsFeature.selectListLoading);
  protected readonly error = this.store.selectSignal(meetingsFeature.selectListError);

  constructor() {
    this.store.dispatch(MeetingsPageActions.opened());
  }

  protected selectTeam(event: Event): void {
    this.store.dispatch(
      MeetingsPageActions.teamSelected({ teamId: (event.target as HTMLSelectElement).value }),
    );
  }
}
