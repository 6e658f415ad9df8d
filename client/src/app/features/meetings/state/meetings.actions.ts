import { createActionGroup, emptyProps, props } from '@ngrx/store';

import { FieldIssue } from '../data/meeting-error';
import {
  AgendaUpdateInput,
  Meeting,
  MeetingCreateInput,
  MeetingSummary,
  MeetingTeam,
  Minutes,
} from '../data/meetings.model';

export const MeetingsPageActions = createActionGroup({
  source: 'Meetings Page',
  events: {
    Opened: emptyProps(),
    'Team Selected': props<{ teamId: string }>(),
  },
});

export const NewMeetingActions = createActionGroup({
  source: 'New Meeting',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ input: MeetingCreateInput }>(),
    /** A draft meeting's new agenda and attendees (`PUT /meetings/{id}/agenda`). */
    'Agenda Submitted': props<{ meetingId: string; input: AgendaUpdateInput }>(),
  },
});

export const MeetingRoomActions = createActionGroup({
  source: 'Meeting Room',
  events: {
    Opened: props<{ meetingId: string }>(),
    'Finalise Clicked': props<{ meetingId: string }>(),
    /** Someone else finalised it (meeting:status): the metadata is read again. */
    'Finalised Elsewhere': props<{ meetingId: string }>(),
    /** The draft's agenda was saved by someone (the notes' agendaRevision changed): read it again. */
    'Agenda Changed Elsewhere': props<{ meetingId: string }>(),
  },
});

export const MeetingsApiActions = createActionGroup({
  source: 'Meetings API',
  events: {
    'Teams Loaded': props<{ teams: MeetingTeam[] }>(),
    'Teams Load Failed': props<{ error: string }>(),
    'List Loaded': props<{ teamId: string; meetings: MeetingSummary[] }>(),
    'List Load Failed': props<{ error: string }>(),
    'Meeting Loaded': props<{ meeting: Meeting }>(),
    'Meeting Load Failed': props<{ error: string }>(),
    Created: props<{ meeting: Meeting }>(),
    'Agenda Saved': props<{ meeting: Meeting }>(),
    /** `issues`: the fields the server refused, shown at the fields. */
    'Create Failed': props<{ error: string; issues: FieldIssue[] }>(),
    Finalised: props<{ meetingId: string; minutes: Minutes }>(),
    'Finalise Failed': props<{ error: string; issues: FieldIssue[] }>(),
  },
});
