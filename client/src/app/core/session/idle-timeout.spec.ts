import { TestBed } from '@angular/core/testing';

import { IDLE_TIMEOUT_MS, IdleTimeout, SAVE_BEFORE_MS, WARNING_BEFORE_MS } from './idle-timeout';
import { UnsavedWorkRegistry } from './unsaved-work-registry';

describe('IdleTimeout', () => {
  const start = new Date('2026-11-22T20:00:00.000Z');
  const iso = (ms: number) => new Date(start.getTime() + ms).toISOString();
  const minutes = (n: number) => n * 60_000;
  let idle: IdleTimeout;
  let registry: UnsavedWorkRegistry;
  let warnings: number;
  let timedOut: number;

  /** Lets the savers' promises settle after the clock moved. */
  const flushPromises = async () => {
    for (let i = 0; i < 10; i++) await Promise.resolve();
  };

  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(start);
    TestBed.configureTestingModule({});
    idle = TestBed.inject(IdleTimeout);
    registry = TestBed.inject(UnsavedWorkRegistry);
    warnings = 0;
    timedOut = 0;
    idle.warning$.subscribe(() => warnings++);
    idle.timedOut$.subscribe(() => timedOut++);
    idle.start({ idleExpiresAt: iso(minutes(30)), absoluteExpiresAt: iso(minutes(12 * 60)) });
  });

  afterEach(() => {
    idle.stop();
    jasmine.clock().uninstall();
  });

  /** The client signs out SAVE_BEFORE_MS before the server's end; the warning comes 2 min before that. */
  const warningAt = minutes(30) - SAVE_BEFORE_MS - WARNING_BEFORE_MS;

  it('warns two minutes before signing out, with a countdown', () => {
    jasmine.clock().tick(warningAt - 1000);
    expect(warnings).toBe(0);
    expect(idle.secondsLeft()).toBeNull();
    jasmine.clock().tick(1000);
    expect(warnings).toBe(1);
    expect(idle.secondsLeft()).toBe(120);
    jasmine.clock().tick(1000);
    expect(idle.secondsLeft()).toBe(119);
  });

  it('runs every saver before announcing the time-out', async () => {
    const order: string[] = [];
    registry.register(async () => void order.push('saved'));
    idle.timedOut$.subscribe(() => order.push('timed out'));
    jasmine.clock().tick(warningAt + WARNING_BEFORE_MS);
    await flushPromises();
    expect(order).toEqual(['saved', 'timed out']);
    expect(timedOut).toBe(1);
    expect(idle.secondsLeft()).toBeNull();
    expect(idle.active).toBeFalse();
  });

  it('signs out before the server would, so that the saves still arrive', async () => {
    jasmine.clock().tick(minutes(30) - SAVE_BEFORE_MS);
    await flushPromises();
    expect(timedOut).toBe(1);
  });

  it('starts the window again on activity', async () => {
    jasmine.clock().tick(minutes(20));
    idle.touch();
    jasmine.clock().tick(warningAt - 1000);
    await flushPromises();
    expect(warnings).toBe(0);
    jasmine.clock().tick(minutes(3));
    await flushPromises();
    expect(warnings).toBe(1);
    expect(timedOut).toBe(1);
  });

  it('ends the warning when activity elsewhere extends the session', () => {
    jasmine.clock().tick(warningAt + 5000);
    expect(idle.secondsLeft()).toBe(115);
    idle.touch();
    expect(idle.secondsLeft()).toBeNull();
  });

  it('never runs past the absolute end of the session, and says so', async () => {
    idle.start({ idleExpiresAt: iso(minutes(30)), absoluteExpiresAt: iso(minutes(10)) });
    jasmine.clock().tick(minutes(5));
    idle.touch();
    expect(idle.atAbsoluteLimit()).toBeFalse();
    jasmine.clock().tick(minutes(5) - SAVE_BEFORE_MS - WARNING_BEFORE_MS);
    expect(idle.atAbsoluteLimit()).toBeTrue();
    jasmine.clock().tick(WARNING_BEFORE_MS);
    await flushPromises();
    expect(timedOut).toBe(1);
  });

  it('is not at the absolute limit during an ordinary idle warning', () => {
    jasmine.clock().tick(warningAt);
    expect(idle.secondsLeft()).toBe(120);
    expect(idle.atAbsoluteLimit()).toBeFalse();
  });

  it('does nothing after stop (signed out)', async () => {
    idle.stop();
    idle.touch();
    jasmine.clock().tick(IDLE_TIMEOUT_MS * 2);
    await flushPromises();
    expect(warnings).toBe(0);
    expect(timedOut).toBe(0);
  });

  it('catches up at once when the timer fired late (a sleeping laptop)', async () => {
    jasmine.clock().mockDate(new Date(start.getTime() + minutes(45)));
    jasmine.clock().tick(warningAt);
    await flushPromises();
    expect(timedOut).toBe(1);
  });

  it('converts the server times when the clocks differ', async () => {
    // This machine's clock is 10 minutes behind the server's.
    idle.observeServerTime(start.getTime() + minutes(10));
    idle.start({ idleExpiresAt: iso(minutes(40)), absoluteExpiresAt: iso(minutes(12 * 60)) });
    jasmine.clock().tick(warningAt - 1000);
    expect(warnings).toBe(0);
    jasmine.clock().tick(1000);
    expect(warnings).toBe(1);
  });
});
