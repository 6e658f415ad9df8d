import { fromBase64, toBase64 } from './base64';

describe('base64 payloads', () => {
  it('round-trips every byte value and a payload larger than one chunk', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(toBase64(all)).toBe(btoa(String.fromCharCode(...all)));
    expect([...fromBase64(toBase64(all))]).toEqual([...all]);
    const big = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(big))).toEqual(big);
  });

  it('encodes the empty update as empty text', () => {
    expect(toBase64(new Uint8Array(0))).toBe('');
    expect(fromBase64('').length).toBe(0);
  });
});
