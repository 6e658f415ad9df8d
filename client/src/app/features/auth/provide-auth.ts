import { EnvironmentProviders } from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';

import * as authEffects from './state/auth.effects';
import { authFeature } from './state/auth.feature';
import * as logoutEffects from './state/logout.effects';
import * as sessionEffects from './state/session.effects';

/** The session is needed everywhere (guards, toolbar, timeout): its state lives at the root. */
export function provideAuth(): EnvironmentProviders[] {
  return [provideState(authFeature), provideEffects(authEffects, logoutEffects, sessionEffects)];
}
