import { USER_COLORS, userColor } from './structured-entries';

/** WCAG relative luminance of a #rrggbb colour. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

describe('user colours (carets, presence)', () => {
  it('each keeps white caret labels readable (WCAG AA, 4.5:1)', () => {
    for (const color of USER_COLORS)
      expect(1.05 / (luminance(color) + 0.05))
        .withContext(color)
        .toBeGreaterThanOrEqual(4.5);
  });

  it('gives a user the same 6-digit colour every time', () => {
    expect(userColor('665e99000000000000000001')).toBe(userColor('665e99000000000000000001'));
    expect(userColor('u-anna')).toMatch(/^#[0-9a-f]{6}$/);
  });
});
