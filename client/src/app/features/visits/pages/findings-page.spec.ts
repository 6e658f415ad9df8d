import { HttpErrorResponse } from '@angular/common/http';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { of, throwError } from 'rxjs';

import { addDays, helsinkiToday } from '../data/today';
import { VisitsApi } from '../data/visits-api';
import { finding } from '../testing/visit-fixture';
import { FindingsPage } from './findings-page';

describe('FindingsPage (follow-up)', () => {
  let fixture: ComponentFixture<FindingsPage>;
  let api: jasmine.SpyObj<VisitsApi>;
  const today = helsinkiToday();
  const element = () => fixture.nativeElement as HTMLElement;
  const items = () => Array.from(element().querySelectorAll<HTMLElement>('li[data-finding]'));
  const later = finding({ id: 'later', nextDeadline: addDays(today, 40), severity: 'serious' });
  const overdue = finding({ id: 'overdue', date: addDays(today, -20), nextDeadline: addDays(today, -2) });
  const soon = finding({ id: 'soon', nextDeadline: addDays(today, 5) });

  beforeEach(async () => {
    api = jasmine.createSpyObj<VisitsApi>('VisitsApi', ['openFindings', 'closeFinding']);
    api.openFindings.and.returnValues(of([later, soon, overdue]), of([later, soon]));
    TestBed.configureTestingModule({
      imports: [FindingsPage],
      providers: [provideTranslateService(), { provide: VisitsApi, useValue: api }],
    });
    fixture = TestBed.createComponent(FindingsPage);
    await fixture.whenStable();
  });

  const openClose = async (item: HTMLElement) => {
    if (!item.querySelector('app-finding-close-form')) {
      (item.querySelector('button') as HTMLButtonElement).click();
      await fixture.whenStable();
    }
    const evidence = item.querySelector('textarea') as HTMLTextAreaElement;
    evidence.value = 'Palovaroitin asennettu, kuitti nähty.';
    evidence.dispatchEvent(new Event('input'));
    (item.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };

  it('lists open findings by their next deadline, the overdue highlighted and the near marked due soon', () => {
    expect(items().map((i) => i.dataset['finding'])).toEqual(['overdue', 'soon', 'later']);
    expect(items().map((i) => i.classList.contains('overdue'))).toEqual([true, false, false]);
    expect(items()[0]!.textContent).toContain('visits.dueStatus.overdue');
    expect(items()[1]!.textContent).toContain('visits.dueStatus.due_soon');
    expect(items()[2]!.textContent).not.toContain('visits.dueStatus');
  });

  it('narrows to the serious findings', async () => {
    (element().querySelector('mat-checkbox input') as HTMLInputElement).click();
    await fixture.whenStable();
    expect(items().map((i) => i.dataset['finding'])).toEqual(['later']);
  });

  it('closes a finding with its evidence, dated today, and reloads the list', async () => {
    api.closeFinding.and.returnValue(of({ ...overdue, status: 'closed' }));
    await openClose(items()[0]!);
    expect(api.closeFinding).toHaveBeenCalledWith('overdue', {
      evidence: 'Palovaroitin asennettu, kuitti nähty.',
      closedOn: today,
    });
    expect(items().map((i) => i.dataset['finding'])).toEqual(['soon', 'later']);
    expect(element().querySelector('[role=status]')?.textContent).toContain('visits.close.done');
  });

  it('does not close without evidence, and shows a refusal beside the finding', async () => {
    const item = items()[0]!;
    (item.querySelector('button') as HTMLButtonElement).click();
    await fixture.whenStable();
    (item.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(api.closeFinding).not.toHaveBeenCalled();
    expect(item.textContent).toContain('visits.close.evidenceRequired');
    const refusal = { error: { code: 'conflict', message: 'The finding is already closed.' } };
    api.closeFinding.and.returnValue(
      throwError(() => new HttpErrorResponse({ status: 409, error: refusal })),
    );
    await openClose(items()[0]!);
    expect(items()[0]!.querySelector('[role=alert]')?.textContent).toContain('already closed');
  });
});
