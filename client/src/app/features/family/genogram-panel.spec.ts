import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';

import en from '../../../../public/i18n/en.json';
import { Family } from './data/family.model';
import { GenogramPanel } from './genogram-panel';
import { threeGenerationFamily, person } from './testing/family-fixture';
import { clickButton, setValue, waitFor } from './testing/dom';

describe('GenogramPanel', () => {
  let fixture: ComponentFixture<GenogramPanel>;
  let http: HttpTestingController;
  const url = '/api/v1/children/c1/family';
  const element = () => fixture.nativeElement as HTMLElement;
  const dialog = (selector: string) => waitFor(fixture, () => document.querySelector<HTMLElement>(selector));
  const serve = async (family: Family | null) => {
    http.expectOne({ method: 'GET', url }).flush({ family });
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [GenogramPanel],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideTranslateService()],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('en', en);
    translate.use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(GenogramPanel);
    fixture.componentRef.setInput('childId', 'c1');
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('offers to create a family when the child has none, then draws it', async () => {
    await serve(null);
    expect(element().querySelector('svg')).toBeNull();
    setValue(element(), 'app-create-family-form input', 'Virtanen');
    clickButton(element(), 'Create family');
    const create = http.expectOne({ method: 'POST', url });
    expect(create.request.body).toEqual({ name: 'Virtanen' });
    create.flush(threeGenerationFamily());
    await fixture.whenStable();
    await serve(threeGenerationFamily());
    expect(element().querySelectorAll('svg.genogram g.person').length).toBe(11);
    expect(element().textContent).toContain('Saved. The genogram has been updated.');
  });

  it("shows the server's 400 in the add-child dialog and keeps it open", async () => {
    await serve(threeGenerationFamily());
    clickButton(element(), 'Add child to parents');
    const form = await dialog('app-child-dialog');
    setValue(form, 'select[name="parentId"]', 'aino');
    setValue(form, 'select[name="childPersonId"]', 'veikko');
    clickButton(form, 'Save');
    const post = http.expectOne({ method: 'POST', url: `${url}/relationships` });
    expect(post.request.body).toEqual({
      kind: 'parent_of',
      fromPersonId: 'aino',
      toPersonId: 'veikko',
      parenthood: 'biological',
    });
    post.flush(
      {
        error: {
          code: 'validation_failed',
          message: 'Invalid input',
          details: [{ path: 'toPersonId', message: 'This would make a person their own ancestor.' }],
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await waitFor(fixture, () => form.querySelector('mat-error'));
    expect(form.querySelector('mat-error')!.textContent).toContain(
      'This would make a person their own ancestor.',
    );
    expect(form.querySelector('[role="alert"]')!.textContent).toContain('Please check the form');
    expect(document.querySelector('app-child-dialog')).not.toBeNull();
  });

  it('draws the genogram again after a save', async () => {
    await serve(threeGenerationFamily());
    clickButton(element(), 'Add person');
    const form = await dialog('app-person-dialog');
    setValue(form, 'input[formcontrolname="firstName"]', 'Iida');
    setValue(form, 'select[name="sex"]', 'female');
    clickButton(form, 'Save');
    const post = http.expectOne({ method: 'POST', url: `${url}/persons` });
    expect(post.request.body).toEqual({ firstName: 'Iida', sex: 'female', kind: 'family' });
    post.flush(person({ id: 'iida', firstName: 'Iida', sex: 'female' }));
    await waitFor(fixture, () => !document.querySelector('app-person-dialog'));
    const family = threeGenerationFamily();
    family.persons.push(person({ id: 'iida', firstName: 'Iida', sex: 'female' }));
    await serve(family);
    expect(element().querySelector('g.person[data-person-id="iida"] circle.female')).not.toBeNull();
  });

  it('lists people and lines as text, and removes a wrong line', async () => {
    await serve(threeGenerationFamily());
    expect(element().querySelector('app-genogram-table')).toBeNull();
    clickButton(element(), 'Show as a list');
    await fixture.whenStable();
    expect(element().querySelector('table.people')!.textContent).toContain('Kaisa Niemi');
    expect(element().querySelector('table.lines')!.textContent).toContain('Kaisa Niemi → Aino Virtanen');
    spyOn(window, 'confirm').and.returnValue(true);
    element()
      .querySelector<HTMLButtonElement>('button[aria-label="Remove the line Kaisa Niemi → Aino Virtanen"]')!
      .click();
    http
      .expectOne({ method: 'DELETE', url: `${url}/relationships/r-foster` })
      .flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    await serve(threeGenerationFamily());
  });

  it('shows no editing in read-only mode', async () => {
    fixture.componentRef.setInput('readonly', true);
    await serve(threeGenerationFamily());
    expect(element().querySelector('[role="group"]')).toBeNull();
    expect(element().querySelector('svg.genogram')).not.toBeNull();
  });
});
