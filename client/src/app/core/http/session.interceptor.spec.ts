import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { IdleTimeout } from '../session/idle-timeout';
import { SessionEvents } from '../session/session-events';
import { sessionInterceptor } from './session.interceptor';

describe('sessionInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let idle: { active: boolean; touch: jasmine.Spy; observeServerTime: jasmine.Spy };
  let expired: number;

  beforeEach(() => {
    idle = {
      active: true,
      touch: jasmine.createSpy('touch'),
      observeServerTime: jasmine.createSpy('observeServerTime'),
    };
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionInterceptor])),
        provideHttpClientTesting(),
        { provide: IdleTimeout, useValue: idle },
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    expired = 0;
    TestBed.inject(SessionEvents).expired$.subscribe(() => expired++);
  });

  afterEach(() => backend.verify());

  it('counts every answered API request as activity', () => {
    http.get('/api/v1/things').subscribe();
    backend.expectOne('/api/v1/things').flush([]);
    http.get('/api/v1/things').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/things').flush(null, { status: 404, statusText: 'Not Found' });
    expect(idle.touch).toHaveBeenCalledTimes(2);
    expect(expired).toBe(0);
  });

  it('ignores requests outside the API and failures without an answer', () => {
    http.get('/i18n/fi.json').subscribe();
    backend.expectOne('/i18n/fi.json').flush({});
    http.get('/api/v1/things').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/things').error(new ProgressEvent('error'), { status: 0 });
    expect(idle.touch).not.toHaveBeenCalled();
  });

  it('reports an ended session on 401 session_expired while signed in', () => {
    http.get('/api/v1/things').subscribe({ error: () => undefined });
    backend
      .expectOne('/api/v1/things')
      .flush(
        { error: { code: 'session_expired', message: 'x' } },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(expired).toBe(1);
  });

  it('does not report a 401 while signed out (the start-up check, a failed login)', () => {
    idle.active = false;
    http.get('/api/v1/auth/me').subscribe({ error: () => undefined });
    backend.expectOne('/api/v1/auth/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    expect(expired).toBe(0);
  });

  it('does not treat mfa_required as an ended session', () => {
    http.post('/api/v1/x', {}).subscribe({ error: () => undefined });
    backend
      .expectOne('/api/v1/x')
      .flush({ error: { code: 'mfa_required', message: 'x' } }, { status: 401, statusText: 'Unauthorized' });
    expect(expired).toBe(0);
  });

  it("passes the server's clock on from the Date header", () => {
    http.get('/api/v1/things').subscribe();
    backend.expectOne('/api/v1/things').flush([], { headers: { date: 'Sun, 22 Nov 2026 21:00:00 GMT' } });
    expect(idle.observeServerTime).toHaveBeenCalledOnceWith(Date.parse('2026-11-22T21:00:00Z'));
  });
});
