import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import * as meetingsEffects from './state/meetings.effects';
import { meetingsFeature } from './state/meetings.feature';

/**
 * `/meetings`: the team's weekly meetings. The room (TipTap, Yjs, the notes socket) is its own chunk,
 * loaded only when a meeting is opened.
 */
export const MEETINGS_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(meetingsFeature), provideEffects(meetingsEffects)],
    children: [
      {
        path: '',
        title: 'meetings.list.title',
        loadComponent: () => import('./pages/meetings-page').then((m) => m.MeetingsPage),
      },
      {
        path: 'new',
        title: 'meetings.new.title',
        loadComponent: () => import('./pages/new-meeting-page').then((m) => m.NewMeetingPage),
      },
      {
        path: ':meetingId/agenda',
        title: 'meetings.new.editTitle',
        loadComponent: () => import('./pages/new-meeting-page').then((m) => m.NewMeetingPage),
      },
      {
        path: ':meetingId/minutes',
        title: 'meetings.minutes.pageTitle',
        loadComponent: () => import('./pages/minutes-page').then((m) => m.MinutesPage),
      },
      {
        path: ':meetingId',
        title: 'meetings.room.pageTitle',
        loadComponent: () => import('./pages/meeting-room-page').then((m) => m.MeetingRoomPage),
      },
    ],
  },
];
