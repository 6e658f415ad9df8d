import { TestBed } from '@angular/core/testing';

import { IDLE_TIMEOUT_MS, IdleTimeout, SESSION_CHANNEL } from './idle-timeout';

describe('IdleTimeout across tabs', () => {
  // Taken when each spec starts: a window fixed when the file loaded had run out (sign-out 45 s before
  // its end) by the time the suite reached these specs, and an expiring tab ignores the others.
  let sessionWindow: { idleExpiresAt: string; absoluteExpiresAt: string };
  let thisTab: IdleTimeout;
  let otherTab: IdleTimeout;

  beforeEach(() => {
    sessionWindow = {
      idleExpiresAt: new Date(Date.now() + 10 * 60_000).toISOString(),
      absoluteExpiresAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
    };
    TestBed.configureTestingModule({});
    thisTab = TestBed.inject(IdleTimeout);
    otherTab = TestBed.runInInjectionContext(() => new IdleTimeout());
  });

  afterEach(() => {
    thisTab.stop();
    otherTab.stop();
  });

  const endOf = (tab: IdleTimeout) => (tab as unknown as { expiresAt: number }).expiresAt;

  /**
   * Resolves with the next message on the session channel that `from` posted. Other specs' instances
   * may still post on the same channel (a late HTTP answer touching them), so a message is matched by
   * its content, not taken because it came first.
   */
  const nextMessage = (from?: IdleTimeout) =>
    new Promise<{ expiresAt: number }>((resolve) => {
      const listener = new BroadcastChannel(SESSION_CHANNEL);
      listener.onmessage = (event: MessageEvent<{ expiresAt: number }>) => {
        if (from && event.data.expiresAt !== endOf(from)) return;
        listener.close();
        resolve(event.data);
      };
    });

  it('moves the end on when another tab saw activity', async () => {
    thisTab.start(sessionWindow);
    otherTab.start(sessionWindow);
    const sent = nextMessage(otherTab);
    otherTab.touch();
    const { expiresAt } = await sent;
    expect(expiresAt).toBeGreaterThan(Date.now() + IDLE_TIMEOUT_MS - 5_000);
    // Delivered to this tab in the same round as to the listener above (a later end from another
    // instance on the channel would move it further, never back).
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(endOf(thisTab)).toBeGreaterThanOrEqual(expiresAt);
  });

  it('ignores news from other tabs when signed out', async () => {
    otherTab.start(sessionWindow);
    const sent = nextMessage();
    otherTab.touch();
    await sent;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(thisTab.active).toBeFalse();
    expect(thisTab.secondsLeft()).toBeNull();
  });
});
