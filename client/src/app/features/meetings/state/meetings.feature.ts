import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { CallState, getCallStateError } from '../../../core/state/call-state';
import { FieldIssue } from '../data/meeting-error';
import { Meeting, MeetingSummary, MeetingTeam } from '../data/meetings.model';
import {
  MeetingRoomActions,
  MeetingsApiActions,
  MeetingsPageActions,
  NewMeetingActions,
} from './meetings.actions';

export interface MeetingsState {
  teams: MeetingTeam[];
  teamId: string | null;
  meetings: MeetingSummary[];
  listCallState: CallState;
  meeting: Meeting | null;
  meetingCallState: CallState;
  /** Creating or finalising. */
  saveCallState: CallState;
  saveIssues: FieldIssue[];
}

export const initialMeetingsState: MeetingsState = {
  teams: [],
  teamId: null,
  meetings: [],
  listCallState: 'init',
  meeting: null,
  meetingCallState: 'init',
  saveCallState: 'init',
  saveIssues: [],
};

export const meetingsFeature = createFeature({
  name: 'meetings',
  reducer: createReducer(
    initialMeetingsState,
    on(MeetingsPageActions.opened, NewMeetingActions.opened, (state): MeetingsState => ({
      ...state,
      listCallState: 'loading',
      saveCallState: 'init',
      saveIssues: [],
    })),
    on(MeetingsPageActions.teamSelected, (state, { teamId }): MeetingsState => ({
      ...state,
      teamId,
      listCallState: 'loading',
    })),
    on(MeetingsApiActions.teamsLoaded, (state, { teams }): MeetingsState => ({
      ...state,
      teams,
      teamId: teams.some((t) => t.teamId === state.teamId) ? state.teamId : (teams[0]?.teamId ?? null),
      listCallState: teams.length ? state.listCallState : 'loaded',
    })),
    on(MeetingsApiActions.teamsLoadFailed, MeetingsApiActions.listLoadFailed, (state, { error }) => ({
      ...state,
      listCallState: { error },
    })),
    on(MeetingsApiActions.listLoaded, (state, { teamId, meetings }): MeetingsState =>
      teamId === state.teamId ? { ...state, meetings, listCallState: 'loaded' } : state,
    ),
    on(MeetingRoomActions.opened, (state, { meetingId }): MeetingsState => ({
      ...state,
      meeting: state.meeting?.id === meetingId ? state.meeting : null,
      meetingCallState: 'loading',
      saveCallState: 'init',
      saveIssues: [],
    })),
    on(
      MeetingsApiActions.meetingLoaded,
      MeetingsApiActions.created,
      MeetingsApiActions.agendaSaved,
      (state, { meeting }) => ({
        ...state,
        meeting,
        meetingCallState: 'loaded' as const,
      }),
    ),
    on(MeetingsApiActions.meetingLoadFailed, (state, { error }): MeetingsState => ({
      ...state,
      meetingCallState: { error },
    })),
    on(
      NewMeetingActions.submitted,
      NewMeetingActions.agendaSubmitted,
      MeetingRoomActions.finaliseClicked,
      (state): MeetingsState => ({
        ...state,
        saveCallState: 'loading',
        saveIssues: [],
      }),
    ),
    on(MeetingsApiActions.created, MeetingsApiActions.agendaSaved, (state): MeetingsState => ({
      ...state,
      saveCallState: 'loaded',
    })),
    on(MeetingsApiActions.finalised, (state, { meetingId, minutes }): MeetingsState => ({
      ...state,
      saveCallState: 'loaded',
      meeting:
        state.meeting?.id === meetingId
          ? {
              ...state.meeting,
              status: 'finalised',
              minutesVersion: minutes.version,
              finalisedAt: minutes.createdAt,
              finalisedByName: minutes.createdByName,
            }
          : state.meeting,
    })),
    on(
      MeetingsApiActions.createFailed,
      MeetingsApiActions.finaliseFailed,
      (state, { error, issues }): MeetingsState => ({
        ...state,
        saveCallState: { error },
        saveIssues: issues,
      }),
    ),
  ),
  extraSelectors: ({
    selectTeams,
    selectTeamId,
    selectMeetings,
    selectListCallState,
    selectMeetingCallState,
    selectSaveCallState,
  }) => ({
    selectTeam: createSelector(
      selectTeams,
      selectTeamId,
      (teams, id) => teams.find((t) => t.teamId === id) ?? null,
    ),
    selectListLoading: createSelector(selectListCallState, (s) => s === 'loading'),
    selectListError: createSelector(selectListCallState, getCallStateError),
    selectMeetingError: createSelector(selectMeetingCallState, getCallStateError),
    selectSaving: createSelector(selectSaveCallState, (s) => s === 'loading'),
    selectSaveError: createSelector(selectSaveCallState, getCallStateError),
    /** Upcoming (draft, oldest first) and past (newest first). */
    selectUpcoming: createSelector(selectMeetings, (all) =>
      all.filter((m) => m.status === 'draft').sort((a, b) => a.date.localeCompare(b.date)),
    ),
    selectPast: createSelector(selectMeetings, (all) => all.filter((m) => m.status === 'finalised')),
  }),
});
