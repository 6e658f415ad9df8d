import { Type } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { HttpErrorResponse } from '@angular/common/http';
import { of, throwError } from 'rxjs';

import en from '../../../../../public/i18n/en.json';
import fi from '../../../../../public/i18n/fi.json';
import { threeGenerationFamily } from '../testing/family-fixture';
import { clickButton, setValue } from '../testing/dom';
import { HouseholdsDialog } from './households-dialog';
import { LineDialog } from './line-dialog';

describe('LineDialog and HouseholdsDialog', () => {
  let save: jasmine.Spy;
  let ref: jasmine.SpyObj<MatDialogRef<unknown>>;

  async function open<T>(component: Type<T>, data: object): Promise<ComponentFixture<T>> {
    ref = jasmine.createSpyObj<MatDialogRef<unknown>>('MatDialogRef', ['close']);
    save = jasmine.createSpy('save').and.returnValue(of({}));
    TestBed.configureTestingModule({
      imports: [component],
      providers: [
        provideTranslateService(),
        { provide: MatDialogRef, useValue: ref },
        { provide: MAT_DIALOG_DATA, useValue: { ...data, save } },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('en', en);
    TestBed.inject(TranslateService).use('en');
    const fixture = TestBed.createComponent(component);
    await fixture.whenStable();
    return fixture;
  }

  it('sets the status and quality of a couple line the user picks', async () => {
    const fixture = await open(LineDialog, { family: threeGenerationFamily() });
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('select[name="partnershipStatus"]')).toBeNull();
    setValue(element, 'select[name="lineId"]', 'r-parents');
    await fixture.whenStable();
    expect(element.querySelector<HTMLSelectElement>('select[name="quality"]')!.value).toBe('conflicted');
    setValue(element, 'select[name="partnershipStatus"]', 'divorced');
    setValue(element, 'select[name="quality"]', 'hostile');
    clickButton(element, 'Save');
    expect(save).toHaveBeenCalledOnceWith('r-parents', { partnershipStatus: 'divorced', quality: 'hostile' });
  });

  it('changes the parenthood of a parent line given to it', async () => {
    const family = threeGenerationFamily();
    const line = family.relationships.find((r) => r.id === 'r-foster')!;
    const fixture = await open(LineDialog, { family, line });
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector<HTMLSelectElement>('select[name="parenthood"]')!.value).toBe('foster');
    setValue(element, 'select[name="quality"]', 'close');
    clickButton(element, 'Save');
    expect(save).toHaveBeenCalledOnceWith('r-foster', { parenthood: 'foster', quality: 'close' });
  });

  it('adds, renames and drops households and saves the whole list', async () => {
    const households = [
      { id: 'h1', label: 'Äidin koti' },
      { id: 'h2', label: 'Isän koti', address: 'Kotikatu 1' },
    ];
    const fixture = await open(HouseholdsDialog, { households });
    const element = fixture.nativeElement as HTMLElement;
    element.querySelector<HTMLButtonElement>('li:first-child button')!.click();
    clickButton(element, 'Add household');
    await fixture.whenStable();
    const labels = element.querySelectorAll<HTMLInputElement>('input[formcontrolname="label"]');
    expect(labels.length).toBe(2);
    setValue(labels[1].parentElement!, 'input', 'Sijaisperhe');
    clickButton(element, 'Save');
    const [saved] = save.calls.mostRecent().args as [{ id: string; label: string; address?: string }[]];
    expect(saved[0]).toEqual({ id: 'h2', label: 'Isän koti', address: 'Kotikatu 1' });
    expect(saved[1]).toEqual({ id: jasmine.stringMatching(/^h-/), label: 'Sijaisperhe' });
    expect(ref.close).toHaveBeenCalledOnceWith(true);
  });

  it('explains why a household with members cannot be dropped', async () => {
    const fixture = await open(HouseholdsDialog, { households: [{ id: 'h1', label: 'Äidin koti' }] });
    const element = fixture.nativeElement as HTMLElement;
    const message = 'A household still has members (Katja, Onni); move them first.';
    const details = [{ path: 'households', message }];
    save.and.returnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: { error: { code: 'validation_failed', message: 'x', details } },
          }),
      ),
    );
    TestBed.inject(TranslateService).setTranslation('fi', fi);
    TestBed.inject(TranslateService).use('fi');
    await fixture.whenStable();
    element.querySelector<HTMLButtonElement>('li:first-child button')!.click();
    clickButton(element, 'Tallenna');
    await fixture.whenStable();
    expect(element.querySelector('[role="alert"]')!.textContent).toContain(
      'Kotitaloudessa on vielä jäseniä (Katja, Onni).',
    );
    expect(ref.close).not.toHaveBeenCalled();
  });
});
