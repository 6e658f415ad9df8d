import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';

import { AuthApi } from '../data/auth-api';
import { AuthApiActions, LoginPageActions, SessionActions } from './auth.actions';
import { isSecondFactorRequired, loginErrorKey } from './login-error';
import { loginQuery, safeReturnUrl } from './navigation';
import { offlineSession, sessionWhileOffline } from './offline-session';

/** Once at start: is there a session already? 401 (or any failure) means signed out, unless offline. */
export const loadSessionAtStart = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(SessionActions.appStarted),
      exhaustMap(() => {
        // Known to be offline: the check could not be answered, so it is not waited for.
        const known = sessionWhileOffline();
        if (known) return of(AuthApiActions.sessionLoaded({ session: known }));
        return api.me().pipe(
          map((session) => AuthApiActions.sessionLoaded({ session })),
          catchError((err) => {
            const offline = offlineSession(err);
            return of(
              offline
                ? AuthApiActions.sessionLoaded({ session: offline })
                : AuthApiActions.sessionLoadFailed(),
            );
          }),
        );
      }),
    ),
  { functional: true },
);

/** The login page asks what it may offer (single sign-on); without an answer it offers the password form. */
export const loadLoginOptions = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(LoginPageActions.opened),
      switchMap(() =>
        api.options().pipe(
          map((options) => AuthApiActions.optionsLoaded({ options })),
          catchError(() => of(AuthApiActions.optionsLoadFailed())),
        ),
      ),
    ),
  { functional: true },
);

/** exhaustMap: a second click while signing in is ignored, never a second login. */
export const login = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(LoginPageActions.submitted),
      exhaustMap(({ credentials, returnUrl }) =>
        api.login(credentials).pipe(
          map((session) => AuthApiActions.loginSucceeded({ session, returnUrl })),
          catchError((err: unknown) =>
            of(
              isSecondFactorRequired(err)
                ? AuthApiActions.secondFactorRequired()
                : AuthApiActions.loginFailed({ error: loginErrorKey(err, credentials) }),
            ),
          ),
        ),
      ),
    ),
  { functional: true },
);

/** After signing in: to MFA enrolment when policy requires it, otherwise back where the user was going. */
export const navigateAfterLogin = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.loginSucceeded),
      tap(({ session, returnUrl }) =>
        router.navigateByUrl(session.mfaEnrolmentRequired ? '/account/security' : safeReturnUrl(returnUrl)),
      ),
    ),
  { functional: true, dispatch: false },
);

/** The server said the session is gone: to the login page, keeping where the user was. */
export const signOutOnExpiry = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(SessionActions.expired),
      tap(({ returnUrl }) => router.navigate(['/login'], { queryParams: loginQuery('expired', returnUrl) })),
    ),
  { functional: true, dispatch: false },
);
