import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { of, throwError } from 'rxjs';

import fi from '../../../../../public/i18n/fi.json';
import { person } from '../testing/family-fixture';
import { clickButton, setValue } from '../testing/dom';
import { PersonDialog, PersonDialogData } from './person-dialog';

describe('PersonDialog', () => {
  let fixture: ComponentFixture<PersonDialog>;
  let ref: jasmine.SpyObj<MatDialogRef<PersonDialog>>;
  let save: jasmine.Spy;
  const element = () => fixture.nativeElement as HTMLElement;

  const create = async (data: Partial<PersonDialogData>) => {
    ref = jasmine.createSpyObj<MatDialogRef<PersonDialog>>('MatDialogRef', ['close']);
    save = jasmine.createSpy('save').and.returnValue(of({}));
    TestBed.configureTestingModule({
      imports: [PersonDialog],
      providers: [
        provideTranslateService(),
        { provide: MatDialogRef, useValue: ref },
        {
          provide: MAT_DIALOG_DATA,
          useValue: { households: [{ id: 'h1', label: 'Äidin koti' }], save, ...data },
        },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('fi', fi);
    translate.use('fi');
    fixture = TestBed.createComponent(PersonDialog);
    await fixture.whenStable();
  };

  it('leaves empty fields out of a new person', async () => {
    await create({});
    setValue(element(), 'input[formcontrolname="firstName"]', ' Iida ');
    setValue(element(), 'input[formcontrolname="dateOfBirth"]', '2019-05-01');
    setValue(element(), 'select[name="householdId"]', 'h1');
    clickButton(element(), 'Tallenna');
    expect(save).toHaveBeenCalledOnceWith({
      firstName: 'Iida',
      sex: 'unknown',
      kind: 'family',
      dateOfBirth: '2019-05-01',
      householdId: 'h1',
    });
    expect(ref.close).toHaveBeenCalledOnceWith(true);
  });

  it('clears an emptied field of an existing person with null', async () => {
    const veikko = person({
      id: 'v',
      firstName: 'Veikko',
      sex: 'male',
      dateOfBirth: '1950-03-01',
      dateOfDeath: '2015-06-01',
    });
    await create({ person: veikko });
    setValue(element(), 'input[formcontrolname="dateOfDeath"]', '');
    clickButton(element(), 'Tallenna');
    expect(save.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({
        firstName: 'Veikko',
        dateOfDeath: null,
        householdId: null,
        dateOfBirth: '1950-03-01',
      }),
    );
  });

  it("shows a genogram rule from the server in the user's language, under its field", async () => {
    await create({});
    save.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              error: {
                code: 'validation_failed',
                message: 'Invalid',
                details: [{ path: 'dateOfDeath', message: 'The date of death is before the birth.' }],
              },
            },
          }),
      ),
    );
    setValue(element(), 'input[formcontrolname="firstName"]', 'Aarne');
    clickButton(element(), 'Tallenna');
    await fixture.whenStable();
    expect(element().querySelector('mat-error')!.textContent).toContain('Kuolinpäivä on ennen syntymää.');
    expect(ref.close).not.toHaveBeenCalled();
  });
});
