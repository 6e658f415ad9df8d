import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';

import { VisitPlanInput } from '../data/visit.model';
import { due } from '../testing/visit-fixture';
import { PlanVisitForm } from './plan-visit-form';

describe('PlanVisitForm', () => {
  let fixture: ComponentFixture<PlanVisitForm>;
  let emitted: VisitPlanInput[];
  const element = () => fixture.nativeElement as HTMLElement;
  const click = (selector: string) => (element().querySelector(selector) as HTMLElement).click();
  const submit = async () => {
    click('button[type=submit]');
    await fixture.whenStable();
  };
  const setDate = async (value: string) => {
    const input = element().querySelector('input[type=date]') as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [PlanVisitForm],
      providers: [provideTranslateService()],
    });
    fixture = TestBed.createComponent(PlanVisitForm);
    fixture.componentRef.setInput('placements', [
      due({ placementId: 'p1', childName: 'Aino Testi', dueDate: '2026-11-01' }),
      due({ placementId: 'p2', childName: 'Eetu Testi', inspector: null }),
    ]);
    fixture.componentRef.setInput('inspectors', [
      { id: 'i1', name: 'Pekka' },
      { id: 'i2', name: 'Paula' },
    ]);
    fixture.componentRef.setInput('today', '2026-11-23');
    emitted = [];
    fixture.componentInstance.planned.subscribe((v) => emitted.push(v));
    await fixture.whenStable();
  });

  it("offers the unit's children with the chosen one ticked, today for an overdue visit and the placement's inspector", () => {
    const boxes = Array.from(element().querySelectorAll<HTMLInputElement>('mat-checkbox input'));
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    expect((element().querySelector('input[type=date]') as HTMLInputElement).value).toBe('2026-11-23');
    expect(element().querySelector('mat-select')?.textContent).toContain('Pekka');
  });

  it('asks whether the visit is announced and refuses a past date, emitting nothing', async () => {
    await submit();
    expect(emitted).toEqual([]);
    expect(element().textContent).toContain('visits.plan.kindRequired');
    click('mat-radio-button:nth-of-type(2) input');
    await setDate('2026-11-01');
    await submit();
    expect(emitted).toEqual([]);
    expect(element().textContent).toContain('visits.plan.dateError.past');
  });

  it('emits the POST /visits body: the ticked placements, date, unannounced, inspector', async () => {
    click('mat-checkbox:nth-of-type(2) input');
    click('mat-radio-button:nth-of-type(2) input');
    await setDate('2026-12-01');
    await submit();
    expect(emitted).toEqual([
      { placementIds: ['p1', 'p2'], plannedDate: '2026-12-01', announced: false, inspectorId: 'i1' },
    ]);
  });
});
