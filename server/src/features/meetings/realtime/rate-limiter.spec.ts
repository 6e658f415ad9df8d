import { TokenBucket } from './rate-limiter.js';

describe('TokenBucket (per-socket flood limit)', () => {
  it('allows a burst up to its capacity, then refuses until time refills it at the steady rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 400; // 0.8 tokens
    expect(bucket.take()).toBeFalse();
    now += 100; // 0.8 + 0.2 = 1 token
    expect(bucket.take()).toBeTrue();
    now += 60_000;
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
  });

  it('charges a cost in tokens', () => {
    const bucket = new TokenBucket(10, 1, () => 0);
    expect(bucket.take(8)).toBeTrue();
    expect(bucket.take(3)).toBeFalse();
    expect(bucket.take(2)).toBeTrue();
  });
});
