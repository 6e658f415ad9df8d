import { EnvironmentProviders, inject, provideEnvironmentInitializer } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';

import { SessionActions } from './state/auth.actions';
import * as authEffects from './state/auth.effects';
import { authFeature } from './state/auth.feature';
import * as logoutEffects from './state/logout.effects';
import * as offlineSessionEffects from './state/offline-session.effects';
import * as sessionEffects from './state/session.effects';

/**
 * The session is needed everywhere (guards, toolbar, timeout): its state lives at the root. `App Started`
 * is dispatched by our own initializer, after the effects above are listening; ROOT_EFFECTS_INIT would
 * be missed if another root `provideEffects()` came first.
 */
export function provideAuth(): EnvironmentProviders[] {
  return [
    provideState(authFeature),
    provideEffects(authEffects, logoutEffects, sessionEffects, offlineSessionEffects),
    provideEnvironmentInitializer(() => inject(Store).dispatch(SessionActions.appStarted())),
  ];
}
