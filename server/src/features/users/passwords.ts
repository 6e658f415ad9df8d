import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords.js';

/** OWASP's argon2id baseline (19 MiB, 2 iterations, 1 lane). */
const ARGON2_OPTIONS = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, unusable with isolatedModules */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const MIN_PASSWORD_LENGTH = 12;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/** The reason a password is refused, or null when it is acceptable (NIST SP 800-63B §5.1.1.2). */
export function passwordProblem(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH)
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > 256) return 'The password must be at most 256 characters.';
  if (isCommonPassword(password)) return 'This password is too common. Choose a less predictable one.';
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    return 'The password must not contain the username.';
  return null;
}
