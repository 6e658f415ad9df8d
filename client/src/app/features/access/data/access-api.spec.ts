import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { AccessApi } from './access-api';

describe('AccessApi', () => {
  let api: AccessApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AccessApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('POSTs the reason and kind to /children/:id/access', () => {
    api.requestAccess('c1', { reason: 'Emergency placement tonight', kind: 'break_glass' }).subscribe();
    const req = http.expectOne('/api/v1/children/c1/access');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ reason: 'Emergency placement tonight', kind: 'break_glass' });
  });

  it('GETs the access log for a period', () => {
    api.accessLog('c1', { from: '2026-01-01', to: '2026-06-30' }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/children/c1/access-log');
    expect(req.request.params.get('from')).toBe('2026-01-01');
    expect(req.request.params.get('to')).toBe('2026-06-30');
    req.flush({ childId: 'c1', entries: [] });
  });

  it('leaves open ends out of the query', () => {
    api.accessLog('c1', {}).subscribe();
    expect(http.expectOne('/api/v1/children/c1/access-log').request.params.keys()).toEqual([]);
  });

  it('builds the CSV and PDF download addresses with the language', () => {
    expect(api.accessLogFileUrl('c1', { from: '2026-01-01' }, 'csv', 'sv')).toBe(
      '/api/v1/children/c1/access-log?from=2026-01-01&format=csv&lang=sv',
    );
    expect(api.accessLogFileUrl('c1', {}, 'pdf', 'fi')).toBe('/api/v1/children/c1/access-log?format=pdf&lang=fi');
  });

  it('lists pending reviews and records a decision', () => {
    let count = 0;
    api.pendingReviews().subscribe((items) => (count = items.length));
    http.expectOne('/api/v1/access-reviews').flush({ items: [{ id: 'r1' }, { id: 'r2' }] });
    expect(count).toBe(2);
    api.decideReview('r1', { outcome: 'appropriate', note: '' }).subscribe();
    const req = http.expectOne('/api/v1/access-reviews/r1');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ outcome: 'appropriate', note: '' });
  });
});
