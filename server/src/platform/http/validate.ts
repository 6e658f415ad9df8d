import type { z } from 'zod';
import type { ApiFieldIssue } from '@keha/shared';
import { ValidationError } from '../errors.js';

/** Parses input with a shared zod schema; failures become a 400 listing every failing field. */
export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const details: ApiFieldIssue[] = result.error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: base ? `${base}.${key}` : key, message: 'Unknown field.' }));
    }
    return [{ path: base || '(body)', message: issue.message }];
  });
  throw new ValidationError(details);
}
