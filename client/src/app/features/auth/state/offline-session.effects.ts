import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { tap } from 'rxjs';

import { AuthApiActions, SessionActions } from './auth.actions';
import { OFFLINE_SESSION_KEY as KEY } from './offline-session';

/** Keeps this tab's session for an offline reload (see offline-session.ts); forgotten on sign-out. */
export const rememberSessionForOffline = createEffect(
  (actions$ = inject(Actions)) =>
    actions$.pipe(
      ofType(
        AuthApiActions.sessionLoaded,
        AuthApiActions.loginSucceeded,
        AuthApiActions.sessionRefreshed,
        AuthApiActions.logoutSucceeded,
        AuthApiActions.logoutFailed,
        SessionActions.expired,
      ),
      tap((action) => {
        if ('session' in action) sessionStorage.setItem(KEY, JSON.stringify(action.session));
        else sessionStorage.removeItem(KEY);
      }),
    ),
  { functional: true, dispatch: false },
);
