import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { Observable, Subject, of } from 'rxjs';

import { IdleTimeout } from '../../../core/session/idle-timeout';
import { SessionEvents } from '../../../core/session/session-events';
import { AuthApi } from '../data/auth-api';
import { sessionInfo } from '../testing/session.fixture';
import { AuthApiActions, SecurityPageActions, SessionActions, TimeoutDialogActions } from './auth.actions';
import { expireSession, refreshSession, signOutWhenIdle, trackIdleTimeout } from './session.effects';

describe('session effects', () => {
  let actions$: Subject<Action>;
  let idle: { start: jasmine.Spy; stop: jasmine.Spy; timedOut$: Subject<void> };
  let api: jasmine.SpyObj<AuthApi>;
  let emitted: Action[];

  beforeEach(() => {
    actions$ = new Subject<Action>();
    idle = { start: jasmine.createSpy('start'), stop: jasmine.createSpy('stop'), timedOut$: new Subject() };
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['me']);
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        { provide: IdleTimeout, useValue: idle },
        { provide: AuthApi, useValue: api },
        { provide: Router, useValue: { url: '/children/1' } },
      ],
    });
    emitted = [];
  });

  const run = (effect: () => Observable<Action>) =>
    TestBed.runInInjectionContext(effect).subscribe((action) => emitted.push(action));

  it('runs the idle timer exactly while signed in', () => {
    run(trackIdleTimeout);
    actions$.next(AuthApiActions.loginSucceeded({ session: sessionInfo(), returnUrl: '/' }));
    expect(idle.start).toHaveBeenCalledOnceWith(sessionInfo());
    actions$.next(SessionActions.expired({ returnUrl: '/' }));
    expect(idle.stop).toHaveBeenCalledTimes(1);
  });

  it('signs out when the idle timer runs out, keeping the page', () => {
    run(signOutWhenIdle);
    idle.timedOut$.next();
    expect(emitted).toEqual([SessionActions.idleTimedOut({ returnUrl: '/children/1' })]);
  });

  it('turns an ended session seen by the HTTP layer into an action', () => {
    run(expireSession);
    TestBed.inject(SessionEvents).expired();
    expect(emitted).toEqual([SessionActions.expired({ returnUrl: '/children/1' })]);
  });

  it('refreshes the session when the user stays, and after MFA is turned on', () => {
    run(refreshSession);
    api.me.and.returnValue(of(sessionInfo({ mfaEnabled: true })));
    actions$.next(TimeoutDialogActions.staySignedInClicked());
    actions$.next(SecurityPageActions.mfaEnabled());
    expect(api.me).toHaveBeenCalledTimes(2);
    expect(emitted[1]).toEqual(
      AuthApiActions.sessionRefreshed({ session: sessionInfo({ mfaEnabled: true }) }),
    );
  });
});
