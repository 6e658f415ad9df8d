import { CSRF_HEADER } from '@keha/shared';
import { DEMO_PASSWORD } from '../seed/demo-organisation.js';
import type { TestServer } from './test-server.js';

export interface ApiResponse {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs assert on arbitrary shapes
  body: any;
  headers: Headers;
}

type Send = (path: string, body?: unknown) => Promise<ApiResponse>;

/**
 * An HTTP client for integration specs that behaves like the browser SPA: it keeps the session
 * cookie and sends the CSRF token on every request. Paths are relative to the server, e.g. `/api/v1/auth/me`.
 */
export class ApiClient {
  /** The `keha.sid` cookie value, or null before the server set one. */
  sessionToken: string | null = null;
  csrfToken: string | null = null;

  constructor(
    readonly server: Pick<TestServer, 'url'>,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  get: Send = (path) => this.request('GET', path);
  post: Send = (path, body) => this.request('POST', path, body);
  put: Send = (path, body) => this.request('PUT', path, body);
  patch: Send = (path, body) => this.request('PATCH', path, body);
  delete: Send = (path, body) => this.request('DELETE', path, body);

  /** Fetches the CSRF token of the current (possibly new, anonymous) session. */
  async fetchCsrfToken(): Promise<string> {
    const res = await this.get('/api/v1/auth/csrf');
    if (res.status !== 200) throw new Error(`GET /api/v1/auth/csrf answered ${res.status}`);
    this.csrfToken = res.body.token as string;
    return this.csrfToken;
  }

  async request(method: string, path: string, body?: unknown): Promise<ApiResponse> {
    const headers: Record<string, string> = { accept: 'application/json', ...this.extraHeaders };
    if (this.sessionToken) headers['cookie'] = `keha.sid=${this.sessionToken}`;
    if (this.csrfToken) headers[CSRF_HEADER] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.server.url + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    this.keepCookie(res.headers);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body: parsed, headers: res.headers };
  }

  private keepCookie(headers: Headers): void {
    for (const cookie of headers.getSetCookie()) {
      const match = /^keha\.sid=([^;]*)/.exec(cookie);
      if (match) this.sessionToken = match[1] || null;
    }
  }
}

/** A client with no session yet. */
export function anonymousClient(
  server: Pick<TestServer, 'url'>,
  headers: Record<string, string> = {},
): ApiClient {
  return new ApiClient(server, headers);
}

/** Signs in over real HTTP (CSRF token, then login) and returns the client holding the session. */
export async function signIn(
  server: Pick<TestServer, 'url'>,
  username: string,
  password = DEMO_PASSWORD,
  extra: { totp?: string; recoveryCode?: string } = {},
): Promise<ApiClient> {
  const client = new ApiClient(server);
  await client.fetchCsrfToken();
  const res = await client.post('/api/v1/auth/login', { username, password, ...extra });
  if (res.status !== 200) {
    throw new Error(`Sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return client;
}
