import { TestBed } from '@angular/core/testing';

import { IDLE_TIMEOUT_MS, IdleTimeout, SESSION_CHANNEL } from './idle-timeout';

describe('IdleTimeout across tabs', () => {
  const sessionWindow = {
    idleExpiresAt: new Date(Date.now() + 60_000).toISOString(),
    absoluteExpiresAt: new Date(Date.now() + 12 * 3_600_000).toISOString(),
  };
  let thisTab: IdleTimeout;
  let otherTab: IdleTimeout;

  beforeEach(() => {
    TestBed.configureTestingModule({});
    thisTab = TestBed.inject(IdleTimeout);
    otherTab = TestBed.runInInjectionContext(() => new IdleTimeout());
  });

  afterEach(() => {
    thisTab.stop();
    otherTab.stop();
  });

  /** Resolves with the next message another tab posts on the session channel. */
  const nextMessage = () =>
    new Promise<{ expiresAt: number }>((resolve) => {
      const listener = new BroadcastChannel(SESSION_CHANNEL);
      listener.onmessage = (event) => {
        listener.close();
        resolve(event.data);
      };
    });

  it('moves the end on when another tab saw activity', async () => {
    thisTab.start(sessionWindow);
    otherTab.start(sessionWindow);
    const sent = nextMessage();
    otherTab.touch();
    const { expiresAt } = await sent;
    expect(expiresAt).toBeGreaterThan(Date.now() + IDLE_TIMEOUT_MS - 5_000);
    // Delivered to this tab in the same round as to the listener above.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((thisTab as unknown as { expiresAt: number }).expiresAt).toBe(expiresAt);
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
