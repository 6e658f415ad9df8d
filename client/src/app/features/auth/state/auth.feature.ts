import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { CallState, getCallStateError } from '../../../core/state/call-state';
import { SessionInfo } from '../data/session.model';
import { AuthApiActions, LoginPageActions, SessionActions } from './auth.actions';

export interface AuthState {
  session: SessionInfo | null;
  /** The start-up `GET /auth/me`: until it answers nobody knows whether the user is signed in. */
  sessionCallState: CallState;
  loginCallState: CallState;
  /** The login form asks for the second factor after the server answered `mfa_required`. */
  loginStep: 'credentials' | 'secondFactor';
  /** Where single sign-on starts, when the server offers it. */
  ssoLoginUrl: string | null;
}

export const initialAuthState: AuthState = {
  session: null,
  sessionCallState: 'init',
  loginCallState: 'init',
  loginStep: 'credentials',
  ssoLoginUrl: null,
};

const signedOut: AuthState = { ...initialAuthState, sessionCallState: 'loaded' };

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(AuthApiActions.sessionLoaded, (state, { session }): AuthState => ({
      ...state,
      session,
      sessionCallState: 'loaded',
    })),
    on(AuthApiActions.optionsLoaded, (state, { options }): AuthState => ({
      ...state,
      ssoLoginUrl: options.sso ? (options.ssoLoginUrl ?? null) : null,
    })),
    on(AuthApiActions.sessionRefreshed, (state, { session }): AuthState => ({ ...state, session })),
    // 401 (or no answer) at start: signed out. The guard may go on.
    on(AuthApiActions.sessionLoadFailed, (): AuthState => signedOut),
    on(LoginPageActions.submitted, (state): AuthState => ({ ...state, loginCallState: 'loading' })),
    on(LoginPageActions.secondStepCancelled, (state): AuthState => ({
      ...state,
      loginStep: 'credentials',
      loginCallState: 'init',
    })),
    on(AuthApiActions.secondFactorRequired, (state): AuthState => ({
      ...state,
      loginStep: 'secondFactor',
      // Asked again after a code was sent: the code was wrong.
      loginCallState: state.loginStep === 'secondFactor' ? { error: 'auth.login.errors.wrongCode' } : 'init',
    })),
    on(AuthApiActions.loginFailed, (state, { error }): AuthState => ({
      ...state,
      loginCallState: { error },
    })),
    on(AuthApiActions.loginSucceeded, (_state, { session }): AuthState => ({
      ...initialAuthState,
      session,
      sessionCallState: 'loaded',
      loginCallState: 'loaded',
    })),
    on(
      AuthApiActions.logoutSucceeded,
      AuthApiActions.logoutFailed,
      SessionActions.expired,
      (): AuthState => signedOut,
    ),
  ),
  extraSelectors: ({ selectSession, selectSessionCallState, selectLoginCallState }) => ({
    selectUser: createSelector(selectSession, (session) => session?.user ?? null),
    selectSignedIn: createSelector(selectSession, (session) => session !== null),
    /** True once the start-up check has answered either way. */
    selectSessionKnown: createSelector(
      selectSessionCallState,
      (callState) => callState !== 'init' && callState !== 'loading',
    ),
    selectLoginPending: createSelector(selectLoginCallState, (callState) => callState === 'loading'),
    selectLoginError: createSelector(selectLoginCallState, getCallStateError),
  }),
});

export const {
  selectSession,
  selectUser,
  selectSignedIn,
  selectSessionKnown,
  selectLoginStep,
  selectLoginPending,
  selectLoginError,
  selectSsoLoginUrl,
} = authFeature;
