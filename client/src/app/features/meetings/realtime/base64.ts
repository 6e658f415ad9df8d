/**
 * The per-keystroke messages carry Yjs bytes as base64 text: one websocket frame each, where socket.io
 * sends an event with binary data as two (see the contract in shared/src/meetings). Updates are small,
 * so a plain loop is fast enough and works in every browser.
 */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}
