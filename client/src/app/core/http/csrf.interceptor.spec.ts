import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { csrfInterceptor } from './csrf.interceptor';

describe('csrfInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  const csrfFailed = { error: { code: 'csrf_failed', message: 'Bad token' } };

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([csrfInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('fetches the token once and sends it on state-changing API requests', () => {
    http.post('/api/v1/things', {}).subscribe();
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 't1' });
    const first = backend.expectOne('/api/v1/things');
    expect(first.request.headers.get('x-csrf-token')).toBe('t1');
    first.flush({});

    http.delete('/api/v1/things/1').subscribe();
    backend.expectNone('/api/v1/auth/csrf');
    expect(backend.expectOne('/api/v1/things/1').request.headers.get('x-csrf-token')).toBe('t1');
  });

  it('shares one token fetch between concurrent requests', () => {
    http.post('/api/v1/a', {}).subscribe();
    http.put('/api/v1/b', {}).subscribe();
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 't1' });
    expect(backend.expectOne('/api/v1/a').request.headers.get('x-csrf-token')).toBe('t1');
    expect(backend.expectOne('/api/v1/b').request.headers.get('x-csrf-token')).toBe('t1');
  });

  it('leaves reads and non-API requests alone', () => {
    http.get('/api/v1/things').subscribe();
    http.post('/elsewhere', {}).subscribe();
    expect(backend.expectOne('/api/v1/things').request.headers.has('x-csrf-token')).toBeFalse();
    expect(backend.expectOne('/elsewhere').request.headers.has('x-csrf-token')).toBeFalse();
  });

  it('fetches a new token and retries once after 403 csrf_failed', () => {
    let body: unknown;
    http.post('/api/v1/things', { a: 1 }).subscribe((b) => (body = b));
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 'stale' });
    backend.expectOne('/api/v1/things').flush(csrfFailed, { status: 403, statusText: 'Forbidden' });
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 'fresh' });
    const retry = backend.expectOne('/api/v1/things');
    expect(retry.request.headers.get('x-csrf-token')).toBe('fresh');
    expect(retry.request.body).toEqual({ a: 1 });
    retry.flush({ ok: true });
    expect(body).toEqual({ ok: true });
  });

  it('gives up after the one retry', () => {
    let status: number | undefined;
    http.post('/api/v1/things', {}).subscribe({ error: (e: { status: number }) => (status = e.status) });
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 'a' });
    backend.expectOne('/api/v1/things').flush(csrfFailed, { status: 403, statusText: 'Forbidden' });
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 'b' });
    backend.expectOne('/api/v1/things').flush(csrfFailed, { status: 403, statusText: 'Forbidden' });
    expect(status).toBe(403);
  });

  it('does not retry other refusals', () => {
    http.post('/api/v1/things', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 'a' });
    backend
      .expectOne('/api/v1/things')
      .flush({ error: { code: 'forbidden', message: 'No' } }, { status: 403, statusText: 'Forbidden' });
  });

  it('fetches a new token after login and logout (the session changed)', () => {
    http.post('/api/v1/auth/login', {}).subscribe();
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 'anonymous' });
    backend.expectOne('/api/v1/auth/login').flush({});
    http.post('/api/v1/things', {}).subscribe();
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 'signed-in' });
    expect(backend.expectOne('/api/v1/things').request.headers.get('x-csrf-token')).toBe('signed-in');
  });

  it('tries the token fetch again when it failed', () => {
    http.post('/api/v1/things', {}).subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/csrf').error(new ProgressEvent('error'), { status: 0 });
    backend.expectNone('/api/v1/things');
    http.post('/api/v1/things', {}).subscribe();
    backend.expectOne('/api/v1/auth/csrf').flush({ token: 't' });
    backend.expectOne('/api/v1/things').flush({});
  });
});
