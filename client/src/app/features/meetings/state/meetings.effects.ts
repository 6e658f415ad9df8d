import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, exhaustMap, filter, map, of, switchMap, tap, withLatestFrom } from 'rxjs';

import { MeetingsApi } from '../data/meetings-api';
import { meetingError } from '../data/meeting-error';
import {
  MeetingRoomActions,
  MeetingsApiActions,
  MeetingsPageActions,
  NewMeetingActions,
} from './meetings.actions';
import { meetingsFeature } from './meetings.feature';

export const loadTeams = createEffect(
  (actions$ = inject(Actions), api = inject(MeetingsApi)) =>
    actions$.pipe(
      ofType(MeetingsPageActions.opened, NewMeetingActions.opened, MeetingRoomActions.opened),
      switchMap(() =>
        api.teams().pipe(
          map((teams) => MeetingsApiActions.teamsLoaded({ teams })),
          catchError((err: unknown) =>
            of(MeetingsApiActions.teamsLoadFailed({ error: meetingError(err).error })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const loadList = createEffect(
  (actions$ = inject(Actions), api = inject(MeetingsApi), store = inject(Store)) =>
    actions$.pipe(
      ofType(MeetingsApiActions.teamsLoaded, MeetingsPageActions.teamSelected),
      // The reducer has run: the selected team (kept, or the first one) is in the store.
      withLatestFrom(store.select(meetingsFeature.selectTeamId)),
      map(([, teamId]) => teamId),
      filter((teamId): teamId is string => !!teamId),
      switchMap((teamId) =>
        api.list(teamId).pipe(
          map((meetings) => MeetingsApiActions.listLoaded({ teamId, meetings })),
          catchError((err: unknown) =>
            of(MeetingsApiActions.listLoadFailed({ error: meetingError(err).error })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const loadMeeting = createEffect(
  (actions$ = inject(Actions), api = inject(MeetingsApi)) =>
    actions$.pipe(
      ofType(
        MeetingRoomActions.opened,
        MeetingRoomActions.finalisedElsewhere,
        MeetingRoomActions.agendaChangedElsewhere,
      ),
      switchMap(({ meetingId }) =>
        api.get(meetingId).pipe(
          map((meeting) => MeetingsApiActions.meetingLoaded({ meeting })),
          catchError((err: unknown) =>
            of(MeetingsApiActions.meetingLoadFailed({ error: meetingError(err).error })),
          ),
        ),
      ),
    ),
  { functional: true },
);

export const createMeeting = createEffect(
  (actions$ = inject(Actions), api = inject(MeetingsApi)) =>
    actions$.pipe(
      ofType(NewMeetingActions.submitted),
      exhaustMap(({ input }) =>
        api.create(input).pipe(
          map((meeting) => MeetingsApiActions.created({ meeting })),
          catchError((err: unknown) => of(MeetingsApiActions.createFailed(meetingError(err)))),
        ),
      ),
    ),
  { functional: true },
);

export const saveAgenda = createEffect(
  (actions$ = inject(Actions), api = inject(MeetingsApi)) =>
    actions$.pipe(
      ofType(NewMeetingActions.agendaSubmitted),
      exhaustMap(({ meetingId, input }) =>
        api.updateAgenda(meetingId, input).pipe(
          map((meeting) => MeetingsApiActions.agendaSaved({ meeting })),
          catchError((err: unknown) => of(MeetingsApiActions.createFailed(meetingError(err)))),
        ),
      ),
    ),
  { functional: true },
);

export const openCreated = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(MeetingsApiActions.created, MeetingsApiActions.agendaSaved),
      tap(({ meeting }) => void router.navigate(['/meetings', meeting.id])),
    ),
  { functional: true, dispatch: false },
);

export const finalise = createEffect(
  (actions$ = inject(Actions), api = inject(MeetingsApi)) =>
    actions$.pipe(
      ofType(MeetingRoomActions.finaliseClicked),
      exhaustMap(({ meetingId }) =>
        api.finalise(meetingId).pipe(
          map((minutes) => MeetingsApiActions.finalised({ meetingId, minutes })),
          catchError((err: unknown) => of(MeetingsApiActions.finaliseFailed(meetingError(err)))),
        ),
      ),
    ),
  { functional: true },
);

export const openMinutes = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(MeetingsApiActions.finalised),
      tap(({ meetingId }) => void router.navigate(['/meetings', meetingId, 'minutes'])),
    ),
  { functional: true, dispatch: false },
);
