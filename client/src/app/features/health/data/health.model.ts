/** Body of `GET /api/health` (HTTP 200 when ok, 503 with the same body when degraded). */
export interface HealthStatus {
  status: 'ok' | 'degraded';
  version: string;
  uptimeSeconds: number;
  time: string;
  database: {
    status: 'up' | 'down';
    engine: 'embedded' | 'external';
  };
}

export function isHealthStatus(body: unknown): body is HealthStatus {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Partial<HealthStatus>;
  return (
    (candidate.status === 'ok' || candidate.status === 'degraded') &&
    typeof candidate.version === 'string' &&
    typeof candidate.database === 'object' &&
    candidate.database !== null
  );
}
