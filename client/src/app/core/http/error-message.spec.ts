import { HttpErrorResponse } from '@angular/common/http';

import { describeHttpError } from './error-message';

describe('describeHttpError', () => {
  const cases: [number, string][] = [
    [401, 'errors.unauthorized'],
    [403, 'errors.forbidden'],
    [404, 'errors.notFound'],
    [500, 'errors.server'],
    [503, 'errors.server'],
    [409, 'errors.unexpected'],
  ];

  for (const [status, key] of cases) {
    it(`maps a bare ${status} to ${key}`, () => {
      expect(describeHttpError(new HttpErrorResponse({ status, error: null }))).toEqual({ key });
    });
  }

  it('prefers the error code of the server error format', () => {
    const err = new HttpErrorResponse({
      status: 403,
      error: { error: { code: 'forbidden', message: 'Not allowed' } },
    });
    expect(describeHttpError(err)).toEqual({ key: 'errors.codes.forbidden', serverMessage: 'Not allowed' });
  });
});
