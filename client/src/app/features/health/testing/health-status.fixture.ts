import { HealthStatus } from '../data/health.model';

export function healthStatus(overrides: Partial<HealthStatus> = {}): HealthStatus {
  return {
    status: 'ok',
    version: '0.1.0',
    uptimeSeconds: 3725,
    time: '2026-11-22T20:00:00.000Z',
    database: { status: 'up', engine: 'embedded' },
    ...overrides,
  };
}
