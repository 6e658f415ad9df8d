import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ErrorNotifier } from '../../../core/http/error-notifier';
import { httpErrorInterceptor } from '../../../core/http/http-error.interceptor';
import { healthStatus } from '../testing/health-status.fixture';
import { HealthApi } from './health-api';
import { HealthStatus } from './health.model';

describe('HealthApi', () => {
  let api: HealthApi;
  let http: HttpTestingController;
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
    api = TestBed.inject(HealthApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('GETs /api/health', () => {
    let result: HealthStatus | undefined;
    api.getStatus().subscribe((status) => (result = status));
    const req = http.expectOne('/api/health');
    expect(req.request.method).toBe('GET');
    req.flush(healthStatus());
    expect(result).toEqual(healthStatus());
  });

  it('treats a 503 with a health body as a degraded status, not an error', () => {
    const degraded = healthStatus({ status: 'degraded', database: { status: 'down', engine: 'external' } });
    let result: HealthStatus | undefined;
    api.getStatus().subscribe((status) => (result = status));
    http.expectOne('/api/health').flush(degraded, { status: 503, statusText: 'Service Unavailable' });
    expect(result).toEqual(degraded);
    expect(notifier.notify).not.toHaveBeenCalled();
  });

  it('errors on a network failure without a global snackbar (the card reports it)', () => {
    let failed = false;
    api.getStatus().subscribe({ error: () => (failed = true) });
    http.expectOne('/api/health').error(new ProgressEvent('error'), { status: 0 });
    expect(failed).toBeTrue();
    expect(notifier.notify).not.toHaveBeenCalled();
  });

  it('errors on a 503 without a health body', () => {
    let failed = false;
    api.getStatus().subscribe({ error: () => (failed = true) });
    http.expectOne('/api/health').flush('upstream down', { status: 503, statusText: 'Service Unavailable' });
    expect(failed).toBeTrue();
  });
});
