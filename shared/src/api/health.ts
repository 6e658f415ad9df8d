import { z } from 'zod';

export const healthStatusSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  uptimeSeconds: z.number().nonnegative(),
  time: z.string(),
  database: z.object({
    status: z.enum(['up', 'down']),
    engine: z.enum(['embedded', 'external']),
  }),
});

/** `GET /api/health`: 200 when everything is up, 503 with the same body when degraded. */
export type HealthStatus = z.infer<typeof healthStatusSchema>;
