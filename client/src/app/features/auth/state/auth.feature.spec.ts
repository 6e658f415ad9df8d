import { sessionInfo } from '../testing/session.fixture';
import { AuthApiActions, LoginPageActions, SessionActions } from './auth.actions';
import {
  AuthState,
  authFeature,
  initialAuthState,
  selectLoginError,
  selectSessionKnown,
  selectSignedIn,
} from './auth.feature';

const { reducer } = authFeature;
const credentials = { username: 'maija', password: 'correct horse battery' };

describe('auth feature', () => {
  it('starts not knowing whether anyone is signed in', () => {
    const state = reducer(undefined, { type: '@@init' });
    expect(state).toEqual(initialAuthState);
    expect(selectSessionKnown.projector(state.sessionCallState)).toBeFalse();
  });

  it('knows the session after the start-up check, either way', () => {
    const loaded = reducer(initialAuthState, AuthApiActions.sessionLoaded({ session: sessionInfo() }));
    expect(loaded.session).toEqual(sessionInfo());
    expect(selectSessionKnown.projector(loaded.sessionCallState)).toBeTrue();
    const failed = reducer(initialAuthState, AuthApiActions.sessionLoadFailed());
    expect(failed.session).toBeNull();
    expect(selectSessionKnown.projector(failed.sessionCallState)).toBeTrue();
  });

  it('goes to the second step when the server asks for the code', () => {
    let state = reducer(initialAuthState, LoginPageActions.submitted({ credentials, returnUrl: '/' }));
    expect(state.loginCallState).toBe('loading');
    state = reducer(state, AuthApiActions.secondFactorRequired());
    expect(state.loginStep).toBe('secondFactor');
    expect(state.loginCallState).toBe('init');
  });

  it('says the code was wrong when asked again on the second step', () => {
    const state: AuthState = { ...initialAuthState, loginStep: 'secondFactor', loginCallState: 'loading' };
    const next = reducer(state, AuthApiActions.secondFactorRequired());
    expect(selectLoginError.projector(next.loginCallState)).toBe('auth.login.errors.wrongCode');
  });

  it('goes back to the first step when the second is cancelled', () => {
    const state: AuthState = { ...initialAuthState, loginStep: 'secondFactor' };
    expect(reducer(state, LoginPageActions.secondStepCancelled()).loginStep).toBe('credentials');
  });

  it('keeps the failure as a translation key', () => {
    const state = reducer(
      initialAuthState,
      AuthApiActions.loginFailed({ error: 'errors.codes.account_locked' }),
    );
    expect(selectLoginError.projector(state.loginCallState)).toBe('errors.codes.account_locked');
  });

  it('stores the session after signing in and resets the login steps', () => {
    const state: AuthState = { ...initialAuthState, loginStep: 'secondFactor', loginCallState: 'loading' };
    const next = reducer(state, AuthApiActions.loginSucceeded({ session: sessionInfo(), returnUrl: '/' }));
    expect(next.session).toEqual(sessionInfo());
    expect(next.loginStep).toBe('credentials');
    expect(selectSignedIn.projector(next.session)).toBeTrue();
  });

  it('forgets the session on sign-out, even when the server could not be told, and on expiry', () => {
    const signedIn: AuthState = { ...initialAuthState, session: sessionInfo(), sessionCallState: 'loaded' };
    for (const action of [
      AuthApiActions.logoutSucceeded({ reason: 'signedOut', returnUrl: null }),
      AuthApiActions.logoutFailed({ reason: 'idle', returnUrl: '/x' }),
      SessionActions.expired({ returnUrl: '/x' }),
    ]) {
      const next = reducer(signedIn, action);
      expect(next.session).withContext(action.type).toBeNull();
      expect(next.sessionCallState).withContext(action.type).toBe('loaded');
    }
  });

  it('refreshes the session in place', () => {
    const signedIn: AuthState = { ...initialAuthState, session: sessionInfo(), sessionCallState: 'loaded' };
    const fresh = sessionInfo({ mfaEnabled: true });
    expect(reducer(signedIn, AuthApiActions.sessionRefreshed({ session: fresh })).session).toEqual(fresh);
  });

  it('keeps where single sign-on starts, only when it is offered', () => {
    const on = reducer(
      initialAuthState,
      AuthApiActions.optionsLoaded({ options: { sso: true, ssoLoginUrl: '/api/v1/auth/oidc/login' } }),
    );
    expect(on.ssoLoginUrl).toBe('/api/v1/auth/oidc/login');
    expect(reducer(on, AuthApiActions.optionsLoaded({ options: { sso: false } })).ssoLoginUrl).toBeNull();
  });
});
