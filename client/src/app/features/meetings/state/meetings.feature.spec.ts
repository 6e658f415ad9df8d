import { meetingSummary } from '../testing/meetings.fixture';
import { MeetingRoomActions, MeetingsApiActions, MeetingsPageActions } from './meetings.actions';
import { initialMeetingsState, meetingsFeature } from './meetings.feature';

const { reducer, selectUpcoming, selectPast } = meetingsFeature;

describe('meetings feature state', () => {
  const teams = [
    { teamId: 't1', teamName: 'Tiimi 1', members: [] },
    { teamId: 't2', teamName: 'Tiimi 2', members: [] },
  ];

  it('selects the first team, and ignores a list that arrives for a team no longer selected', () => {
    let state = reducer(initialMeetingsState, MeetingsPageActions.opened());
    state = reducer(state, MeetingsApiActions.teamsLoaded({ teams }));
    expect(state.teamId).toBe('t1');
    state = reducer(state, MeetingsPageActions.teamSelected({ teamId: 't2' }));
    state = reducer(state, MeetingsApiActions.listLoaded({ teamId: 't1', meetings: [meetingSummary()] }));
    expect(state.meetings).toEqual([]);
    state = reducer(state, MeetingsApiActions.listLoaded({ teamId: 't2', meetings: [meetingSummary()] }));
    expect(state.meetings.length).toBe(1);
    expect(state.listCallState).toBe('loaded');
  });

  it('splits upcoming (oldest first) from past meetings', () => {
    const all = [
      meetingSummary({ id: 'a', date: '2026-12-07' }),
      meetingSummary({ id: 'b', date: '2026-11-30' }),
      meetingSummary({ id: 'c', date: '2026-11-16', status: 'finalised', minutesVersion: 1 }),
    ];
    expect(selectUpcoming.projector(all).map((m) => m.id)).toEqual(['b', 'a']);
    expect(selectPast.projector(all).map((m) => m.id)).toEqual(['c']);
  });

  it('marks the open meeting finalised with the minutes version, and keeps field issues of a refusal', () => {
    let state = reducer(initialMeetingsState, MeetingRoomActions.opened({ meetingId: 'm1' }));
    state = reducer(
      state,
      MeetingsApiActions.meetingLoaded({
        meeting: {
          ...meetingSummary({ id: 'm1' }),
          attendees: [],
          agenda: [],
          docName: 'meeting:m1',
          createdAt: '',
        },
      }),
    );
    state = reducer(state, MeetingRoomActions.finaliseClicked({ meetingId: 'm1' }));
    expect(state.saveCallState).toBe('loading');
    state = reducer(
      state,
      MeetingsApiActions.finaliseFailed({
        error: 'meetings.errors.invalid',
        issues: [{ path: 'action_points:aino.a1.ownerId', message: 'x' }],
      }),
    );
    expect(state.saveIssues).toEqual([{ path: 'action_points:aino.a1.ownerId', message: 'x' }]);
    state = reducer(
      state,
      MeetingsApiActions.finalised({
        meetingId: 'm1',
        minutes: {
          meetingId: 'm1',
          version: 1,
          reason: 'finalised',
          createdAt: '2026-11-23T10:00:00.000Z',
          createdByName: 'Tiina Heikkinen',
          date: '2026-11-23',
          teamName: 'Tiimi 1',
          attendees: [],
          items: [],
          addenda: [],
        },
      }),
    );
    expect(state.meeting?.status).toBe('finalised');
    expect(state.meeting?.minutesVersion).toBe(1);
    expect(state.meeting?.finalisedByName).toBe('Tiina Heikkinen');
  });
});
