import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { sessionInfo } from '../testing/session.fixture';
import { AuthApi } from './auth-api';

describe('AuthApi', () => {
  let api: AuthApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AuthApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('GETs the session from /api/v1/auth/me, quietly', () => {
    let result: unknown;
    api.me().subscribe((session) => (result = session));
    const req = http.expectOne('/api/v1/auth/me');
    expect(req.request.context.get(SKIP_ERROR_NOTIFICATION)).toBeTrue();
    req.flush(sessionInfo());
    expect(result).toEqual(sessionInfo());
  });

  it('POSTs the credentials to /api/v1/auth/login, quietly', () => {
    api.login({ username: 'maija', password: 'pw', totp: '123456' }).subscribe();
    const req = http.expectOne('/api/v1/auth/login');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ username: 'maija', password: 'pw', totp: '123456' });
    expect(req.request.context.get(SKIP_ERROR_NOTIFICATION)).toBeTrue();
    req.flush(sessionInfo());
  });

  it('POSTs an empty body to sign out here or everywhere', () => {
    api.logout().subscribe();
    api.logoutEverywhere().subscribe();
    expect(http.expectOne('/api/v1/auth/logout').request.body).toEqual({});
    expect(http.expectOne('/api/v1/auth/logout-all').request.body).toEqual({});
  });
});
