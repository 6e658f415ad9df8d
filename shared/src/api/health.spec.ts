import { healthStatusSchema } from './health.js';

describe('health status schema', () => {
  it('accepts the documented shape and rejects unknown database states', () => {
    const ok = {
      status: 'ok',
      version: '0.1.0',
      uptimeSeconds: 3,
      time: new Date().toISOString(),
      database: { status: 'up', engine: 'embedded' },
    };
    expect(healthStatusSchema.safeParse(ok).success).toBeTrue();
    expect(
      healthStatusSchema.safeParse({ ...ok, database: { status: 'maybe', engine: 'embedded' } }).success,
    ).toBeFalse();
  });
});
