import fi from '../../../../public/i18n/fi.json';

/** The server's error codes (shared/src/api/errors.ts); each needs wording so users never see a raw code. */
const SERVER_ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'payload_too_large',
  'unauthenticated',
  'session_expired',
  'mfa_required',
  'account_locked',
  'csrf_failed',
  'break_glass_required',
  'forbidden',
  'not_found',
  'conflict',
  'caseload_cap_reached',
  'rate_limited',
  'unavailable',
  'internal',
];

describe('error code translations', () => {
  it('word every server error code', () => {
    expect(Object.keys(fi.errors.codes).sort()).toEqual([...SERVER_ERROR_CODES].sort());
  });
});
