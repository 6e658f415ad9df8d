import { isValidIdentityCode, parseIdentityCode, syntheticIdentityCode } from './identity-code.js';

describe('Finnish identity codes', () => {
  it('accepts the textbook example with its check character', () => {
    // 131052-308T is the example the Digital and Population Data Services Agency publishes.
    expect(isValidIdentityCode('131052-308T')).toBeTrue();
    expect(parseIdentityCode('131052-308T')?.birthDate.toISOString()).toBe('1952-10-13T00:00:00.000Z');
  });

  it('rejects a wrong check character, an impossible date and a malformed code', () => {
    expect(isValidIdentityCode('131052-308U')).toBeFalse();
    expect(isValidIdentityCode('310252-308T')).toBeFalse();
    expect(isValidIdentityCode('1310523-08T')).toBeFalse();
    expect(isValidIdentityCode('')).toBeFalse();
  });

  it('understands the century signs introduced in 2023', () => {
    const code = syntheticIdentityCode(new Date(Date.UTC(2014, 1, 28)), 7);
    expect(code).toMatch(/^280214A907.$/);
    const yCode = code.replace('A', 'B');
    expect(parseIdentityCode(yCode)?.birthDate.getUTCFullYear()).toBe(2014);
  });

  it('generates only valid synthetic codes in the 900-999 range', () => {
    for (let i = 0; i < 500; i++) {
      const birth = new Date(Date.UTC(1940 + (i % 85), i % 12, 1 + (i % 28)));
      const parsed = parseIdentityCode(syntheticIdentityCode(birth, i));
      expect(parsed).not.toBeNull();
      expect(parsed!.synthetic).toBeTrue();
      expect(parsed!.birthDate.getTime()).toBe(birth.getTime());
    }
  });
});
