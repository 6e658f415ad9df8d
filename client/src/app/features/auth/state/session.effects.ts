import { Injector, inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, from, map, of, switchMap, tap } from 'rxjs';

import { IdleTimeout } from '../../../core/session/idle-timeout';
import { SessionEvents } from '../../../core/session/session-events';
import { AuthApi } from '../data/auth-api';
import { AuthApiActions, SecurityPageActions, SessionActions, TimeoutDialogActions } from './auth.actions';
import { openTimeoutDialog } from './open-timeout-dialog';

/** The idle timer runs exactly while the user is signed in, set from each session answer. */
export const trackIdleTimeout = createEffect(
  (actions$ = inject(Actions), idle = inject(IdleTimeout)) =>
    actions$.pipe(
      ofType(
        AuthApiActions.sessionLoaded,
        AuthApiActions.loginSucceeded,
        AuthApiActions.sessionRefreshed,
        AuthApiActions.logoutSucceeded,
        AuthApiActions.logoutFailed,
        SessionActions.expired,
      ),
      tap((action) => ('session' in action ? idle.start(action.session) : idle.stop())),
    ),
  { functional: true, dispatch: false },
);

/** Unsaved work has been saved by now (IdleTimeout runs the savers first). */
export const signOutWhenIdle = createEffect(
  (idle = inject(IdleTimeout), router = inject(Router)) =>
    idle.timedOut$.pipe(map(() => SessionActions.idleTimedOut({ returnUrl: router.url }))),
  { functional: true },
);

export const expireSession = createEffect(
  (events = inject(SessionEvents), router = inject(Router)) =>
    events.expired$.pipe(map(() => SessionActions.expired({ returnUrl: router.url }))),
  { functional: true },
);

/** The warning dialog; it closes by itself when activity elsewhere extends the session. */
export const warnBeforeTimeout = createEffect(
  (idle = inject(IdleTimeout), injector = inject(Injector)) =>
    idle.warning$.pipe(
      exhaustMap(() => from(openTimeoutDialog(injector))),
      map((choice) =>
        choice === 'stay'
          ? TimeoutDialogActions.staySignedInClicked()
          : choice === 'signOut'
            ? TimeoutDialogActions.signOutClicked()
            : null,
      ),
      filter((action) => action !== null),
    ),
  { functional: true },
);

/**
 * `GET /auth/me` again: it counts as activity (the server's idle window starts again), and after a
 * security change it tells whether MFA enrolment is still required.
 */
export const refreshSession = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) =>
    actions$.pipe(
      ofType(
        TimeoutDialogActions.staySignedInClicked,
        SecurityPageActions.mfaEnabled,
        SecurityPageActions.mfaDisabled,
        SecurityPageActions.passwordChanged,
      ),
      switchMap(() =>
        api.me().pipe(
          map((session) => AuthApiActions.sessionRefreshed({ session })),
          // A 401 here is handled as an expired session by the session interceptor.
          catchError(() => of(AuthApiActions.sessionRefreshFailed())),
        ),
      ),
    ),
  { functional: true },
);
