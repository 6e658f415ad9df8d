import { inject } from '@angular/core';
import { CanDeactivateFn } from '@angular/router';

import { TabletHandover } from '../state/tablet-handover';

/**
 * The handed-over form cannot be left (browser back, a link) until the therapist has unlocked it with
 * their password; only a sign-out (the session ended) takes the device to the login page.
 */
export const tabletExitGuard: CanDeactivateFn<unknown> = (_component, _route, _state, next) =>
  inject(TabletHandover).released() || next.url.startsWith('/login');
