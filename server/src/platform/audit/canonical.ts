import { createHash } from 'node:crypto';

/**
 * A canonical serialisation for hashing: object keys sorted, dates as ISO strings, undefined
 * dropped. Two processes serialising the same event get the same bytes, and so the same hash.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(normalise(value));
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(normalise);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, normalise(v)]));
  }
  return value;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The first event of a partition links to this instead of to a previous event. */
export function genesisHash(partition: string): string {
  return sha256Hex(`keha-audit-genesis:${partition}`);
}
