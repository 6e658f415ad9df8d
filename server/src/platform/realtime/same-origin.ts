import type { IncomingMessage } from 'node:http';

/**
 * True when the request has no Origin (non-browser clients, which carry no ambient cookie anyway) or
 * an Origin whose host is the Host the request was sent to. Browsers always send Origin on
 * WebSocket and cross-origin requests, so a page on another site is refused.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  // Behind a proxy that rewrites Host, the public host is in X-Forwarded-Host. A page cannot set
  // either header on a browser's WebSocket handshake, so accepting both gives an attacker nothing.
  const forwarded = req.headers['x-forwarded-host'];
  const hosts = [
    req.headers.host,
    typeof forwarded === 'string' ? forwarded.split(',')[0]!.trim() : undefined,
  ];
  try {
    const originHost = new URL(origin).host;
    return hosts.some((host) => host === originHost);
  } catch {
    return false;
  }
}
