import { ActionReducer, combineReducers, createAction, createReducer, on } from '@ngrx/store';

import { sessionInfo } from '../testing/session.fixture';
import { AuthApiActions, SessionActions } from './auth.actions';
import { authFeature, initialAuthState } from './auth.feature';
import { clearStateOnSignOut } from './clear-on-sign-out';

describe('clearStateOnSignOut', () => {
  const casesLoaded = createAction('[Test] Cases Loaded');
  const routeChanged = createAction('[Test] Route Changed');
  const cases = createReducer<string[]>(
    [],
    on(casesLoaded, () => ['case of Aino']),
  );
  const router = createReducer<{ url: string }>(
    { url: '/' },
    on(routeChanged, () => ({ url: '/children/1' })),
  );
  const root = clearStateOnSignOut(
    combineReducers({ router, cases, auth: authFeature.reducer }) as ActionReducer<{
      router: { url: string };
      cases: string[];
      auth: typeof initialAuthState;
    }>,
  );

  let state: ReturnType<typeof root>;

  beforeEach(() => {
    state = root(undefined, { type: '@@init' });
    state = root(state, casesLoaded());
    state = root(state, routeChanged());
    state = root(state, AuthApiActions.sessionLoaded({ session: sessionInfo() }));
  });

  for (const action of [
    AuthApiActions.logoutSucceeded({ reason: 'signedOut', returnUrl: null }),
    AuthApiActions.logoutFailed({ reason: 'idle', returnUrl: null }),
    SessionActions.expired({ returnUrl: '/children/1' }),
  ]) {
    it(`forgets every feature's data on ${action.type}`, () => {
      const after = root(state, action);
      expect(after.cases).toEqual([]);
      expect(after.auth.session).toBeNull();
      expect(after.auth.sessionCallState).toBe('loaded');
      expect(after.router).toEqual({ url: '/children/1' });
    });
  }

  it('leaves the state alone otherwise', () => {
    expect(root(state, { type: '[Test] Other' }).cases).toEqual(['case of Aino']);
  });
});
