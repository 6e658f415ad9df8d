import crypto from 'node:crypto';

/** 256 bits from the OS CSPRNG, URL-safe: session tokens, CSRF tokens. */
export function randomToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** Keyed hash of a token, used as its database key so stored ids cannot be replayed as cookies. */
export function tokenDigest(secret: string, token: string): string {
  return crypto.createHmac('sha256', secret).update(token).digest('base64url');
}

/** Constant-time comparison of two strings (different lengths compare false without a timing signal on content). */
export function sameSecret(a: string, b: string): boolean {
  const left = crypto.createHash('sha256').update(a).digest();
  const right = crypto.createHash('sha256').update(b).digest();
  return crypto.timingSafeEqual(left, right);
}
