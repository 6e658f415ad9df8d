import crypto from 'node:crypto';

/** No 0/o, 1/l/i: codes are read off paper. 12 characters of 31 symbols is about 59 bits. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_COUNT = 10;

/** Ten one-time codes like `k7pq-2xmv-9tna`, shown once; only their hashes are stored. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: 12 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

/**
 * A plain SHA-256 is enough here, unlike for passwords: the codes are random with ~59 bits, so there
 * is no dictionary to try. Case, spaces and dashes are ignored when the user types one.
 */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[\s-]/g, '');
  return crypto.createHash('sha256').update(normalised).digest('base64url');
}
