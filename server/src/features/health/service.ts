import type { HealthStatus } from '@keha/shared';
import type { Database } from '../../platform/db.js';

export class HealthService {
  private readonly startedAt = Date.now();

  constructor(
    private readonly database: Database,
    private readonly version: string,
  ) {}

  async status(): Promise<HealthStatus> {
    const databaseUp = await this.database.isUp();
    return {
      status: databaseUp ? 'ok' : 'degraded',
      version: this.version,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      time: new Date().toISOString(),
      database: { status: databaseUp ? 'up' : 'down', engine: this.database.engine },
    };
  }
}
