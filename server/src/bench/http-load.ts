/**
 * Signs in like the SPA does, and a closed-loop load generator: `connections` keep-alive connections,
 * each sending its next request as soon as the previous answer has been read in full. Every latency is
 * kept, so the percentiles are exact (autocannon reports p97.5, not p95).
 */
import http from 'node:http';
import { CSRF_HEADER } from '@keha/shared';

export interface Session {
  headers: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Mean response size in bytes (as sent: gzip when the server compressed). */
  meanBytes: number;
}

interface Answer {
  status: number;
  body: Buffer;
  cookies: string[];
}

function request(
  agent: http.Agent | undefined,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { agent, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks),
            cookies: res.headers['set-cookie'] ?? [],
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const sessionCookie = (cookies: string[]): string | undefined =>
  cookies.map((c) => /^keha\.sid=([^;]+)/.exec(c)?.[1]).find(Boolean);

/** GET /auth/csrf, then POST /auth/login with the token header; the session is the keha.sid cookie. */
export async function signIn(base: string, username: string, password: string): Promise<Session> {
  const csrf = await request(undefined, `${base}/api/v1/auth/csrf`);
  const token = (JSON.parse(csrf.body.toString()) as { token: string }).token;
  const login = await request(undefined, `${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `keha.sid=${sessionCookie(csrf.cookies)}`,
      [CSRF_HEADER]: token,
    },
    body: JSON.stringify({ username, password }),
  });
  const sid = sessionCookie(login.cookies);
  if (login.status !== 200 || !sid) throw new Error(`sign-in of ${username}: ${login.status} ${login.body}`);
  return {
    headers: {
      cookie: `keha.sid=${sid}`,
      [CSRF_HEADER]: token,
      accept: 'application/json',
      'accept-encoding': 'gzip',
    },
  };
}

/** One authenticated GET, parsed (for setting up the run, not measured). */
export async function getJson<T>(base: string, session: Session, path: string): Promise<T> {
  const headers = { ...session.headers, 'accept-encoding': 'identity' };
  const res = await request(undefined, base + path, { headers });
  if (res.status !== 200) throw new Error(`GET ${path}: ${res.status} ${res.body}`);
  return JSON.parse(res.body.toString()) as T;
}

/** Nearest-rank percentile of sorted values. */
export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

export async function runLoad(options: {
  base: string;
  /** Omitted for a server without sign-in (the floor bench): no headers are sent. */
  session?: Session;
  paths: readonly string[];
  connections: number;
  durationMs: number;
}): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      const path = options.paths[next++ % options.paths.length]!;
      const t = performance.now();
      try {
        const res = await request(agent, options.base + path, { headers: options.session?.headers });
        if (res.status !== 200) errors++;
        bytes += res.body.length;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsed = performance.now() - started;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    perSecond: (latencies.length * 1000) / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    meanBytes: latencies.length ? bytes / latencies.length : 0,
  };
}
