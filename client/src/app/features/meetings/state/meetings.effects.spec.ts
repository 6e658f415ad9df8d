import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { Observable, firstValueFrom, of, throwError } from 'rxjs';

import { meetingError } from '../data/meeting-error';
import { MeetingsApi } from '../data/meetings-api';
import { meeting } from '../testing/meetings.fixture';
import { MeetingRoomActions, MeetingsApiActions, NewMeetingActions } from './meetings.actions';
import { createMeeting, finalise, openCreated } from './meetings.effects';

describe('meetings effects', () => {
  let actions$: Observable<Action>;
  let api: jasmine.SpyObj<MeetingsApi>;

  beforeEach(() => {
    api = jasmine.createSpyObj<MeetingsApi>('MeetingsApi', ['create', 'finalise']);
    TestBed.configureTestingModule({
      providers: [provideMockActions(() => actions$), { provide: MeetingsApi, useValue: api }],
    });
  });

  it('creates a meeting and opens its room', async () => {
    const created = meeting({ id: 'new1' });
    api.create.and.returnValue(of(created));
    actions$ = of(NewMeetingActions.submitted({ input: { teamId: 't1', date: '2026-11-30' } }));
    const result = await firstValueFrom(TestBed.runInInjectionContext(() => createMeeting()));
    expect(result).toEqual(MeetingsApiActions.created({ meeting: created }));
    const router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    actions$ = of(result);
    await firstValueFrom(TestBed.runInInjectionContext(() => openCreated()));
    expect(router.navigate).toHaveBeenCalledWith(['/meetings', 'new1']);
  });

  it('a refused finalise carries the server’s field messages', async () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        issues: [
          {
            path: 'action_points:aino.a1.ownerId',
            message: 'The owner must be an active member of the team.',
          },
        ],
      },
    });
    api.finalise.and.returnValue(throwError(() => error));
    actions$ = of(MeetingRoomActions.finaliseClicked({ meetingId: 'm1' }));
    const result = await firstValueFrom(TestBed.runInInjectionContext(() => finalise()));
    expect(result).toEqual(
      MeetingsApiActions.finaliseFailed({
        error: 'meetings.errors.invalid',
        issues: [
          {
            path: 'action_points:aino.a1.ownerId',
            message: 'The owner must be an active member of the team.',
          },
        ],
      }),
    );
  });

  it('words failures by status', () => {
    expect(meetingError(new HttpErrorResponse({ status: 403 })).error).toBe('meetings.errors.forbidden');
    expect(meetingError(new HttpErrorResponse({ status: 0 })).error).toBe('meetings.errors.offline');
    expect(meetingError(new Error('x')).error).toBe('meetings.errors.unexpected');
  });
});
