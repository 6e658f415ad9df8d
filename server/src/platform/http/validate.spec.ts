import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { parseInput } from './validate.js';

describe('parseInput', () => {
  const schema = z.strictObject({
    name: z.string().min(1),
    age: z.number().int(),
    address: z.strictObject({ city: z.string() }),
  });

  function failure(input: unknown): ValidationError {
    try {
      parseInput(schema, input);
    } catch (err) {
      return err as ValidationError;
    }
    throw new Error('expected a validation error');
  }

  it('returns the parsed value for valid input', () => {
    expect(parseInput(schema, { name: 'A', age: 3, address: { city: 'Oulu' } }).address.city).toBe('Oulu');
  });

  it('lists every failing field path: wrong types, missing fields and unknown fields', () => {
    const err = failure({ name: 5, extra: true, address: { city: 'Oulu', zip: '90100' } });
    expect(err.code).toBe('validation_failed');
    const paths = err.details!.map((d) => d.path).sort();
    expect(paths).toEqual(['address.zip', 'age', 'extra', 'name']);
    expect(err.details!.find((d) => d.path === 'extra')!.message).toBe('Unknown field.');
  });

  it('reports a non-object body as a problem with the body itself', () => {
    expect(failure('text').details![0]!.path).toBe('(body)');
  });
});
