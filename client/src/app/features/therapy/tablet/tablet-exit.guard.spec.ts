import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';

import { TabletHandover } from '../state/tablet-handover';
import { tabletExitGuard } from './tablet-exit.guard';

describe('tabletExitGuard', () => {
  const leave = (url: string) =>
    TestBed.runInInjectionContext(() =>
      tabletExitGuard(
        null,
        {} as ActivatedRouteSnapshot,
        { url: '/therapy/plans/p1/score15/m1' } as RouterStateSnapshot,
        { url } as RouterStateSnapshot,
      ),
    );

  it('keeps the handed-over form until the therapist has unlocked it (browser back included)', () => {
    expect(leave('/therapy/plans/p1')).toBeFalse();
    expect(leave('/children')).toBeFalse();
    TestBed.inject(TabletHandover).release();
    expect(leave('/therapy/plans/p1')).toBeTrue();
  });

  it('lets an ended session take the device to the login page', () => {
    expect(leave('/login?reason=expired')).toBeTrue();
  });
});
