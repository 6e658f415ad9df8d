import { Binary, Decimal128, Long, MaxKey, MinKey, ObjectId, Timestamp } from 'bson';
import { canonicalKey, compareValues } from './compare.js';
import { box, toPlain, toWire, normalizeValue, hasTypedValues } from './values.js';
import { Double, Int32 } from 'bson';

describe('BSON comparison', () => {
  it('orders values by MongoDB type brackets', () => {
    const ordered = [new MinKey(), null, 1, 'a', { a: 1 }, [1], new Binary(Buffer.from('x')), new ObjectId(), false, new Date(0), new Timestamp({ t: 1, i: 1 }), /x/, new MaxKey()];
    for (let i = 0; i < ordered.length - 1; i++) {
      expect(compareValues(ordered[i], ordered[i + 1])).withContext(`index ${i}`).toBeLessThan(0);
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
    const doc = normalizeValue({ i: new Int32(1), d: new Double(2), f: new Double(2.5), l: Long.fromNumber(3) }) as Record<string, unknown>;
    expect(doc.i).toBe(1);
    expect(doc.f).toBe(2.5);
    expect(hasTypedValues(doc)).toBeTrue();
    expect(toPlain(doc)).toEqual({ i: 1, d: 2, f: 2.5, l: 3 });
    const wire = toWire(doc) as Record<string, unknown>;
    expect(wire.d).toEqual(new Double(2));
    expect(wire.l).toEqual(Long.fromNumber(3));
  });
});
