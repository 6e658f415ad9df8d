/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY + century sign + individual number (3 digits)
 * + check character. The check character is (DDMMYY + individual number) mod 31 looked up in
 * CHECK_CHARACTERS. Demo and test data use individual numbers 900-999, the range reserved for
 * temporary identifiers, so a generated code can never belong to a real person (domain.md §5).
 */
const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';

const CENTURY_SIGNS: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

const FORMAT = /^(\d{2})(\d{2})(\d{2})([+\-YXWVUABCDEF])(\d{3})([0-9A-Y])$/;

export function identityCodeCheckCharacter(datePart: string, individualNumber: string): string {
  return CHECK_CHARACTERS[Number(datePart + individualNumber) % 31]!;
}

export interface IdentityCodeParts {
  birthDate: Date;
  individualNumber: number;
  synthetic: boolean;
}

/** Parses and validates a code; returns null when the format, date or check character is wrong. */
export function parseIdentityCode(code: string): IdentityCodeParts | null {
  const match = FORMAT.exec(code.trim().toUpperCase());
  if (!match) return null;
  const [, dd, mm, yy, sign, individual, check] = match as unknown as string[];
  const year = CENTURY_SIGNS[sign!]! + Number(yy);
  const birthDate = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  const realDate = birthDate.getUTCDate() === Number(dd) && birthDate.getUTCMonth() === Number(mm) - 1;
  if (!realDate || Number(individual) < 2) return null;
  if (identityCodeCheckCharacter(dd! + mm! + yy!, individual!) !== check) return null;
  return { birthDate, individualNumber: Number(individual), synthetic: Number(individual) >= 900 };
}

export function isValidIdentityCode(code: string): boolean {
  return parseIdentityCode(code) !== null;
}

/**
 * A synthetic code for `birthDate` with an individual number in 900-999.
 * `sequence` picks the individual number so that seeds are deterministic.
 */
export function syntheticIdentityCode(birthDate: Date, sequence: number): string {
  const dd = String(birthDate.getUTCDate()).padStart(2, '0');
  const mm = String(birthDate.getUTCMonth() + 1).padStart(2, '0');
  const year = birthDate.getUTCFullYear();
  const yy = String(year % 100).padStart(2, '0');
  const sign = year >= 2000 ? 'A' : year >= 1900 ? '-' : '+';
  const individual = String(900 + (Math.abs(Math.trunc(sequence)) % 100)).padStart(3, '0');
  return `${dd}${mm}${yy}${sign}${individual}${identityCodeCheckCharacter(dd + mm + yy, individual)}`;
}
