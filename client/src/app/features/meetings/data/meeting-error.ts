import { HttpErrorResponse } from '@angular/common/http';

/** One field the server refused (a 400): its path in the request body, and the server's message. */
export interface FieldIssue {
  path: string;
  message: string;
}

/** A translation key for a failed request, and the server's field issues for a 400. */
export function meetingError(err: unknown): { error: string; issues: FieldIssue[] } {
  if (!(err instanceof HttpErrorResponse)) return { error: 'meetings.errors.unexpected', issues: [] };
  const issues = Array.isArray(err.error?.issues)
    ? (err.error.issues as { path?: string; message?: string }[]).map((i) => ({
        path: i.path ?? '',
        message: i.message ?? '',
      }))
    : [];
  const byStatus: Record<number, string> = {
    0: 'meetings.errors.offline',
    400: 'meetings.errors.invalid',
    403: 'meetings.errors.forbidden',
    404: 'meetings.errors.notFound',
    409: 'meetings.errors.conflict',
  };
  return { error: byStatus[err.status] ?? 'meetings.errors.unexpected', issues };
}
