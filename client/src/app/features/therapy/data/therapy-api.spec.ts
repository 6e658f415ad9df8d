import { HttpContext, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { SKIP_ERROR_NOTIFICATION } from '../../../core/http/http-error.interceptor';
import { therapyPlan, therapySession } from '../testing/therapy-fixture';
import { TherapyApi } from './therapy-api';

describe('TherapyApi', () => {
  let api: TherapyApi;
  let http: HttpTestingController;
  const quiet = (context: HttpContext) => context.get(SKIP_ERROR_NOTIFICATION);

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(TherapyApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it("lists the caller's team plans and reminders, unwrapping the items", () => {
    let plans: unknown;
    let reminders: unknown;
    api.myPlans().subscribe((items) => (plans = items));
    api.myReminders().subscribe((items) => (reminders = items));
    http.expectOne('/api/v1/me/therapy-plans').flush({ items: [therapyPlan()] });
    http.expectOne('/api/v1/me/therapy-reminders').flush({ items: [] });
    expect(plans).toEqual([therapyPlan()]);
    expect(reminders).toEqual([]);
  });

  it("reads a child's plans and reminders by query, quietly (the child page explains)", () => {
    api.childPlans('c1').subscribe();
    api.childReminders('c1').subscribe();
    const plans = http.expectOne((r) => r.url === '/api/v1/therapy-plans' && r.params.get('childId') === 'c1');
    const reminders = http.expectOne(
      (r) => r.url === '/api/v1/therapy-plans/reminders' && r.params.get('childId') === 'c1',
    );
    expect(quiet(plans.request.context)).toBeTrue();
    expect(quiet(reminders.request.context)).toBeTrue();
    plans.flush({ items: [] });
    reminders.flush({ items: [] });
  });

  it('writes the next version with its base version and moves the status', () => {
    const plan = therapyPlan();
    api.update('p1', { baseVersion: 2, plan: { ...plan } as never }).subscribe();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/therapy-plans/p1' });
    expect(put.request.body.baseVersion).toBe(2);
    expect(quiet(put.request.context)).toBeTrue();
    put.flush(plan);

    api.transition('p1', 2, 'active', '  ').subscribe();
    const status = http.expectOne({ method: 'POST', url: '/api/v1/therapy-plans/p1/status' });
    expect(status.request.body).toEqual({ baseVersion: 2, to: 'active' });
    status.flush(plan);
    api.transition('p1', 3, 'under_review', 'Puolen vuoden arvio').subscribe();
    expect(
      http.expectOne('/api/v1/therapy-plans/p1/status').request.body,
    ).toEqual({ baseVersion: 3, to: 'under_review', note: 'Puolen vuoden arvio' });
  });

  it('logs sessions, records measurements and reads the per-respondent series', () => {
    api.addSession('p1', { date: '2026-09-08', attendees: [{ name: 'Katja' }], summary: 'Hyvä' }).subscribe();
    http.expectOne({ method: 'POST', url: '/api/v1/therapy-plans/p1/sessions' }).flush(therapySession());
    api.series('p1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/therapy-plans/p1/measurements/series' }).flush({
      planId: 'p1',
      respondents: [],
    });
    api.addComment('p1', 'Hyvä suunnitelma').subscribe();
    expect(http.expectOne('/api/v1/therapy-plans/p1/comments').request.body).toEqual({
      text: 'Hyvä suunnitelma',
    });
  });

  it('builds the PDF address with the kind and the language', () => {
    expect(api.exportUrl('p1', 'progress', 'sv')).toBe('/api/v1/therapy-plans/p1/export?kind=progress&lang=sv');
  });
});
