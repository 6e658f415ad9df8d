import { createFeature, createReducer, createSelector, on } from '@ngrx/store';

import { HealthStatus } from '../data/health.model';
import { HealthApiActions, HealthPageActions } from './health.actions';
import { CallState, getCallStateError } from '../../../core/state/call-state';

export interface HealthState {
  status: HealthStatus | null;
  callState: CallState;
}

export const initialHealthState: HealthState = { status: null, callState: 'init' };

export const healthFeature = createFeature({
  name: 'health',
  reducer: createReducer(
    initialHealthState,
    // Keep the last known status while refreshing so the card does not flicker empty.
    on(HealthPageActions.opened, HealthPageActions.refreshClicked, (state): HealthState => ({
      ...state,
      callState: 'loading',
    })),
    on(HealthApiActions.statusLoaded, (_state, { status }): HealthState => ({ status, callState: 'loaded' })),
    on(HealthApiActions.statusLoadFailed, (_state, { error }): HealthState => ({
      status: null,
      callState: { error },
    })),
  ),
  extraSelectors: ({ selectStatus, selectCallState }) => ({
    selectLoading: createSelector(selectCallState, (callState) => callState === 'loading'),
    selectError: createSelector(selectCallState, getCallStateError),
    /** null while nothing is known yet; reachable means the API answered with a health status. */
    selectApiReachable: createSelector(selectStatus, selectCallState, (status, callState) =>
      status ? true : typeof callState === 'object' ? false : null,
    ),
  }),
});

export const { selectStatus, selectCallState, selectLoading, selectError, selectApiReachable } =
  healthFeature;
