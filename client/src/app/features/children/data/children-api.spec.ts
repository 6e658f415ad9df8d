import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { ChildrenApi } from './children-api';

describe('ChildrenApi', () => {
  let api: ChildrenApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ChildrenApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('searches children by name or identity code with status and paging', () => {
    api.list({ q: ' Aino ', status: 'client', page: 2, pageSize: 25 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/children');
    expect(req.request.params.get('q')).toBe('Aino');
    expect(req.request.params.get('status')).toBe('client');
    expect(req.request.params.get('page')).toBe('2');
    expect(req.request.params.get('pageSize')).toBe('25');
    req.flush({ items: [], page: 2, pageSize: 25, total: 0 });
  });

  it('leaves a search shorter than two characters out (the server would refuse it)', () => {
    api.list({ q: 'A', page: 1, pageSize: 25 }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/children');
    expect(req.request.params.keys().sort()).toEqual(['page', 'pageSize']);
  });

  it('GETs the picture quietly: the page handles break-the-glass itself', () => {
    api.picture('c 1').subscribe();
    const req = http.expectOne('/api/v1/children/c%201/picture');
    expect(req.request.context.get(SKIP_ERROR_NOTIFICATION)).toBeTrue();
  });

  it('pages the timeline by cursor and kinds', () => {
    let next: string | null = 'x';
    api.timeline('c1', { kinds: ['event', 'task'], before: 'cur-50', limit: 50 }).subscribe((r) => (next = r.nextCursor));
    const req = http.expectOne((r) => r.url === '/api/v1/children/c1/timeline');
    expect(req.request.params.get('kinds')).toBe('event,task');
    expect(req.request.params.get('before')).toBe('cur-50');
    expect(req.request.params.get('limit')).toBe('50');
    req.flush({ items: [], nextCursor: null });
    expect(next).toBeNull();
  });

  it('asks the first timeline page without a cursor', () => {
    api.timeline('c1', { kinds: ['event'] }).subscribe();
    const req = http.expectOne((r) => r.url === '/api/v1/children/c1/timeline');
    expect(req.request.params.has('before')).toBeFalse();
  });

  it('POSTs events, corrections, child views, safety scores and tasks to their collections', () => {
    const event = { type: 'urgency_assessed' as const, date: '2026-11-20', details: { urgency: 'urgent' as const } };
    api.createEvent('c1', event).subscribe();
    api.correctEvent('c1', 'e1', { event: { ...event, details: { urgency: 'immediate' }, links: [] }, reason: 'Typo' }).subscribe();
    api.createChildView('c1', { date: '2026-11-20', method: 'written', words: 'I want to stay.' }).subscribe();
    api.createSafetyScore('c1', { date: '2026-11-20', participant: 'Mother', score: 4 }).subscribe();
    api.createTask('c1', { title: 'Call school', ownerId: 'a'.repeat(24), dueDate: '2026-12-01' }).subscribe();
    for (const url of ['events', 'events/e1/corrections', 'child-views', 'safety-scores', 'tasks']) {
      const req = http.expectOne(`/api/v1/children/c1/${url}`);
      expect(req.request.method).withContext(url).toBe('POST');
      expect(req.request.context.get(SKIP_ERROR_NOTIFICATION)).withContext(url).toBeTrue();
    }
  });

  it('unwraps the {items} lists', () => {
    const seen: number[] = [];
    api.deadlines('c1').subscribe((d) => seen.push(d.length));
    api.plans('c1').subscribe((d) => seen.push(d.length));
    api.tasks('c1').subscribe((d) => seen.push(d.length));
    http.expectOne('/api/v1/children/c1/deadlines').flush({ items: [{}] });
    http.expectOne('/api/v1/children/c1/plans').flush({ items: [{}, {}] });
    http.expectOne('/api/v1/children/c1/tasks').flush({ items: [] });
    expect(seen).toEqual([1, 2, 0]);
  });

  it('PATCHes a task and GETs my work', () => {
    api.updateTask('t1', { status: 'done' }).subscribe();
    const patch = http.expectOne('/api/v1/tasks/t1');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ status: 'done' });
    api.myWork().subscribe();
    expect(http.expectOne('/api/v1/me/work').request.method).toBe('GET');
  });

  it('asks who may decide a care order for the child', () => {
    let names: string[] = [];
    api.decisionMakers('c1', 'care_order_decided').subscribe((items) => (names = items.map((i) => i.displayName)));
    const req = http.expectOne((r) => r.url === '/api/v1/children/c1/decision-makers');
    expect(req.request.params.get('type')).toBe('care_order_decided');
    req.flush({ items: [{ id: 'u9', displayName: 'Johanna' }] });
    expect(names).toEqual(['Johanna']);
  });
});
