import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';

import { ChildListItem } from '../data/children.model';
import { ChildrenListPage, SEARCH_DEBOUNCE_MS } from './children-list-page';

describe('ChildrenListPage', () => {
  let fixture: ComponentFixture<ChildrenListPage>;
  let http: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const aino: ChildListItem = {
    id: 'c1',
    firstName: 'Aino',
    lastName: 'Virtanen',
    teamId: 't1',
    namedSocialWorkerId: 'u1',
    status: 'client',
    view: 'full',
    dateOfBirth: '2015-03-14',
    identityCode: '140315A998H',
  };
  const pending = () => http.match((r) => r.url === '/api/v1/children');
  const answer = (req: TestRequest, items: ChildListItem[] = [aino], total = items.length) =>
    req.flush({ items, page: Number(req.request.params.get('page')), pageSize: 25, total });
  const settle = async (ms = 0) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await fixture.whenStable();
  };
  const type = (value: string) => {
    const input = element().querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ChildrenListPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideTranslateService(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChildrenListPage);
    await settle();
  });

  afterEach(() => http.verify());

  it('lists the first page, each child a link to the picture', async () => {
    const [req] = pending();
    expect(req.request.params.get('page')).toBe('1');
    expect(req.request.params.has('q')).toBeFalse();
    answer(req);
    await settle();
    const link = element().querySelector<HTMLAnchorElement>('td a')!;
    expect(link.textContent).toContain('Virtanen, Aino');
    expect(link.getAttribute('href')).toBe('/children/c1');
    expect(element().textContent).toContain('140315A998H');
    expect(element().textContent).toContain('14.3.2015');
  });

  it('searches after a pause from two characters on, not on one', async () => {
    answer(pending()[0]);
    type('V');
    await settle(SEARCH_DEBOUNCE_MS + 50);
    expect(pending()).toEqual([]);
    expect(element().textContent).toContain('children.list.tooShort');
    type('Vi');
    type('Vir');
    await settle(SEARCH_DEBOUNCE_MS + 50);
    const requests = pending();
    expect(requests.length).toBe(1);
    expect(requests[0].request.params.get('q')).toBe('Vir');
    answer(requests[0]);
  });

  it('filters by status from the first page', async () => {
    answer(pending()[0], [aino], 60);
    await settle();
    fixture.componentInstance['page'].set({ index: 2, size: 25 });
    await settle();
    const [third] = pending();
    expect(third.request.params.get('page')).toBe('3');
    answer(third, [aino], 60);
    fixture.componentInstance['status'].set('placement');
    await settle();
    const [req] = pending();
    expect(req.request.params.get('status')).toBe('placement');
    expect(req.request.params.get('page')).toBe('1');
    answer(req, []);
    await settle();
    expect(element().textContent).toContain('children.list.empty');
  });
});
