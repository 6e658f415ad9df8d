import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, tap } from 'rxjs';

import { AuthApi } from '../data/auth-api';
import {
  AuthApiActions,
  SessionActions,
  SignOutReason,
  TimeoutDialogActions,
  UserMenuActions,
} from './auth.actions';
import { loginQuery } from './navigation';

/** exhaustMap: signing out once is enough. Signed out locally even if the server cannot be told. */
export const logout = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi), router = inject(Router)) =>
    actions$.pipe(
      ofType(
        UserMenuActions.signOutClicked,
        UserMenuActions.signOutEverywhereClicked,
        TimeoutDialogActions.signOutClicked,
        SessionActions.idleTimedOut,
      ),
      exhaustMap((action) => {
        const everywhere = action.type === UserMenuActions.signOutEverywhereClicked.type;
        const reason: SignOutReason =
          action.type === SessionActions.idleTimedOut.type
            ? 'idle'
            : everywhere
              ? 'signedOutEverywhere'
              : 'signedOut';
        // After an idle timeout the user comes back to the same page; after a deliberate sign-out not.
        const returnUrl = reason === 'idle' ? router.url : null;
        return (everywhere ? api.logoutEverywhere() : api.logout()).pipe(
          map(() => AuthApiActions.logoutSucceeded({ reason, returnUrl })),
          catchError(() => of(AuthApiActions.logoutFailed({ reason, returnUrl }))),
        );
      }),
    ),
  { functional: true },
);

export const navigateAfterLogout = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) =>
    actions$.pipe(
      ofType(AuthApiActions.logoutSucceeded, AuthApiActions.logoutFailed),
      tap(({ reason, returnUrl }) =>
        router.navigate(['/login'], { queryParams: loginQuery(reason, returnUrl) }),
      ),
    ),
  { functional: true, dispatch: false },
);
