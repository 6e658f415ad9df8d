import { Binary, Decimal128, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { canonicalKey, compareValues } from './compare.js';
import { box, toPlain, toWire, normalizeValue, hasTypedValues } from './values.js';
import { Double, Int32 } from 'bson';

describe('BSON comparison', () => {
  it('orders values by MongoDB type brackets', () => {
    const ordered = [
      new MinKey(),
      null,
      1,
      'a',
      { a: 1 },
      [1],
      new Binary(Buffer.from('x')),
      new ObjectId(),
      false,
      new Date(0),
      new Timestamp({ t: 1, i: 1 }),
      /x/,
      new MaxKey(),
    ];
    for (let i = 0; i < ordered.length - 1; i++) {
      expect(compareValues(ordered[i], ordered[i + 1]))
        .withContext(`index ${i}`)
        .toBeLessThan(0);
      expect(compareValues(ordered[i + 1], ordered[i])).toBeGreaterThan(0);
    }
  });

  it('compares numbers across int, long, double and decimal', () => {
    expect(compareValues(5, box(5, 'double'))).toBe(0);
    expect(compareValues(Long.fromNumber(6), 5.5)).toBeGreaterThan(0);
    expect(compareValues(Decimal128.fromString('1.5'), 2)).toBeLessThan(0);
    expect(compareValues(NaN, -Infinity)).toBeLessThan(0);
  });

  it('treats null and missing alike and compares documents field by field', () => {
    expect(compareValues(null, undefined)).toBe(0);
    expect(compareValues({ a: 1, b: 2 }, { a: 1, b: 3 })).toBeLessThan(0);
    expect(compareValues({ a: 1 }, { a: 1, b: 0 })).toBeLessThan(0);
  });

  it('gives equal canonical keys exactly to equal values', () => {
    const id = new ObjectId();
    expect(canonicalKey(id)).toBe(canonicalKey(new ObjectId(id.toHexString())));
    expect(canonicalKey(5)).toBe(canonicalKey(box(5, 'long')));
    expect(canonicalKey('5')).not.toBe(canonicalKey(5));
    expect(canonicalKey({ a: 1 })).not.toBe(canonicalKey({ a: '1' }));
  });
});

describe('value representation', () => {
  it('boxes integral doubles and longs, restoring them for the wire', () => {
    const doc = normalizeValue({
      i: new Int32(1),
      d: new Double(2),
      f: new Double(2.5),
      l: Long.fromNumber(3),
    }) as Record<string, unknown>;
    expect(doc.i).toBe(1);
    expect(doc.f).toBe(2.5);
    expect(hasTypedValues(doc)).toBeTrue();
    expect(toPlain(doc)).toEqual({ i: 1, d: 2, f: 2.5, l: 3 });
    const wire = toWire(doc) as Record<string, unknown>;
    expect(wire.d).toEqual(new Double(2));
    expect(wire.l).toEqual(Long.fromNumber(3));
  });
});

describe('exact numeric comparison (Long beyond 2^53, Decimal128)', () => {
  it('orders and keys values a double cannot tell apart', async () => {
    const { Long, Decimal128 } = await import('bson');
    const { canonicalKey, compareValues } = await import('./compare.js');
    const big = Long.fromString('9007199254740993');
    const below = Long.fromString('9007199254740992');
    expect(compareValues(big, below)).toBe(1);
    expect(compareValues(below, 2 ** 53)).toBe(0);
    expect(compareValues(big, 2 ** 53)).toBe(1);
    expect(canonicalKey(big)).not.toBe(canonicalKey(below));
    expect(canonicalKey(below)).toBe(canonicalKey(2 ** 53));
    expect(canonicalKey(Long.fromString(String(2n ** 60n)))).toBe(canonicalKey(2 ** 60));
    const tenth = Decimal128.fromString('0.1');
    expect(compareValues(tenth, 0.1)).toBe(-1); // the double 0.1 is 0.1000000000000000055...
    expect(compareValues(tenth, Decimal128.fromString('0.10000000000000000555'))).toBe(-1);
    expect(canonicalKey(tenth)).not.toBe(canonicalKey(0.1));
    expect(canonicalKey(Decimal128.fromString('0.10'))).toBe(canonicalKey(tenth));
    expect(canonicalKey(Decimal128.fromString('0.5'))).toBe(canonicalKey(0.5));
    expect(canonicalKey(Decimal128.fromString('5.00'))).toBe(canonicalKey(5));
    expect(compareValues(Decimal128.fromString('-Infinity'), -1e308)).toBe(-1);
    expect(compareValues(Decimal128.fromString('NaN'), NaN)).toBe(0);
    expect(compareValues(Decimal128.fromString('NaN'), -Infinity)).toBe(-1);
    expect(compareValues(Decimal128.fromString('1E+400'), Infinity)).toBe(-1);
    expect(compareValues(Decimal128.fromString('-0'), 0)).toBe(0);
    expect(compareValues(Decimal128.fromString('1.5E-3'), 0.0015)).not.toBe(0);
    expect(compareValues(Decimal128.fromString('2.5E+3'), 2500)).toBe(0);
  });
});
