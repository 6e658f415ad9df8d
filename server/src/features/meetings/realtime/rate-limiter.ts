/**
 * A token bucket: `capacity` messages at once, refilled at `perSecond`. One per socket and kind of
 * message, so a flooding client runs dry alone while everyone else in the meeting goes on.
 */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly perSecond: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes `cost` tokens if there are enough; false means over the limit. */
  take(cost = 1): boolean {
    const now = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }
}

export interface RateLimits {
  /** Document updates: a burst (a reconnect sends its merged pending updates) and a steady rate. */
  updates: { capacity: number; perSecond: number };
  /** Awareness (cursor moves) is chattier but cheap. */
  awareness: { capacity: number; perSecond: number };
}

/** Typing sends ~5-10 updates a second; a client resends its pending updates merged into one. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  updates: { capacity: 200, perSecond: 50 },
  awareness: { capacity: 200, perSecond: 60 },
};
