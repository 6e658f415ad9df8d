import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';

import { AuthApi } from '../data/auth-api';
import { AuthApiActions, SessionActions, TimeoutDialogActions, UserMenuActions } from './auth.actions';
import { logout, navigateAfterLogout } from './logout.effects';

describe('logout effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<AuthApi>;
  let router: jasmine.SpyObj<Router>;
  let emitted: Action[];

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['logout', 'logoutEverywhere']);
    router = jasmine.createSpyObj<Router>('Router', ['navigate'], { url: '/children/1' });
    TestBed.configureTestingModule({
      providers: [
        provideMockActions(() => actions$),
        { provide: AuthApi, useValue: api },
        { provide: Router, useValue: router },
      ],
    });
    emitted = [];
  });

  const run = (effect: () => Observable<Action>) =>
    TestBed.runInInjectionContext(effect).subscribe((action) => emitted.push(action));

  it('signs out from the user menu without a return address', () => {
    run(logout);
    api.logout.and.returnValue(of(undefined));
    actions$.next(UserMenuActions.signOutClicked());
    expect(emitted).toEqual([AuthApiActions.logoutSucceeded({ reason: 'signedOut', returnUrl: null })]);
  });

  it('signs out everywhere', () => {
    run(logout);
    api.logoutEverywhere.and.returnValue(of(undefined));
    actions$.next(UserMenuActions.signOutEverywhereClicked());
    expect(api.logout).not.toHaveBeenCalled();
    expect(emitted).toEqual([
      AuthApiActions.logoutSucceeded({ reason: 'signedOutEverywhere', returnUrl: null }),
    ]);
  });

  it('keeps the page to return to after an idle time-out', () => {
    run(logout);
    api.logout.and.returnValue(of(undefined));
    actions$.next(SessionActions.idleTimedOut({ returnUrl: '/children/1' }));
    expect(emitted).toEqual([AuthApiActions.logoutSucceeded({ reason: 'idle', returnUrl: '/children/1' })]);
  });

  it('signs out locally even when the server cannot be reached', () => {
    run(logout);
    api.logout.and.returnValue(throwError(() => new HttpErrorResponse({ status: 0 })));
    actions$.next(TimeoutDialogActions.signOutClicked());
    expect(emitted).toEqual([AuthApiActions.logoutFailed({ reason: 'signedOut', returnUrl: null })]);
  });

  it('goes to the login page with the reason', () => {
    run(navigateAfterLogout);
    actions$.next(AuthApiActions.logoutSucceeded({ reason: 'idle', returnUrl: '/children/1' }));
    expect(router.navigate).toHaveBeenCalledWith(['/login'], {
      queryParams: { reason: 'idle', returnUrl: '/children/1' },
    });
  });
});
