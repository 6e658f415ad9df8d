import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The ~49,000 most common leaked passwords as shipped (and maintained) by zxcvbn-ts. Built once, on
 * first use, into a set of lower-case entries.
 */
let common: Set<string> | null = null;

function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common;
}

/**
 * True for a listed password, and for a listed one dressed up with the usual decorations: leading
 * or trailing digits and symbols (`Password2026!`) or a repetition (`qwertyqwerty`).
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  const core = lower.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  const halves = lower.length % 2 === 0 && lower.slice(0, lower.length / 2) === lower.slice(lower.length / 2);
  return (
    list.has(lower) ||
    (core.length >= 4 && list.has(core)) ||
    (halves && list.has(lower.slice(0, lower.length / 2)))
  );
}
