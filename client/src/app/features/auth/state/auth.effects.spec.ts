import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { provideMockActions } from '@ngrx/effects/testing';
import { Action } from '@ngrx/store';
import { Observable, Subject, of, throwError } from 'rxjs';

import { AuthApi } from '../data/auth-api';
import { SessionInfo } from '../data/session.model';
import { sessionInfo } from '../testing/session.fixture';
import { AuthApiActions, LoginPageActions, SessionActions } from './auth.actions';
import {
  loadLoginOptions,
  loadSessionAtStart,
  login,
  navigateAfterLogin,
  signOutOnExpiry,
} from './auth.effects';
import { OFFLINE_SESSION_KEY } from './offline-session';

const apiError = (status: number, code?: string) =>
  new HttpErrorResponse({ status, error: code ? { error: { code, message: code } } : null });

describe('auth effects', () => {
  let actions$: Subject<Action>;
  let api: jasmine.SpyObj<AuthApi>;
  let router: jasmine.SpyObj<Router>;
  let emitted: Action[];
  const credentials = { username: 'maija', password: 'correct horse battery' };

  beforeEach(() => {
    actions$ = new Subject<Action>();
    api = jasmine.createSpyObj<AuthApi>('AuthApi', ['me', 'login', 'options']);
    router = jasmine.createSpyObj<Router>('Router', ['navigateByUrl', 'navigate']);
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

  describe('loadSessionAtStart', () => {
    beforeEach(() => {
      sessionStorage.removeItem(OFFLINE_SESSION_KEY);
      run(loadSessionAtStart);
    });
    afterEach(() => sessionStorage.removeItem(OFFLINE_SESSION_KEY));

    it('loads the session once the effects start', () => {
      api.me.and.returnValue(of(sessionInfo()));
      actions$.next(SessionActions.appStarted());
      expect(emitted).toEqual([AuthApiActions.sessionLoaded({ session: sessionInfo() })]);
    });

    it("uses this tab's remembered session without asking when the browser knows it is offline", () => {
      sessionStorage.setItem(OFFLINE_SESSION_KEY, JSON.stringify(sessionInfo()));
      spyOnProperty(navigator, 'onLine').and.returnValue(false);
      actions$.next(SessionActions.appStarted());
      expect(api.me).not.toHaveBeenCalled();
      expect(emitted).toEqual([AuthApiActions.sessionLoaded({ session: sessionInfo() })]);
    });

    it('asks the server when offline without a remembered session, and is signed out without an answer', () => {
      spyOnProperty(navigator, 'onLine').and.returnValue(false);
      api.me.and.returnValue(throwError(() => apiError(504)));
      actions$.next(SessionActions.appStarted());
      expect(api.me).toHaveBeenCalledTimes(1);
      expect(emitted).toEqual([AuthApiActions.sessionLoadFailed()]);
    });

    it('asks the server when online even with a remembered session', () => {
      sessionStorage.setItem(OFFLINE_SESSION_KEY, JSON.stringify(sessionInfo({ roles: ['supervisor'] })));
      api.me.and.returnValue(of(sessionInfo()));
      actions$.next(SessionActions.appStarted());
      expect(emitted).toEqual([AuthApiActions.sessionLoaded({ session: sessionInfo() })]);
    });

    it('treats 401 as signed out', () => {
      api.me.and.returnValue(throwError(() => apiError(401, 'unauthenticated')));
      actions$.next(SessionActions.appStarted());
      expect(emitted).toEqual([AuthApiActions.sessionLoadFailed()]);
    });
  });

  describe('login', () => {
    beforeEach(() => run(login));

    const submit = (extra = {}) =>
      actions$.next(
        LoginPageActions.submitted({ credentials: { ...credentials, ...extra }, returnUrl: '/x' }),
      );

    it('signs in', () => {
      api.login.and.returnValue(of(sessionInfo()));
      submit();
      expect(api.login).toHaveBeenCalledOnceWith(credentials);
      expect(emitted).toEqual([AuthApiActions.loginSucceeded({ session: sessionInfo(), returnUrl: '/x' })]);
    });

    it('asks for the second factor on 401 mfa_required', () => {
      api.login.and.returnValue(throwError(() => apiError(401, 'mfa_required')));
      submit();
      expect(emitted).toEqual([AuthApiActions.secondFactorRequired()]);
    });

    it('words wrong credentials generically', () => {
      api.login.and.returnValue(throwError(() => apiError(401, 'unauthenticated')));
      submit();
      expect(emitted).toEqual([AuthApiActions.loginFailed({ error: 'auth.login.errors.wrongCredentials' })]);
    });

    it('words a refused code as a wrong code', () => {
      api.login.and.returnValue(throwError(() => apiError(401, 'unauthenticated')));
      submit({ totp: '123456' });
      expect(emitted).toEqual([AuthApiActions.loginFailed({ error: 'auth.login.errors.wrongCode' })]);
    });

    it('tells a locked account', () => {
      api.login.and.returnValue(throwError(() => apiError(423, 'account_locked')));
      submit();
      expect(emitted).toEqual([AuthApiActions.loginFailed({ error: 'errors.codes.account_locked' })]);
    });

    it('tells a network failure', () => {
      api.login.and.returnValue(throwError(() => apiError(0)));
      submit();
      expect(emitted).toEqual([AuthApiActions.loginFailed({ error: 'errors.network' })]);
    });

    it('ignores a second submit while signing in (exhaustMap)', () => {
      const pending = new Subject<SessionInfo>();
      api.login.and.returnValue(pending);
      submit();
      submit();
      pending.next(sessionInfo());
      expect(api.login).toHaveBeenCalledTimes(1);
      expect(emitted.length).toBe(1);
    });
  });

  describe('navigation', () => {
    it('returns to where the user was going', () => {
      run(navigateAfterLogin);
      actions$.next(AuthApiActions.loginSucceeded({ session: sessionInfo(), returnUrl: '/children/1' }));
      expect(router.navigateByUrl).toHaveBeenCalledWith('/children/1');
    });

    it('never follows a return address out of the app', () => {
      run(navigateAfterLogin);
      actions$.next(AuthApiActions.loginSucceeded({ session: sessionInfo(), returnUrl: '//evil.example' }));
      expect(router.navigateByUrl).toHaveBeenCalledWith('/');
    });

    it('sends a user who must enrol MFA to the security page', () => {
      run(navigateAfterLogin);
      const session = sessionInfo({}, { mfaEnrolmentRequired: true });
      actions$.next(AuthApiActions.loginSucceeded({ session, returnUrl: '/children/1' }));
      expect(router.navigateByUrl).toHaveBeenCalledWith('/account/security');
    });

    it('goes to the login page with the reason and the return address when the session expired', () => {
      run(signOutOnExpiry);
      actions$.next(SessionActions.expired({ returnUrl: '/children/1?tab=plan' }));
      expect(router.navigate).toHaveBeenCalledWith(['/login'], {
        queryParams: { reason: 'expired', returnUrl: '/children/1?tab=plan' },
      });
    });
  });

  describe('loadLoginOptions', () => {
    it('loads the sign-in options when the login page opens', () => {
      run(loadLoginOptions);
      api.options.and.returnValue(of({ sso: true, ssoLoginUrl: '/sso' }));
      actions$.next(LoginPageActions.opened());
      expect(emitted).toEqual([
        AuthApiActions.optionsLoaded({ options: { sso: true, ssoLoginUrl: '/sso' } }),
      ]);
    });

    it('falls back to the password form when the options cannot be loaded', () => {
      run(loadLoginOptions);
      api.options.and.returnValue(throwError(() => apiError(0)));
      actions$.next(LoginPageActions.opened());
      expect(emitted).toEqual([AuthApiActions.optionsLoadFailed()]);
    });
  });
});
