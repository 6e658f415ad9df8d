import { healthStatus } from '../testing/health-status.fixture';
import { HealthApiActions, HealthPageActions } from './health.actions';
import {
  HealthState,
  healthFeature,
  initialHealthState,
  selectApiReachable,
  selectError,
  selectLoading,
} from './health.feature';

const { reducer } = healthFeature;

describe('health feature', () => {
  describe('reducer', () => {
    it('starts in the init call state with no status', () => {
      expect(reducer(undefined, { type: '@@init' })).toEqual(initialHealthState);
    });

    it('goes to loading when the page opens or refresh is clicked', () => {
      expect(reducer(initialHealthState, HealthPageActions.opened()).callState).toBe('loading');
      expect(reducer(initialHealthState, HealthPageActions.refreshClicked()).callState).toBe('loading');
    });

    it('keeps the last status while refreshing', () => {
      const loaded: HealthState = { status: healthStatus(), callState: 'loaded' };
      expect(reducer(loaded, HealthPageActions.refreshClicked()).status).toEqual(healthStatus());
    });

    it('stores a loaded status', () => {
      const status = healthStatus({ status: 'degraded' });
      expect(reducer(initialHealthState, HealthApiActions.statusLoaded({ status }))).toEqual({
        status,
        callState: 'loaded',
      });
    });

    it('stores the failure and forgets the stale status', () => {
      const loaded: HealthState = { status: healthStatus(), callState: 'loaded' };
      const state = reducer(
        loaded,
        HealthApiActions.statusLoadFailed({ error: 'health.errors.unreachable' }),
      );
      expect(state).toEqual({ status: null, callState: { error: 'health.errors.unreachable' } });
    });
  });

  describe('selectors', () => {
    it('selectLoading is true only while loading', () => {
      expect(selectLoading.projector('loading')).toBeTrue();
      expect(selectLoading.projector('loaded')).toBeFalse();
      expect(selectLoading.projector({ error: 'x' })).toBeFalse();
    });

    it('selectError returns the error key or null', () => {
      expect(selectError.projector({ error: 'health.errors.unexpected' })).toBe('health.errors.unexpected');
      expect(selectError.projector('loaded')).toBeNull();
    });

    it('selectApiReachable is unknown, yes or no', () => {
      expect(selectApiReachable.projector(null, 'init')).toBeNull();
      expect(selectApiReachable.projector(null, 'loading')).toBeNull();
      expect(selectApiReachable.projector(healthStatus(), 'loaded')).toBeTrue();
      expect(selectApiReachable.projector(healthStatus(), 'loading')).toBeTrue();
      expect(selectApiReachable.projector(null, { error: 'health.errors.unreachable' })).toBeFalse();
    });

    it('select from the root state under the feature key', () => {
      const state = { health: { status: healthStatus(), callState: 'loaded' } as HealthState };
      expect(healthFeature.selectStatus(state)).toEqual(healthStatus());
      expect(selectApiReachable(state)).toBeTrue();
    });
  });
});
