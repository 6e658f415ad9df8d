import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs; secrets and session material never reach them. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'keha' },
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]', '*.password'],
      censor: '[redacted]',
    },
  });
}
