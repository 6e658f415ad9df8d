import { createActionGroup, emptyProps, props } from '@ngrx/store';

import { AuthOptions, LoginRequest, SessionInfo } from '../data/session.model';

export const LoginPageActions = createActionGroup({
  source: 'Login Page',
  events: {
    Opened: emptyProps(),
    /** `returnUrl` is where to go after signing in (already checked to be an in-app path). */
    Submitted: props<{ credentials: LoginRequest; returnUrl: string }>(),
    'Second Step Cancelled': emptyProps(),
  },
});

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Options Loaded': props<{ options: AuthOptions }>(),
    'Options Load Failed': emptyProps(),
    'Session Loaded': props<{ session: SessionInfo }>(),
    'Session Load Failed': emptyProps(),
    'Session Refreshed': props<{ session: SessionInfo }>(),
    'Session Refresh Failed': emptyProps(),
    'Login Succeeded': props<{ session: SessionInfo; returnUrl: string }>(),
    'Second Factor Required': emptyProps(),
    /** `error` is a translation key. */
    'Login Failed': props<{ error: string }>(),
    'Logout Succeeded': props<{ reason: SignOutReason; returnUrl: string | null }>(),
    'Logout Failed': props<{ reason: SignOutReason; returnUrl: string | null }>(),
  },
});

/** Why the user was signed out; the login page words it (`auth.login.reason.*`). */
export type SignOutReason = 'signedOut' | 'signedOutEverywhere' | 'idle' | 'expired';

export const SessionActions = createActionGroup({
  source: 'Session',
  events: {
    /** Once at start, after the auth effects are listening. */
    'App Started': emptyProps(),
    /** The server refused a request with 401 while the user was signed in. */
    Expired: props<{ returnUrl: string }>(),
    /** No activity: unsaved work has been saved, now sign out. */
    'Idle Timed Out': props<{ returnUrl: string }>(),
  },
});

export const UserMenuActions = createActionGroup({
  source: 'User Menu',
  events: {
    'Sign Out Clicked': emptyProps(),
    'Sign Out Everywhere Clicked': emptyProps(),
  },
});

export const TimeoutDialogActions = createActionGroup({
  source: 'Timeout Dialog',
  events: {
    'Stay Signed In Clicked': emptyProps(),
    'Sign Out Clicked': emptyProps(),
  },
});

/** Changes on the security page that change the session too (MFA state, a renewed session id). */
export const SecurityPageActions = createActionGroup({
  source: 'Security Page',
  events: {
    'Mfa Enabled': emptyProps(),
    'Mfa Disabled': emptyProps(),
    'Password Changed': emptyProps(),
  },
});
