import { HttpClient, HttpContext, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ErrorNotifier } from './error-notifier';
import { SKIP_ERROR_NOTIFICATION, httpErrorInterceptor } from './http-error.interceptor';

describe('httpErrorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let notifier: jasmine.SpyObj<ErrorNotifier>;

  beforeEach(() => {
    notifier = jasmine.createSpyObj<ErrorNotifier>('ErrorNotifier', ['notify']);
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([httpErrorInterceptor])),
        provideHttpClientTesting(),
        { provide: ErrorNotifier, useValue: notifier },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('passes successful responses through untouched', () => {
    let body: unknown;
    http.get('/api/things').subscribe((b) => (body = b));
    backend.expectOne('/api/things').flush({ ok: true });
    expect(body).toEqual({ ok: true });
    expect(notifier.notify).not.toHaveBeenCalled();
  });

  it('reports a network failure as "cannot reach the server" and rethrows', () => {
    let status: number | undefined;
    http.get('/api/things').subscribe({ error: (e: { status: number }) => (status = e.status) });
    backend.expectOne('/api/things').error(new ProgressEvent('error'), { status: 0 });
    expect(notifier.notify).toHaveBeenCalledOnceWith({ key: 'errors.network' });
    expect(status).toBe(0);
  });

  it('reports the server error code with its message as fallback', () => {
    let failed = false;
    http.get('/api/things').subscribe({ error: () => (failed = true) });
    backend
      .expectOne('/api/things')
      .flush(
        { error: { code: 'validation_failed', message: 'Invalid input', details: [{ path: 'name' }] } },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(notifier.notify).toHaveBeenCalledOnceWith({
      key: 'errors.codes.validation_failed',
      serverMessage: 'Invalid input',
    });
    expect(failed).toBeTrue();
  });

  it('falls back to a message by status when the body is not the error format', () => {
    http.get('/api/things').subscribe({ error: () => undefined });
    backend.expectOne('/api/things').flush('<html>oops</html>', { status: 502, statusText: 'Bad Gateway' });
    expect(notifier.notify).toHaveBeenCalledOnceWith({ key: 'errors.server' });
  });

  it('stays quiet when the caller reports failures itself', () => {
    const context = new HttpContext().set(SKIP_ERROR_NOTIFICATION, true);
    http.get('/api/things', { context }).subscribe({ error: () => undefined });
    backend.expectOne('/api/things').error(new ProgressEvent('error'), { status: 0 });
    expect(notifier.notify).not.toHaveBeenCalled();
  });
});
