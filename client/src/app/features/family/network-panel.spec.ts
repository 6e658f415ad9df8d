import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import en from '../../../../public/i18n/en.json';
import { NetworkMember } from './data/network.model';
import { NetworkPanel } from './network-panel';
import { clickButton, setValue, waitFor } from './testing/dom';

describe('NetworkPanel', () => {
  let fixture: ComponentFixture<NetworkPanel>;
  let http: HttpTestingController;
  const url = '/api/v1/children/c1/network';
  const element = () => fixture.nativeElement as HTMLElement;
  const teacher: NetworkMember = {
    id: 'm1',
    childId: 'c1',
    name: 'Opettaja Laine',
    role: 'class teacher',
    sector: 'school',
    closeness: 2,
    support: 'supportive',
  };
  const serve = async (members: NetworkMember[]) => {
    http.expectOne({ method: 'GET', url }).flush({ members });
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [NetworkPanel],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', en);
    translate.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(NetworkPanel);
    fixture.componentRef.setInput('childId', 'c1');
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('shows the map and the same people in a table', async () => {
    await serve([teacher]);
    expect(element().querySelector('svg.network-map g[data-member-id="m1"]')).not.toBeNull();
    const row = element().querySelector('tbody tr')!;
    expect(row.textContent).toContain('Opettaja Laine');
    expect(row.textContent).toContain('School and day care');
    expect(row.textContent).toContain('Close (middle ring)');
    expect(row.textContent).toContain('+ Supportive');
  });

  it('adds a person through the dialog and reads the map again', async () => {
    await serve([]);
    clickButton(element(), 'Add a person');
    const form = await waitFor(fixture, () => document.querySelector<HTMLElement>('app-member-dialog'));
    setValue(form, 'input[formcontrolname="name"]', 'Mummo');
    setValue(form, 'select[name="sector"]', 'relatives');
    setValue(form, 'select[formcontrolname="closeness"]', '0: 1');
    clickButton(form, 'Save');
    const post = http.expectOne({ method: 'POST', url });
    expect(post.request.body).toEqual({
      name: 'Mummo',
      sector: 'relatives',
      closeness: 1,
      support: 'supportive',
    });
    post.flush({ ...post.request.body, id: 'm2', childId: 'c1' });
    await waitFor(fixture, () => !document.querySelector('app-member-dialog'));
    await serve([teacher, { ...teacher, id: 'm2', name: 'Mummo', sector: 'relatives', closeness: 1 }]);
    expect(element().querySelectorAll('tbody tr').length).toBe(2);
    expect(element().textContent).toContain('Saved. The network map has been updated.');
  });

  it('edits with PUT and removes after confirmation', async () => {
    await serve([teacher]);
    element().querySelector<HTMLButtonElement>('button[aria-label="Edit Opettaja Laine"]')!.click();
    const form = await waitFor(fixture, () => document.querySelector<HTMLElement>('app-member-dialog'));
    setValue(form, 'select[name="support"]', 'straining');
    clickButton(form, 'Save');
    const put = http.expectOne({ method: 'PUT', url: `${url}/m1` });
    expect(put.request.body).toEqual({
      name: 'Opettaja Laine',
      role: 'class teacher',
      sector: 'school',
      closeness: 2,
      support: 'straining',
    });
    put.flush({ ...teacher, support: 'straining' });
    await waitFor(fixture, () => !document.querySelector('app-member-dialog'));
    await serve([{ ...teacher, support: 'straining' }]);
    spyOn(window, 'confirm').and.returnValue(true);
    element().querySelector<HTMLButtonElement>('button[aria-label="Remove Opettaja Laine"]')!.click();
    http
      .expectOne({ method: 'DELETE', url: `${url}/m1` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    await serve([]);
    expect(element().textContent).toContain('No one has been added to the network map yet.');
  });
});
