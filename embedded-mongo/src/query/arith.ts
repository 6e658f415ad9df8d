/**
 * $inc / $mul with MongoDB's numeric type rules: int32 op int32 -> int32 (int64 on overflow),
 * int64 wins over int32, double wins over integers, decimal wins over everything.
 */
import { Decimal128 } from 'bson';
import { box, boxedType, isLong } from '../bson/values.js';
import { CommandError } from '../commands/errors.js';

type NumKind = 'int' | 'long' | 'double' | 'decimal';

function kindOf(v: unknown): NumKind | undefined {
  if (typeof v === 'number')
    return Number.isInteger(v) && v >= -0x80000000 && v <= 0x7fffffff ? 'int' : 'double';
  const boxed = boxedType(v);
  if (boxed) return boxed;
  if (isLong(v)) return 'long';
  if (v instanceof Decimal128) return 'decimal';
  return undefined;
}

function valueOf(v: unknown): number {
  if (typeof v === 'number') return v;
  if (v instanceof Number) return v.valueOf();
  if (isLong(v)) return v.toNumber();
  return Number((v as Decimal128).toString());
}

const RANK: Record<NumKind, number> = { int: 0, long: 1, double: 2, decimal: 3 };

function make(value: number, kind: NumKind): unknown {
  switch (kind) {
    case 'int':
      if (value >= -0x80000000 && value <= 0x7fffffff) return value;
      return box(value, 'long');
    case 'long':
      return box(value, 'long');
    case 'double':
      return Number.isInteger(value) ? box(value, 'double') : value;
    case 'decimal':
      return Decimal128.fromString(String(value));
  }
}

export function arith(op: '$inc' | '$mul', current: unknown, operand: unknown, field: string): unknown {
  const operandKind = kindOf(operand);
  if (!operandKind) {
    throw new CommandError(
      14,
      `Cannot ${op === '$inc' ? 'increment' : 'multiply'} with non-numeric argument: {${field}: ${String(operand)}}`,
      'TypeMismatch',
    );
  }
  if (current === undefined)
    return op === '$inc' ? make(valueOf(operand), operandKind) : make(0, operandKind);
  const currentKind = kindOf(current);
  if (!currentKind) {
    throw new CommandError(
      14,
      `Cannot apply ${op} to a value of non-numeric type. The field '${field}' has a non-numeric value`,
      'TypeMismatch',
    );
  }
  const kind = RANK[currentKind] >= RANK[operandKind] ? currentKind : operandKind;
  const a = valueOf(current);
  const b = valueOf(operand);
  return make(op === '$inc' ? a + b : a * b, kind);
}
