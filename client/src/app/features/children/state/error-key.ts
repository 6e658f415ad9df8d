import { HttpErrorResponse } from '@angular/common/http';

import { describeHttpError } from '../../../core/http/error-message';

/** The translation key a failure action carries. */
export function errorKey(err: unknown): string {
  return err instanceof HttpErrorResponse ? describeHttpError(err).key : 'errors.unexpected';
}
