import { ActionReducer } from '@ngrx/store';

import { AuthApiActions, SessionActions } from './auth.actions';

const SIGN_OUT = new Set<string>([
  AuthApiActions.logoutSucceeded.type,
  AuthApiActions.logoutFailed.type,
  SessionActions.expired.type,
]);

/**
 * Meta-reducer: on sign-out or an ended session every feature's state starts again from its initial
 * value, so nothing a user saw (client data included) stays in memory for the next person at the
 * machine. Only the router state is kept.
 */
export function clearStateOnSignOut<S extends object>(reducer: ActionReducer<S>): ActionReducer<S> {
  return (state, action) => {
    if (!state || !SIGN_OUT.has(action.type)) return reducer(state, action);
    const kept = 'router' in state ? { router: state.router } : {};
    return reducer(kept as S, action);
  };
}
